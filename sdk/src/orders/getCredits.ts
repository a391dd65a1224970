import type { Address } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { paymentCreditedEvent } from "../chain/marketEvents.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { toTopic } from "../chain/topics.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

/** An amount of a token the escrow holds for an account to withdraw. */
export type Credit = { token: Address; amount: bigint };

export type GetCreditsParameters = {
  account: Address /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetCreditsReturnType = Credit[];

/**
 * What an account can withdraw with {@link withdrawCredit}: payments the escrow could not push to it (a reverting
 * receiver, a blocklisted holder), per token, current balances only (withdrawn credits are left out).
 * @example for (const { token } of await getCredits(publicClient, deployment, { account })) await withdrawCredit(wallet, deployment, { token })
 */
export async function getCredits(
  client: MarketReadClient,
  deployment: Deployment,
  { account, blockRange }: GetCreditsParameters,
): Promise<GetCreditsReturnType> {
  const logs = await getLogsInRanges(client, {
    address: deployment.contracts.Escrow.address,
    events: [paymentCreditedEvent],
    topics: [null, toTopic(account)],
    fromBlock: deploymentBlock(deployment, "Escrow"),
    blockRange,
  });
  const tokens = [...new Set(logs.map((log) => log.args.token))];
  const { escrow } = marketContracts(deployment);
  const amounts = await Promise.all(
    tokens.map((token) => readMarketContract(client, { ...escrow, functionName: "creditOf", args: [account, token] })),
  );
  return tokens.map((token, index) => ({ token, amount: amounts[index]! })).filter((credit) => credit.amount > 0n);
}
