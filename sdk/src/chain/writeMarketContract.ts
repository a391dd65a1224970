import type {
  Abi,
  Account,
  Chain,
  Client,
  ContractFunctionArgs,
  ContractFunctionName,
  Hash,
  TransactionReceipt,
  Transport,
  WalletClient,
} from "viem";
import { simulateContract, waitForTransactionReceipt, writeContract } from "viem/actions";
import { MarketError } from "../errors.ts";
import { asMarketError } from "./asMarketError.ts";

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
 * Simulates a call first, so a revert surfaces as a decoded {@link MarketError} (the protocol's errors and those of
 * `parameters.abi`) before the wallet opens, then sends it and waits for its receipt. Every SDK write action goes
 * through here, and so can a service's own contract.
 * @example const { hash, receipt } = await writeMarketContract(wallet, { address, abi: myServiceAbi, functionName: "register", args: [shopId] })
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
    if (receipt.status !== "success")
      throw new MarketError({ name: "Unknown", args: {}, message: `Transaction ${hash} reverted` });
    return { hash, receipt };
  } catch (error) {
    throw asMarketError(error, { abis: [parameters.abi] });
  }
}
