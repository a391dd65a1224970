import { type BuyerAction, findUnusedNonce, signBuyerAction } from "@grandrue/sdk";
import { zeroAddress } from "viem";
import type { OrderActionData } from "../../../market/index.ts";
import { signatureDeadline, signTokenPull } from "../../../relaying/index.ts";
import type { RelayedTransaction } from "../../../transaction/index.ts";

/**
 * A buyer action through a relayer: the buyer signs the action (`signBuyerAction`, a fresh escrow nonce, ten minutes)
 * and, for a fee, how the escrow takes it from their tokens; the relayer submits `relayBuyerAction` and is paid in the
 * order's token. An order paid in the chain's coin is not relayed (its buyer holds that coin anyway).
 * @example relayed: relayedBuyerAction("Release")
 */
export function relayedBuyerAction<Data extends OrderActionData>(
  action: BuyerAction,
  buyerAmountOf: (data: Data) => bigint = () => 0n,
): RelayedTransaction<Data, void> {
  return {
    quote: ({ terms }) =>
      terms.token === zeroAddress
        ? { notRelayable: "noCurrency" }
        : { kind: "buyerAction", token: terms.token, hook: terms.hook },
    async sign({ walletClient, publicClient, deployment }, data, fee) {
      const buyer = walletClient.account.address;
      const [nonce, deadline] = await Promise.all([
        findUnusedNonce(publicClient, { contract: deployment.contracts.Escrow.address, owner: buyer }),
        signatureDeadline(publicClient),
      ]);
      const signed = await signBuyerAction(walletClient, deployment, {
        action,
        terms: data.terms,
        buyerAmount: buyerAmountOf(data),
        maxFee: fee,
        nonce,
        deadline,
      });
      const feePull = await signTokenPull(walletClient, publicClient, deployment, {
        token: data.terms.token,
        value: fee,
        deadline,
      });
      return { intent: { kind: "buyerAction", ...signed, fee, feePull }, finish: async () => undefined };
    },
  };
}
