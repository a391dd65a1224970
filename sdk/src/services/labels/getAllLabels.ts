import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { readLabelAttestations, type ShopLabel } from "./readLabelAttestations.ts";

export type GetAllLabelsParameters = {
  /** Keep only these issuers' attestations. */
  trustedIssuers?: readonly Address[];
  /** Forwarded to {@link getLogsInRanges}. */
  blockRange?: bigint;
};
/** Shop id → its label attestations, oldest first (valid, expired and revoked alike: see `isValid`). */
export type GetAllLabelsReturnType = Map<bigint, ShopLabel[]>;

/**
 * Every shop's label attestations in one scan of the contract's `LabelAttested`/`LabelRevoked` events, with issuer
 * names and validity at the latest block: what a search filter by label needs.
 * @example
 * const labelsByShop = await getAllLabels(publicClient, labels, { trustedIssuers })
 * const organicShops = [...labelsByShop].filter(([, shopLabels]) => shopLabels.some((l) => l.isValid && l.label === "organic"))
 */
export async function getAllLabels(
  client: MarketReadClient,
  labels: ServiceDeployment,
  { trustedIssuers, blockRange }: GetAllLabelsParameters = {},
): Promise<GetAllLabelsReturnType> {
  return readLabelAttestations(client, labels, { trustedIssuers, blockRange });
}
