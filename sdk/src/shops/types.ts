import type { ContractFunctionArgs } from "viem";
import type { shopRegistryAbi } from "../generated/abis.ts";

/** A shop's service windows in hours (the `ShopTerms` struct). */
export type ShopTerms = ContractFunctionArgs<typeof shopRegistryAbi, "nonpayable", "updateTerms">[1];

/** The tokens (with rates), carriers and arbitrators a shop accepts (the `ShopAcceptance` struct). */
export type ShopAcceptance = ContractFunctionArgs<typeof shopRegistryAbi, "nonpayable", "updateAcceptance">[1];

/** A payment token a shop accepts and its rate to the shop's price unit (the `PaymentOption` struct). */
export type PaymentOption = ShopAcceptance["payments"][number];
