import { getAbiItem } from "viem";
import { loyaltyStampsAbi } from "../abis.ts";

/** A card's events, indexed by shop id then buyer (topic 2 = buyer). */
export const cardEvents = [
  getAbiItem({ abi: loyaltyStampsAbi, name: "StampsEarned" }),
  getAbiItem({ abi: loyaltyStampsAbi, name: "RewardRedeemed" }),
] as const;

/** A program's reward descriptions, indexed by shop id (topic 1). */
export const rewardEvents = [
  getAbiItem({ abi: loyaltyStampsAbi, name: "ProgramRegistered" }),
  getAbiItem({ abi: loyaltyStampsAbi, name: "RewardUpdated" }),
] as const;
