import { NATIVE_TOKEN } from "@grandrue/sdk";
import { type Address, erc20Abi, formatUnits, getAddress, isAddress, isAddressEqual, type PublicClient } from "viem";
import { readContract } from "viem/actions";
import { UsageError } from "./errors.ts";

type TokenInfo = { symbol: string; decimals: number };

/** An amount of a token, as people read it: `12.4` of `LEM`. */
export type TokenAmount = { amount: string; symbol: string };

/**
 * Names and scales token amounts: the native currency by the chain's symbol and decimals, an ERC-20 by its `symbol()` and
 * `decimals()` (read once per token). A token that does not answer is shown by its address, in base units.
 */
export function tokenBook(client: PublicClient) {
  const known = new Map<Address, Promise<TokenInfo | undefined>>();
  const infoOf = (token: Address): Promise<TokenInfo | undefined> => {
    if (isAddressEqual(token, NATIVE_TOKEN))
      return Promise.resolve(client.chain?.nativeCurrency ?? { symbol: "native", decimals: 18 });
    let info = known.get(token);
    if (info === undefined) {
      info = Promise.all([
        readContract(client, { address: token, abi: erc20Abi, functionName: "symbol" }),
        readContract(client, { address: token, abi: erc20Abi, functionName: "decimals" }),
      ]).then(
        ([symbol, decimals]) => ({ symbol, decimals }),
        () => undefined,
      );
      known.set(token, info);
    }
    return info;
  };
  return {
    async format(token: Address, value: bigint): Promise<TokenAmount> {
      const info = await infoOf(token);
      return info === undefined
        ? { amount: value.toString(), symbol: token }
        : { amount: formatUnits(value, info.decimals), symbol: info.symbol };
    },
    /** `12.4 LEM` */
    async describe(token: Address, value: bigint): Promise<string> {
      const { amount, symbol } = await this.format(token, value);
      return `${amount} ${symbol}`;
    },
  };
}

export type TokenBook = ReturnType<typeof tokenBook>;

/**
 * A token given on the command line or in a file: `native` for the chain's currency, else an ERC-20 address.
 * @throws UsageError for anything else.
 */
export function parseTokenArgument(value: string, option: string): Address {
  if (value.toLowerCase() === "native") return NATIVE_TOKEN;
  if (!isAddress(value)) throw new UsageError(`${option} takes "native" or a token address, not "${value}"`);
  return getAddress(value);
}
