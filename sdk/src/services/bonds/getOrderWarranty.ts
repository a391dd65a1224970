import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { claimOfFunction, warrantyEndOfFunction } from "../../generated/abiItems/guaranteeBonds.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { type ClaimStatus, claimStatusName } from "./types.ts";

/** An order's claim as the bonds contract records it. */
export type WarrantyClaim = {
  status: Exclude<ClaimStatus, "None">;
  buyer: Address;
  token: Address;
  amount: bigint;
  /** Unix seconds; without a ruling it may lapse after the contract's `CLAIM_TIMEOUT`. */
  filedAt: number;
  arbitrator: Address;
  disputeId: bigint;
};

/** An order's warranty: when it ends (`undefined` when it never started) and its claim, if any. */
export type OrderWarranty = { endsAt: number | undefined; claim: WarrantyClaim | undefined };

export type GetOrderWarrantyParameters = { orderId: bigint };
export type GetOrderWarrantyReturnType = OrderWarranty;

/**
 * The warranty of one order, read from the bonds contract's views.
 * @example const { endsAt, claim } = await getOrderWarranty(publicClient, bonds, { orderId })
 */
export async function getOrderWarranty(
  client: MarketReadClient,
  bonds: ServiceDeployment,
  { orderId }: GetOrderWarrantyParameters,
): Promise<GetOrderWarrantyReturnType> {
  const contract = { address: bonds.address, abi: [warrantyEndOfFunction, claimOfFunction] } as const;
  const [endsAt, claim] = await Promise.all([
    readMarketContract(client, { ...contract, functionName: "warrantyEndOf", args: [orderId] }),
    readMarketContract(client, { ...contract, functionName: "claimOf", args: [orderId] }),
  ]);
  const status = claimStatusName(claim.status);
  return {
    endsAt: endsAt === 0 ? undefined : endsAt,
    claim:
      status === "None"
        ? undefined
        : {
            status,
            buyer: claim.buyer,
            token: claim.token,
            amount: claim.amount,
            filedAt: claim.filedAt,
            arbitrator: claim.arbitrator,
            disputeId: claim.disputeId,
          },
  };
}
