import type { Address, Hex } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { positionEvents } from "../../chain/positionEvents.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { toTopic } from "../../chain/topics.ts";
import { cardOfFunction, programOfFunction } from "../../generated/abiItems/loyaltyStamps.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { cardEvents, rewardEvents } from "./loyaltyEvents.ts";

/** One line of a card's history. */
export type StampCardEntry =
  | { kind: "earned"; orderId: bigint; stamps: number; timestamp: number; transactionHash: Hex }
  | { kind: "redeemed"; stamps: number; by: Address; timestamp: number; transactionHash: Hex };

/** A buyer's stamp card at one shop, with the shop's program. */
export type StampCard = {
  shopId: bigint;
  balance: number;
  /** Orders stamped, ever. */
  orders: number;
  stampsPerOrder: number;
  rewardThreshold: number;
  /** CID of the current reward description, `undefined` when the bytes on chain are not a CID. */
  rewardCid: string | undefined;
  isProgramActive: boolean;
  /** Rewards the balance pays for now. */
  rewardsAvailable: number;
  /** Oldest first. */
  history: StampCardEntry[];
};

export type GetStampCardsParameters = {
  buyer: Address /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetStampCardsReturnType = StampCard[];

/**
 * A buyer's stamp cards across every shop where they earned stamps, in the order they first did: balance and
 * orders from the contract's views, the program and its reward, and the card's history from events.
 * @example const cards = await getStampCards(publicClient, loyalty, { buyer: account.address })
 */
export async function getStampCards(
  client: MarketReadClient,
  loyalty: ServiceDeployment,
  { buyer, blockRange }: GetStampCardsParameters,
): Promise<GetStampCardsReturnType> {
  const contract = { address: loyalty.address, abi: [cardOfFunction, programOfFunction] } as const;
  const fromBlock = BigInt(loyalty.blockNumber);
  const logs = await getLogsInRanges(client, {
    address: loyalty.address,
    events: cardEvents,
    topics: [null, toTopic(buyer)],
    fromBlock,
    blockRange,
  });
  const entries = await positionEvents(
    client,
    logs.map((log) => ({ log, event: log })),
  );
  const histories = new Map<bigint, StampCardEntry[]>();
  for (const entry of entries) {
    const history = histories.get(entry.args.shopId) ?? [];
    histories.set(entry.args.shopId, history);
    const position = { timestamp: entry.timestamp, transactionHash: entry.transactionHash };
    if (entry.eventName === "StampsEarned")
      history.push({ kind: "earned", orderId: entry.args.orderId, stamps: entry.args.stamps, ...position });
    else history.push({ kind: "redeemed", stamps: entry.args.stamps, by: entry.args.by, ...position });
  }
  if (histories.size === 0) return [];

  const shopIds = [...histories.keys()];
  const rewardLogs = await getLogsInRanges(client, {
    address: loyalty.address,
    events: rewardEvents,
    topics: [shopIds.map((shopId) => toTopic(shopId))],
    fromBlock,
    blockRange,
  });
  const rewardCids = new Map<bigint, Hex>();
  for (const log of rewardLogs) rewardCids.set(log.args.shopId, log.args.rewardCid);

  return Promise.all(
    shopIds.map(async (shopId) => {
      const [card, program] = await Promise.all([
        readMarketContract(client, { ...contract, functionName: "cardOf", args: [shopId, buyer] }),
        readMarketContract(client, { ...contract, functionName: "programOf", args: [shopId] }),
      ]);
      const rewardCid = rewardCids.get(shopId);
      return {
        shopId,
        balance: card.balance,
        orders: card.orders,
        stampsPerOrder: program.stampsPerOrder,
        rewardThreshold: program.rewardThreshold,
        rewardCid: rewardCid === undefined ? undefined : cidFromHex(rewardCid),
        isProgramActive: program.isActive,
        rewardsAvailable: Math.floor(card.balance / program.rewardThreshold),
        history: histories.get(shopId) ?? [],
      };
    }),
  );
}
