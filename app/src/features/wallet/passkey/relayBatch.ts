import {
  type BatchCall,
  createRelayerClient,
  type PasskeyBatchIntent,
  type RelayerClient,
  type RelayerPolicy,
} from "@grandrue/sdk";
import { type Address, type Chain, type Client, encodeFunctionData, erc20Abi, type Hex, type Transport } from "viem";
import { readContract } from "viem/actions";
import { RelayersFailedError, relayerFailure } from "../../../relaying/relayThroughList.ts";

/** The account holds none of the tokens the relayers take their fee in, or too little: it must receive euros first. */
export class NoFeeTokenError extends Error {
  override name = "NoFeeTokenError";
}

export type BatchRelayer = {
  client: RelayerClient;
  policy: RelayerPolicy;
  /** The relayer's fee as a call of the batch (`transfer(relayer, fee)`); none when it sponsors the batch. */
  feeCalls: BatchCall[];
};

/**
 * The first relayer, in the shopper's order, that works on `chain` and takes its fee in a token `account` holds enough
 * of, with that fee as a call to append to the batch.
 * @throws NoFeeTokenError when relayers answer but the account cannot pay any; RelayersFailedError when none answers.
 */
export async function chooseBatchRelayer(
  publicClient: Client<Transport, Chain>,
  relayers: readonly string[],
  account: Address,
): Promise<BatchRelayer> {
  const failures = [];
  let isFeeTheProblem = false;
  for (const url of relayers) {
    const client = createRelayerClient({ url });
    try {
      const policy = await client.getPolicy();
      if (policy.chainId !== publicClient.chain.id) continue;
      for (const token of policy.acceptedTokens) {
        const { fee } = await client.quote({ kind: "passkeyBatch", token: token.address });
        if (fee === 0n) return { client, policy, feeCalls: [] };
        const balance = await readContract(publicClient, {
          address: token.address,
          abi: erc20Abi,
          functionName: "balanceOf",
          args: [account],
        });
        if (balance < fee) {
          isFeeTheProblem = true;
          continue;
        }
        const data = encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [policy.relayer, fee] });
        return { client, policy, feeCalls: [{ to: token.address, data }] };
      }
    } catch (error) {
      failures.push(relayerFailure(url, error));
    }
  }
  if (isFeeTheProblem) throw new NoFeeTokenError("the account holds too little of every relayer's fee token");
  throw new RelayersFailedError(failures);
}

/**
 * Hands a signed batch to the relayer and waits until its transaction is mined.
 * @returns The transaction hash (its receipt carries the batch's events).
 * @throws RelayerError when the relayer refuses the batch or its transaction fails.
 */
export async function relayBatch(client: RelayerClient, intent: PasskeyBatchIntent): Promise<Hex> {
  const { id } = await client.submitIntent(intent);
  const state = await client.waitForIntent(id, { pollIntervalMs: 250 });
  if (state.transactionHash === undefined) throw new Error(`The relayer confirmed batch ${id} without a transaction`);
  return state.transactionHash;
}
