import { erc20Abi } from "viem";
import { getCapabilities, getTransactionReceipt, sendCalls, waitForCallsStatus } from "viem/actions";
import { asMarketError } from "../chain/asMarketError.ts";
import type { MarketWalletClient } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { type CheckoutReturnType, checkoutValue } from "./checkout.ts";
import { tokenTotals } from "./checkoutWithPermit.ts";
import { paidOrdersFromLogs } from "./paidOrders.ts";
import type { OrderRequest } from "./types.ts";

/** The wallet ran the batch, but its transaction reverted. */
export class BatchRevertedError extends Error {
  override name = "BatchRevertedError";
}

/**
 * Whether the wallet runs a batch of calls atomically in one transaction (EIP-5792 `atomic: supported`), as smart
 * accounts such as the passkey account do; false for a wallet that cannot say (most extensions today).
 */
export async function supportsAtomicBatch(client: MarketWalletClient): Promise<boolean> {
  try {
    const capabilities = await getCapabilities(client, { account: client.account, chainId: client.chain.id });
    return capabilities.atomic?.status === "supported";
  } catch {
    return false;
  }
}

/**
 * {@link checkout} for a smart account: one atomic batch (EIP-5792 `wallet_sendCalls`) approves the escrow for each
 * ERC-20 token's exact total and checks out, so no allowance is left behind and no EIP-2612 permit is needed (permits
 * take only ECDSA signatures, which a contract account cannot make). One signature for the whole basket.
 * @example const { orders } = await checkoutInOneBatch(passkeyWallet, deployment, { requests })
 */
export async function checkoutInOneBatch(
  client: MarketWalletClient,
  deployment: Deployment,
  { requests }: { requests: readonly OrderRequest[] },
): Promise<CheckoutReturnType> {
  const { escrow } = marketContracts(deployment);
  const approvals = [...tokenTotals(requests)].map(([token, total]) => ({
    to: token,
    abi: erc20Abi,
    functionName: "approve",
    args: [escrow.address, total],
  }));
  try {
    const { id } = await sendCalls(client, {
      account: client.account,
      forceAtomic: true,
      calls: [
        ...approvals,
        {
          to: escrow.address,
          abi: escrow.abi,
          functionName: "checkout",
          args: [requests],
          value: checkoutValue(requests),
        },
      ],
    });
    const status = await waitForCallsStatus(client, { id });
    const hash = status.receipts?.[0]?.transactionHash;
    if (status.status !== "success" || hash === undefined)
      throw new BatchRevertedError(`The checkout batch ${id} failed`);
    const receipt = await getTransactionReceipt(client, { hash });
    return { hash, receipt, orders: paidOrdersFromLogs(receipt.logs) };
  } catch (error) {
    throw asMarketError(error);
  }
}
