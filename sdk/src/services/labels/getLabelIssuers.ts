import type { Address } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { toTopic } from "../../chain/topics.ts";
import { issuerSinceFunction } from "../../generated/abiItems/labelAttestations.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { issuerEvents } from "./labelEvents.ts";

/**
 * A registered label issuer with its latest name and profile. A label is worth what its issuer is worth (a shop can
 * register as an issuer from another address): its own documents, since when it issues and how many shops it attests
 * are what make it credible.
 */
export type LabelIssuer = {
  issuer: Address;
  name: string;
  /** CID of the issuer's profile document, `undefined` when the bytes on chain are not a CID. */
  profileCid: string | undefined;
  /** When it registered as an issuer (unix seconds), as the contract's `issuerSince` says. */
  since: number;
};

export type GetLabelIssuersParameters = {
  /** Only these issuers (registered or not: unregistered ones are left out). */
  issuers?: readonly Address[];
  /** Forwarded to {@link getLogsInRanges}. */
  blockRange?: bigint;
};
export type GetLabelIssuersReturnType = LabelIssuer[];

/**
 * Every registered label issuer, in registration order, with the name and profile of its latest
 * `IssuerRegistered`/`IssuerUpdated` event and the time it registered. Anyone may register: which issuers to trust is
 * the reader's choice.
 * @example const issuers = await getLabelIssuers(publicClient, labels) // [{ issuer, name: "Bio Certif", profileCid }]
 */
export async function getLabelIssuers(
  client: MarketReadClient,
  labels: ServiceDeployment,
  { issuers, blockRange }: GetLabelIssuersParameters = {},
): Promise<GetLabelIssuersReturnType> {
  if (issuers?.length === 0) return [];
  const logs = await getLogsInRanges(client, {
    address: labels.address,
    events: issuerEvents,
    topics: issuers === undefined ? [] : [issuers.map((issuer) => toTopic(issuer))],
    fromBlock: BigInt(labels.blockNumber),
    blockRange,
  });
  const byIssuer = new Map<Address, Omit<LabelIssuer, "since">>();
  for (const log of logs) {
    const { issuer, name, profileCid } = log.args;
    byIssuer.set(issuer, { issuer, name, profileCid: cidFromHex(profileCid) });
  }
  return Promise.all(
    [...byIssuer.values()].map(async (issuer) => ({
      ...issuer,
      since: await readMarketContract(client, {
        address: labels.address,
        abi: [issuerSinceFunction],
        functionName: "issuerSince",
        args: [issuer.issuer],
      }),
    })),
  );
}
