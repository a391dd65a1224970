import type { ContractFunctionArgs } from "viem";
import type { shopRegistryAbi } from "../generated/abis.ts";

/** A shop's service windows in hours (the `ShopTerms` struct). */
export type ShopTerms = ContractFunctionArgs<typeof shopRegistryAbi, "nonpayable", "updateTerms">[1];

/**
 * The longest window of each kind, in hours, that the registry and the escrow accept (`ShopWindows.sol`, also read by
 * `getEscrowLimits`): 30 days to accept, 90 to ship, 30 to deliver, 90 for returns. Each window is at least one hour.
 */
export const MAX_SHOP_TERMS: ShopTerms = { acceptHours: 720, shipHours: 2_160, deliveryHours: 720, returnHours: 2_160 };

/** The tokens (with rates), carriers and arbitrators a shop accepts (the `ShopAcceptance` struct). */
export type ShopAcceptance = ContractFunctionArgs<typeof shopRegistryAbi, "nonpayable", "updateAcceptance">[1];

/** A payment token a shop accepts and its rate to the shop's price unit (the `PaymentOption` struct). */
export type PaymentOption = ShopAcceptance["payments"][number];
