import type { SponsoredShop } from "@grandrue/sdk";
import type { Address } from "viem";
import { DEFAULT_GAS_PER_EXTRA_ORDER, DEFAULT_QUOTED_GAS, type FeeSettings } from "./fees/feePolicy.ts";

/** What one relayer accepts and how it protects itself (relayer/README.md, Running one). */
export type RelayerSettings = {
  fees: FeeSettings;
  /** Gas budgets (wei) for zero-fee intents, per shop; `"*"` gives every shop not listed its own such budget. */
  sponsoredShops: readonly { shopId: SponsoredShop["shopId"]; budget: bigint }[];
  /** A buyer's intent may not stay valid longer than this (seconds from now). */
  maxDeadlineSeconds: number;
  /** Requests a minute from one IP address, and intents a minute signed by one account; beyond, 429. */
  rateLimits: { perIpPerMinute: number; perSignerPerMinute: number };
  /** Origins allowed by CORS: `"*"` for a public relayer, or a list. */
  corsOrigins: "*" | readonly string[];
  /**
   * The `PasskeyAccountFactory` whose accounts' batches it relays (their code is checked: only a real account runs
   * exactly the signed calls, fee included); none: passkey batches are refused.
   */
  passkeyFactory?: Address;
  /**
   * Stuck transactions: one still pending `afterSeconds` after it was sent is re-signed with the same nonce at fees
   * at least 10% higher, never above `maxFeePerGas` (wei).
   */
  replacement: { afterSeconds: number; maxFeePerGas: bigint };
};

export function defaultSettings(fees: Pick<FeeSettings, "tokens"> & Partial<FeeSettings>): RelayerSettings {
  return {
    fees: {
      marginPercent: 25,
      quoteValiditySeconds: 120,
      quotedGas: DEFAULT_QUOTED_GAS,
      quotedGasPerExtraOrder: DEFAULT_GAS_PER_EXTRA_ORDER,
      ...fees,
    },
    sponsoredShops: [],
    maxDeadlineSeconds: 3600,
    rateLimits: { perIpPerMinute: 120, perSignerPerMinute: 20 },
    corsOrigins: "*",
    replacement: { afterSeconds: 60, maxFeePerGas: 500_000_000_000n },
  };
}

/** The sponsorship that pays a zero-fee intent of `shopId`: its own entry, else the `"*"` one; the key its spending is counted under. */
export function sponsorshipOf(
  settings: RelayerSettings,
  shopId: bigint | undefined,
): { key: string; budget: bigint } | undefined {
  if (shopId === undefined) return undefined;
  const own = settings.sponsoredShops.find((entry) => entry.shopId === shopId);
  const entry = own ?? settings.sponsoredShops.find((candidate) => candidate.shopId === "*");
  return entry && { key: shopId.toString(), budget: entry.budget };
}
