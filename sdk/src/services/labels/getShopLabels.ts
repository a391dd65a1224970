import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { readLabelAttestations, type ShopLabel } from "./readLabelAttestations.ts";

export type { ShopLabel } from "./readLabelAttestations.ts";

export type GetShopLabelsParameters = {
  shopId: bigint;
  /** Keep only these issuers' attestations (anyone may register as an issuer: trust is the reader's choice). */
  trustedIssuers?: readonly Address[];
  /** Forwarded to {@link getLogsInRanges}. */
  blockRange?: bigint;
};
export type GetShopLabelsReturnType = ShopLabel[];

/**
 * Every label attestation of a shop, oldest first, with issuer names and validity at the latest block (not revoked,
 * and `expiresAt` not passed), optionally restricted to trusted issuers.
 * @example const organic = (await getShopLabels(publicClient, labels, { shopId })).filter((l) => l.isValid && l.label === "organic")
 */
export async function getShopLabels(
  client: MarketReadClient,
  labels: ServiceDeployment,
  { shopId, trustedIssuers, blockRange }: GetShopLabelsParameters,
): Promise<GetShopLabelsReturnType> {
  const byShop = await readLabelAttestations(client, labels, { shopId, trustedIssuers, blockRange });
  return byShop.get(shopId) ?? [];
}
