import type { Address } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import type { GetLogsInRangesReturnType } from "../chain/getLogsInRanges.ts";
import type { carrierEvents } from "../chain/marketEvents.ts";
import { type EventPosition, positionEvents } from "../chain/positionEvents.ts";
import { cidFromHex } from "../shops/encoding.ts";

/** A carrier's profile publication; `profileCid` is `undefined` when the bytes on chain are not a CID. */
export type CarrierHistoryEntry = { type: "Registered" | "Updated"; profileCid: string | undefined } & EventPosition;

/** A registered carrier and its latest profile. */
export type CarrierDetails = {
  carrier: Address;
  profileCid: string | undefined;
  /** When it registered and last published its profile, unix seconds. */
  registeredAt: number;
  updatedAt: number;
  history: CarrierHistoryEntry[];
};

type CarrierLog = GetLogsInRangesReturnType<typeof carrierEvents>[number];

/** Groups carrier profile events by carrier, in registration order. */
export async function carriersFromLogs(
  client: MarketReadClient,
  logs: readonly CarrierLog[],
): Promise<CarrierDetails[]> {
  const entries = await positionEvents(
    client,
    logs.map((log) => ({
      log,
      event: {
        carrier: log.args.carrier,
        type: log.eventName === "CarrierRegistered" ? ("Registered" as const) : ("Updated" as const),
        profileCid: cidFromHex(log.args.profileCid),
      },
    })),
  );
  const carriers = new Map<Address, CarrierDetails>();
  for (const { carrier, ...entry } of entries) {
    const known = carriers.get(carrier);
    if (known === undefined) {
      carriers.set(carrier, {
        carrier,
        profileCid: entry.profileCid,
        registeredAt: entry.timestamp,
        updatedAt: entry.timestamp,
        history: [entry],
      });
    } else {
      known.profileCid = entry.profileCid;
      known.updatedAt = entry.timestamp;
      known.history.push(entry);
    }
  }
  return [...carriers.values()];
}
