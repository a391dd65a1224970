import type { MarketReadClient } from "../chain/client.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { ShopTerms } from "../shops/types.ts";

/** The escrow's fixed parameters (its `limits()` view). Times in seconds, windows in hours. */
export type EscrowLimits = {
  maxOrdersPerCheckout: number;
  /** Longest decline reason, in bytes. */
  maxReasonLength: number;
  /** How long a dispute may wait for a settlement or a ruling before its timeout applies. */
  disputeTimeout: number;
  /** Gas forwarded with an ETH payment push (what needs more is credited). */
  ethTransferGas: bigint;
  /** Gas an order hook receives at each moment. */
  hookGasLimit: bigint;
  /** Gas the arbitrator's `createDispute` receives. */
  arbitratorGasLimit: bigint;
  /** The longest windows a shop may register and an order may carry. */
  maxTerms: ShopTerms;
};

/**
 * The escrow's limits: orders per checkout, decline reason length, dispute timeout, gas given to pushes, hooks and
 * the arbitrator, and each window's maximum (a form can say "at most 90 days" before the contract refuses).
 * @example const { maxTerms } = await getEscrowLimits(publicClient, deployment)
 */
export async function getEscrowLimits(client: MarketReadClient, deployment: Deployment): Promise<EscrowLimits> {
  const limits = await readMarketContract(client, { ...marketContracts(deployment).escrow, functionName: "limits" });
  return {
    maxOrdersPerCheckout: Number(limits.maxOrdersPerCheckout),
    maxReasonLength: Number(limits.maxReasonLength),
    disputeTimeout: limits.disputeTimeout,
    ethTransferGas: limits.ethTransferGas,
    hookGasLimit: limits.hookGasLimit,
    arbitratorGasLimit: limits.arbitratorGasLimit,
    maxTerms: limits.maxTerms,
  };
}
