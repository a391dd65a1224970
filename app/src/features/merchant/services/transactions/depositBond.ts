import { approveToken, depositBond, NATIVE_TOKEN } from "@grandrue/sdk";
import { type Address, erc20Abi } from "viem";
import { readContract } from "viem/actions";
import { serviceKeys } from "../../../../market/index.ts";
import type { MarketTransaction } from "../../../../transaction/index.ts";
import { requireService } from "./serviceDeployment.ts";

export type DepositBondData = { shopId: bigint; token: Address; amount: bigint; amountText: string; tokenName: string };

/**
 * Adds collateral to the shop's bond. The bond takes no permit, so an ERC-20 whose allowance does not cover the sum
 * is approved first (a second wallet step); ETH travels with the deposit.
 */
export default {
  title: (_, t) => t("merchant:services.bonds.deposit.transaction"),
  displayItems: ({ token, amountText, tokenName }, t) => [
    { label: t("merchant:services.bonds.deposit.amount"), value: `${amountText} (${tokenName})` },
    { label: t("merchant:services.bonds.deposit.locked"), value: t("merchant:services.bonds.deposit.lockedText") },
    ...(token === NATIVE_TOKEN
      ? []
      : [
          {
            label: t("merchant:services.bonds.deposit.approval"),
            value: t("merchant:services.bonds.deposit.approvalText"),
          },
        ]),
  ],
  transaction: async ({ walletClient, publicClient, deployment }, { shopId, token, amount }) => {
    const bonds = requireService(deployment, "GuaranteeBonds");
    if (token !== NATIVE_TOKEN) {
      const allowance = await readContract(publicClient, {
        address: token,
        abi: erc20Abi,
        functionName: "allowance",
        args: [walletClient.account.address, bonds.address],
      });
      if (allowance < amount) await approveToken(walletClient, deployment, { token, amount, spender: bonds.address });
    }
    await depositBond(walletClient, bonds, { shopId, token, amount });
  },
  successMessage: ({ amountText }, __, t) => t("merchant:services.bonds.deposit.done", { amount: amountText }),
  invalidates: (_, chainId) => [serviceKeys.all(chainId)],
} satisfies MarketTransaction<DepositBondData>;
