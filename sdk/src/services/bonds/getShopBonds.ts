import type { Address, Hex } from "viem";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { positionEvents } from "../../chain/positionEvents.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { toTopic } from "../../chain/topics.ts";
import { bondOfFunction } from "../../generated/abiItems/guaranteeBonds.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { bondEvents, claimEvents } from "./bondEvents.ts";
import { type ClaimStatus, claimStatusName } from "./types.ts";

/** A claim on one of the shop's bonds, rebuilt from events. */
export type BondClaim = {
  orderId: bigint;
  buyer: Address;
  amount: bigint;
  arbitrator: Address;
  disputeId: bigint;
  /** CID of the evidence document, `undefined` when the bytes on chain are not a CID. */
  evidenceCid: string | undefined;
  filedAt: number;
  status: Exclude<ClaimStatus, "None">;
  /** What the bond paid the buyer (0 unless upheld). */
  paid: bigint;
};

/** A shop's bond in one token: the contract's current figures and the claims on it. */
export type ShopBond = {
  token: Address;
  balance: bigint;
  /** Part of the balance under open claims. */
  locked: bigint;
  /** What a claim can still lock, and the most a withdrawal can take: balance − locked. */
  free: bigint;
  announcedAmount: bigint;
  /** First second the announced withdrawal may happen (unix seconds), `undefined` without announcement. */
  withdrawableAt: number | undefined;
  warrantyPeriodSeconds: number;
  claims: BondClaim[];
  /** Every bond event (deposits, notices, withdrawals, period changes), oldest first. */
  history: { eventName: string; timestamp: number; transactionHash: Hex }[];
};

export type GetShopBondsParameters = {
  shopId: bigint /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetShopBondsReturnType = ShopBond[];

/**
 * A shop's bonds, one per token it ever used, with their current balance, locked amount, pending withdrawal and
 * warranty period (from the contract's views) and the claims on them (from events), oldest first.
 * @example const [ethBond] = await getShopBonds(publicClient, bonds, { shopId })
 */
export async function getShopBonds(
  client: MarketReadClient,
  bonds: ServiceDeployment,
  { shopId, blockRange }: GetShopBondsParameters,
): Promise<GetShopBondsReturnType> {
  const contract = { address: bonds.address, abi: [bondOfFunction] } as const;
  const fromBlock = BigInt(bonds.blockNumber);
  const [bondLogs, claimLogs] = await Promise.all([
    getLogsInRanges(client, {
      address: bonds.address,
      events: bondEvents,
      topics: [toTopic(shopId)],
      fromBlock,
      blockRange,
    }),
    getLogsInRanges(client, {
      address: bonds.address,
      events: claimEvents,
      topics: [null, toTopic(shopId)],
      fromBlock,
      blockRange,
    }),
  ]);
  const history = await positionEvents(
    client,
    bondLogs.map((log) => ({ log, event: log })),
  );
  const claims = await positionEvents(
    client,
    claimLogs.map((log) => ({ log, event: log })),
  );

  const byToken = new Map<Address, { claims: BondClaim[]; history: ShopBond["history"] }>();
  const entryOf = (token: Address) => {
    const entry = byToken.get(token) ?? { claims: [], history: [] };
    byToken.set(token, entry);
    return entry;
  };
  for (const entry of history) {
    entryOf(entry.args.token).history.push({
      eventName: entry.eventName,
      timestamp: entry.timestamp,
      transactionHash: entry.transactionHash,
    });
  }
  const claimsByOrder = new Map<bigint, BondClaim>();
  for (const entry of claims) {
    if (entry.eventName === "ClaimFiled") {
      const { orderId, buyer, token, amount, arbitrator, disputeId, evidenceCid } = entry.args;
      const claim: BondClaim = {
        orderId,
        buyer,
        amount,
        arbitrator,
        disputeId,
        evidenceCid: cidFromHex(evidenceCid),
        filedAt: entry.timestamp,
        status: "Open",
        paid: 0n,
      };
      claimsByOrder.set(orderId, claim);
      entryOf(token).claims.push(claim);
    } else {
      const claim = claimsByOrder.get(entry.args.orderId);
      if (claim === undefined) continue;
      claim.status = claimStatusName(entry.args.outcome) as BondClaim["status"];
      claim.paid = entry.args.paid;
    }
  }

  return Promise.all(
    [...byToken].map(async ([token, { claims: tokenClaims, history: tokenHistory }]) => {
      const bond = await readMarketContract(client, { ...contract, functionName: "bondOf", args: [shopId, token] });
      return {
        token,
        balance: bond.balance,
        locked: bond.locked,
        free: bond.balance - bond.locked,
        announcedAmount: bond.announcedAmount,
        withdrawableAt: bond.withdrawableAt === 0 ? undefined : bond.withdrawableAt,
        warrantyPeriodSeconds: bond.warrantyPeriod,
        claims: tokenClaims,
        history: tokenHistory,
      };
    }),
  );
}
