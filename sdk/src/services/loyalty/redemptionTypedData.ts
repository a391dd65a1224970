import type { Address } from "viem";
import type { ServiceDeployment } from "../serviceContracts.ts";

/** A buyer's consent to redeem one reward: exactly the program's reward threshold, once (unordered nonce). */
export type RewardRedemption = { shopId: bigint; buyer: Address; stamps: number; nonce: bigint; deadline: bigint };

/** The EIP-712 types of a redemption, as the loyalty contract's `REDEMPTION_TYPEHASH` defines them. */
export const rewardRedemptionTypes = {
  RewardRedemption: [
    { name: "shopId", type: "uint256" },
    { name: "buyer", type: "address" },
    { name: "stamps", type: "uint32" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/**
 * The EIP-712 typed data a buyer signs to redeem a reward: domain "Grandrue Loyalty" version 1 on `chainId`,
 * verified by the loyalty contract.
 * @example const signature = await account.signTypedData(rewardRedemptionTypedData(loyalty, chainId, redemption))
 */
export function rewardRedemptionTypedData(loyalty: ServiceDeployment, chainId: number, redemption: RewardRedemption) {
  return {
    domain: { name: "Grandrue Loyalty", version: "1", chainId, verifyingContract: loyalty.address },
    types: rewardRedemptionTypes,
    primaryType: "RewardRedemption",
    message: redemption,
  } as const;
}
