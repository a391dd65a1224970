import type {
  Abi,
  ContractFunctionArgs,
  ContractFunctionName,
  ReadContractParameters,
  ReadContractReturnType,
} from "viem";
import { readContract } from "viem/actions";
import type { MarketReadClient } from "./client.ts";

/**
 * Reads a view of a protocol contract, or of any contract given its ABI; a revert (e.g. `UnknownShop`) surfaces as a
 * decoded `MarketError` (the protocol's errors and those of `parameters.abi`), like writes do.
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
  try {
    return await readContract(client, parameters);
  } catch (error) {
    // The error decoder and every contract's error list load only when a read fails: a first visit's reads do not.
    const { asMarketError } = await import("./asMarketError.ts");
    throw asMarketError(error, { abis: [parameters.abi] });
  }
}
