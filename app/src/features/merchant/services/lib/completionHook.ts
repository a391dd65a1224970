import type { Deployment } from "@grandrue/sdk";
import { type Address, isAddressEqual, zeroAddress } from "viem";

/** Which service a shop's completion hook is: one of ours, none, or a contract from another app. */
export type HookKind = "none" | "loyalty" | "bonds" | "other";

/**
 * Names the shop's current completion hook (`IndexedShop.hook`) against the deployment's services.
 * @example hookKind(shop.hook, deployment) // "loyalty"
 */
export function hookKind(hook: Address, deployment: Deployment): HookKind {
  if (isAddressEqual(hook, zeroAddress)) return "none";
  const { LoyaltyStamps, GuaranteeBonds } = deployment.services ?? {};
  if (LoyaltyStamps !== undefined && isAddressEqual(hook, LoyaltyStamps.address)) return "loyalty";
  if (GuaranteeBonds !== undefined && isAddressEqual(hook, GuaranteeBonds.address)) return "bonds";
  return "other";
}
