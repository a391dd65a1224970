import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";
import { mediatorArbitratorAbi } from "../generated/abis.ts";
import { type EscrowRuling, rulingValue } from "./rulings.ts";

export type GiveRulingParameters = {
  disputeId: bigint;
  /** An escrow ruling by name, or a raw choice for another arbitrable contract. */
  ruling: EscrowRuling | bigint;
  /** The mediator arbitrator contract; defaults to the deployment's. */
  arbitrator?: Address;
};
export type GiveRulingReturnType = WriteResult;

/**
 * The mediator gives a plain ERC-792 ruling: the arbitrable contract only records it (`rule`). For an escrow order,
 * anyone then pays it out with {@link executeRuling}; {@link giveOrderRuling} does both in one transaction.
 * @example await giveRuling(mediatorWallet, deployment, { disputeId, ruling: "PayShop" })
 */
export async function giveRuling(
  client: MarketWalletClient,
  deployment: Deployment,
  { disputeId, ruling, arbitrator }: GiveRulingParameters,
): Promise<GiveRulingReturnType> {
  return writeMarketContract(client, {
    address: arbitrator ?? deployment.contracts.MediatorArbitrator.address,
    abi: mediatorArbitratorAbi,
    functionName: "giveRuling",
    args: [disputeId, rulingValue(ruling)],
  });
}
