import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { toTopic } from "../../chain/topics.ts";
import { programOfFunction } from "../../generated/abiItems/loyaltyStamps.ts";
import { cidFromHex } from "../../shops/encoding.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { rewardEvents } from "./loyaltyEvents.ts";

/** A shop's stamp card program as it stands. */
export type LoyaltyProgram = {
  stampsPerOrder: number;
  rewardThreshold: number;
  isActive: boolean;
  /** CID of the current reward description ('loyalty-reward'), `undefined` when the bytes on chain are not a CID. */
  rewardCid: string | undefined;
};

export type GetLoyaltyProgramParameters = {
  shopId: bigint /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
/** `undefined` when the shop has no program. */
export type GetLoyaltyProgramReturnType = LoyaltyProgram | undefined;

/**
 * A shop's stamp card program (the contract's `programOf`) with its latest reward description, or `undefined`
 * when the shop never registered one.
 * @example const program = await getLoyaltyProgram(publicClient, loyalty, { shopId }) // { stampsPerOrder: 1, rewardThreshold: 10, … }
 */
export async function getLoyaltyProgram(
  client: MarketReadClient,
  loyalty: ServiceDeployment,
  { shopId, blockRange }: GetLoyaltyProgramParameters,
): Promise<GetLoyaltyProgramReturnType> {
  const program = await readMarketContract(client, {
    address: loyalty.address,
    abi: [programOfFunction],
    functionName: "programOf",
    args: [shopId],
  });
  if (program.stampsPerOrder === 0) return undefined;
  const logs = await getLogsInRanges(client, {
    address: loyalty.address,
    events: rewardEvents,
    topics: [toTopic(shopId)],
    fromBlock: BigInt(loyalty.blockNumber),
    blockRange,
  });
  const latest = logs.at(-1);
  return {
    stampsPerOrder: program.stampsPerOrder,
    rewardThreshold: program.rewardThreshold,
    isActive: program.isActive,
    rewardCid: latest === undefined ? undefined : cidFromHex(latest.args.rewardCid),
  };
}
