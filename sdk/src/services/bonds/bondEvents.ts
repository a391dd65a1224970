import { getAbiItem } from "viem";
import { guaranteeBondsAbi } from "../abis.ts";

/** The bond events indexed by shop id then token (topic 1 = shop id). */
export const bondEvents = [
  getAbiItem({ abi: guaranteeBondsAbi, name: "WarrantyPeriodSet" }),
  getAbiItem({ abi: guaranteeBondsAbi, name: "BondDeposited" }),
  getAbiItem({ abi: guaranteeBondsAbi, name: "WithdrawalAnnounced" }),
  getAbiItem({ abi: guaranteeBondsAbi, name: "BondWithdrawn" }),
] as const;

/** The claim events indexed by order id then shop id (topic 2 = shop id). */
export const claimEvents = [
  getAbiItem({ abi: guaranteeBondsAbi, name: "ClaimFiled" }),
  getAbiItem({ abi: guaranteeBondsAbi, name: "ClaimResolved" }),
] as const;
