import { getAddress, type Address, type Hex } from "viem";
import { getBlock } from "viem/actions";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { positionEvents } from "../../chain/positionEvents.ts";
import { toTopic } from "../../chain/topics.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { attestationEvents, issuerEvents } from "./labelEvents.ts";
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
  const fromBlock = BigInt(labels.blockNumber);
  const [logs, latest] = await Promise.all([
    getLogsInRanges(client, { address: labels.address, events: attestationEvents, topics: [null, toTopic(shopId)], fromBlock, blockRange }),
    getBlock(client, { blockTag: "latest" }),
  ]);
  const trusted = trustedIssuers === undefined ? undefined : new Set(trustedIssuers.map((issuer) => getAddress(issuer)));
  const entries = await positionEvents(client, logs.map((log) => ({ log, event: log })));
  const byId = new Map<bigint, Omit<ShopLabel, "issuerName" | "issuerProfileCid" | "isValid">>();
  for (const entry of entries) {
    if (trusted !== undefined && !trusted.has(entry.args.issuer)) continue;
    if (entry.eventName === "LabelRevoked") {
      const attestation = byId.get(entry.args.attestationId);
      if (attestation !== undefined) attestation.isRevoked = true;
      continue;
    }
    const { attestationId, issuer, label, expiresAt, evidenceCid } = entry.args;
    byId.set(attestationId, {
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
  if (byId.size === 0) return [];

  const issuers = [...new Set([...byId.values()].map((attestation) => attestation.issuer))];
  const profileLogs = await getLogsInRanges(client, {
    address: labels.address,
    events: issuerEvents,
    topics: [issuers.map((issuer) => toTopic(issuer))],
    fromBlock,
    blockRange,
  });
  const profiles = new Map<Address, { name: string; profileCid: Hex }>();
  for (const log of profileLogs) profiles.set(log.args.issuer, { name: log.args.name, profileCid: log.args.profileCid });

  const now = Number(latest.timestamp);
  return [...byId.values()].map((attestation) => {
    const profile = profiles.get(attestation.issuer);
    const isExpired = attestation.expiresAt !== undefined && now > attestation.expiresAt;
    return {
      ...attestation,
      issuerName: profile?.name ?? "",
      issuerProfileCid: profile === undefined ? undefined : cidFromHex(profile.profileCid),
      isValid: !attestation.isRevoked && !isExpired,
    };
  });
}
