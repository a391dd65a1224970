import {
  type Abi,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type DecodeFunctionResultParameters,
  decodeFunctionResult,
  type EncodeFunctionDataParameters,
  encodeFunctionData,
  numberToHex,
  type ReadContractParameters,
  type ReadContractReturnType,
} from "viem";
import type { MarketReadClient } from "./client.ts";

/** What a read may say beyond the call itself: a block, and the account the view sees as its caller. */
type ReadOptions = Pick<ReadContractParameters, "account" | "blockNumber" | "blockTag">;

/**
 * Reads a view of a protocol contract, or of any contract given its ABI; a revert (e.g. `UnknownShop`) surfaces as a
 * decoded `MarketError` (the protocol's errors and those of `parameters.abi`), like writes do. One `eth_call` with
 * viem's ABI coders, rather than viem's `readContract`, whose `call` action (multicall batching, CCIP reads, state
 * overrides: none of which a read here uses) weighs 11 kB in a browser's first visit.
 * @example const [payout, terms, hook] = await readMarketContract(client, { ...registry, functionName: "checkoutTerms", args: [shopId] })
 */
export async function readMarketContract<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, "pure" | "view">,
  const args extends ContractFunctionArgs<abi, "pure" | "view", functionName>,
>(
  client: MarketReadClient,
  parameters: ReadContractParameters<abi, functionName, args>,
): Promise<ReadContractReturnType<abi, functionName, args>> {
  const {
    address,
    abi,
    functionName,
    args,
    account,
    blockNumber,
    blockTag = "latest",
  } = parameters as ReadOptions &
    Pick<ReadContractParameters<abi, functionName, args>, "address" | "abi" | "functionName" | "args">;
  try {
    const data = encodeFunctionData({ abi, functionName, args } as EncodeFunctionDataParameters);
    // As viem's reads: the caller is the account given, else the client's own.
    const from = typeof account === "string" ? account : (account ?? client.account)?.address;
    const result = await client.request({
      method: "eth_call",
      params: [
        { to: address, data, ...(from && { from }) },
        blockNumber === undefined ? blockTag : numberToHex(blockNumber),
      ],
    });
    return decodeFunctionResult({
      abi,
      functionName,
      args,
      data: result,
    } as DecodeFunctionResultParameters) as ReadContractReturnType<abi, functionName, args>;
  } catch (error) {
    // The error decoder and every contract's error list load only when a read fails: a first visit's reads do not.
    const { asMarketError } = await import("./asMarketError.ts");
    throw asMarketError(error, { abis: [parameters.abi] });
  }
}
