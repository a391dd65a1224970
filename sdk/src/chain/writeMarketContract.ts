import { simulateContract, waitForTransactionReceipt, writeContract } from "viem/actions";
import type { Abi, Account, Chain, Client, ContractFunctionArgs, ContractFunctionName, Hash, TransactionReceipt, Transport, WalletClient } from "viem";
import { MarketError, parseMarketError } from "../errors.ts";

/** A wallet client with an account and a chain: what every write action takes. */
export type MarketWalletClient = WalletClient<Transport, Chain, Account>;

/**
 * Any client with an account and a chain (a {@link MarketWalletClient}, or wagmi's plain connector client): what the
 * signing actions take, since they only sign through `viem/actions`.
 */
export type MarketSigner = Client<Transport, Chain, Account>;

/** The result of every write action: the transaction hash and its successful receipt. */
export type WriteResult = { hash: Hash; receipt: TransactionReceipt };

/**
 * Simulates a protocol call first, so a revert surfaces as a decoded {@link MarketError} before the wallet opens,
 * then sends it and waits for its receipt. Every SDK write action goes through here.
 */
export async function writeMarketContract<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, "nonpayable" | "payable">,
>(
  client: MarketWalletClient,
  parameters: {
    address: `0x${string}`;
    abi: abi;
    functionName: functionName;
    args: ContractFunctionArgs<abi, "nonpayable" | "payable", functionName>;
    value?: bigint;
  },
): Promise<WriteResult> {
  try {
    const { request } = await simulateContract(client, { ...parameters, account: client.account } as never);
    const hash = await writeContract(client, request as never);
    const receipt = await waitForTransactionReceipt(client, { hash });
    if (receipt.status !== "success") throw new MarketError({ name: "Unknown", args: {}, message: `Transaction ${hash} reverted` });
    return { hash, receipt };
  } catch (error) {
    if (error instanceof MarketError) throw error;
    throw new MarketError(parseMarketError(error), { cause: error });
  }
}
