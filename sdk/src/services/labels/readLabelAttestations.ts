import { type Address, getAddress, type Hex } from "viem";
import { getBlock } from "viem/actions";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { positionEvents } from "../../chain/positionEvents.ts";
import { toTopic } from "../../chain/topics.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { getLabelIssuers } from "./getLabelIssuers.ts";
import { attestationEvents } from "./labelEvents.ts";
import { labelFromBytes32 } from "./labelSlug.ts";

/** One attestation of a label for a shop, with its issuer's current profile and its validity now. */
export type ShopLabel = {
  attestationId: bigint;
  label: string;
  issuer: Address;
  issuerName: string;
  /** CID of the issuer's profile, `undefined` when the bytes on chain are not a CID. */
  issuerProfileCid: string | undefined;
  /** Last second it is valid (unix seconds), `undefined` for no expiry. */
  expiresAt: number | undefined;
  evidenceCid: string | undefined;
  isRevoked: boolean;
  /** Not revoked and not expired at the latest block: what the contract's `isValid` answers. */
  isValid: boolean;
  attestedAt: number;
  transactionHash: Hex;
};

type Attestation = Omit<ShopLabel, "issuerName" | "issuerProfileCid" | "isValid"> & { shopId: bigint };

export type ReadLabelAttestationsParameters = {
  /** One shop's attestations; every shop's without it. */
  shopId?: bigint;
  trustedIssuers?: readonly Address[];
  blockRange?: bigint;
};

/**
 * The label attestations of one shop or of every shop, grouped by shop id, oldest first, with issuer names and
 * validity at the latest block. Shared by `getShopLabels` and `getAllLabels`.
 */
export async function readLabelAttestations(
  client: MarketReadClient,
  labels: ServiceDeployment,
  { shopId, trustedIssuers, blockRange }: ReadLabelAttestationsParameters,
): Promise<Map<bigint, ShopLabel[]>> {
  const [logs, latest] = await Promise.all([
    getLogsInRanges(client, {
      address: labels.address,
      events: attestationEvents,
      topics: shopId === undefined ? [] : [null, toTopic(shopId)],
      fromBlock: BigInt(labels.blockNumber),
      blockRange,
    }),
    getBlock(client, { blockTag: "latest" }),
  ]);
  const trusted =
    trustedIssuers === undefined ? undefined : new Set(trustedIssuers.map((issuer) => getAddress(issuer)));
  const entries = await positionEvents(
    client,
    logs.map((log) => ({ log, event: log })),
  );
  const byId = new Map<bigint, Attestation>();
  for (const entry of entries) {
    if (trusted !== undefined && !trusted.has(entry.args.issuer)) continue;
    if (entry.eventName === "LabelRevoked") {
      const attestation = byId.get(entry.args.attestationId);
      if (attestation !== undefined) attestation.isRevoked = true;
      continue;
    }
    const { attestationId, issuer, label, expiresAt, evidenceCid } = entry.args;
    byId.set(attestationId, {
      shopId: entry.args.shopId,
      attestationId,
      label: labelFromBytes32(label),
      issuer,
      expiresAt: expiresAt === 0n ? undefined : Number(expiresAt),
      evidenceCid: cidFromHex(evidenceCid),
      isRevoked: false,
      attestedAt: entry.timestamp,
      transactionHash: entry.transactionHash,
    });
  }
  const byShop = new Map<bigint, ShopLabel[]>();
  if (byId.size === 0) return byShop;

  const issuerAddresses = [...new Set([...byId.values()].map((attestation) => attestation.issuer))];
  const profiles = new Map(
    (await getLabelIssuers(client, labels, { issuers: issuerAddresses, blockRange })).map((profile) => [
      profile.issuer,
      profile,
    ]),
  );
  const now = Number(latest.timestamp);
  for (const { shopId: holder, ...attestation } of byId.values()) {
    const profile = profiles.get(attestation.issuer);
    const isExpired = attestation.expiresAt !== undefined && now > attestation.expiresAt;
    const shopLabels = byShop.get(holder) ?? [];
    byShop.set(holder, shopLabels);
    shopLabels.push({
      ...attestation,
      issuerName: profile?.name ?? "",
      issuerProfileCid: profile?.profileCid,
      isValid: !attestation.isRevoked && !isExpired,
    });
  }
  return byShop;
}
