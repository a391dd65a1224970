import { DEV_TOKEN_SYMBOLS, type Deployment, type DevTokenSymbol, NATIVE_TOKEN } from "@grandrue/sdk";
import { type Address, erc20Abi, formatUnits, getAddress, isAddress, isAddressEqual, type PublicClient } from "viem";
import { readContract } from "viem/actions";
import { CliError, UsageError } from "./errors.ts";

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

/** Whether `value` names a development token (`EURC`), in any case. */
export function isDevTokenSymbol(value: string): boolean {
  return DEV_TOKEN_SYMBOLS.some((symbol) => symbol.toLowerCase() === value.toLowerCase());
}

/** A token as the command line names it: the chain's coin, a development token by symbol, or an address. */
export type TokenArgument = { native: true } | { symbol: DevTokenSymbol } | { address: Address };

/**
 * A token given on the command line or in a file: `native` for the chain's currency, `EURC` for the deployment's
 * development euro stablecoin, else an ERC-20 address. Read before connecting: see {@link resolveTokenArgument}.
 * @throws UsageError for anything else.
 */
export function parseTokenArgument(value: string, option: string): TokenArgument {
  if (value.toLowerCase() === "native") return { native: true };
  const symbol = DEV_TOKEN_SYMBOLS.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (symbol !== undefined) return { symbol };
  if (!isAddress(value)) {
    const symbols = DEV_TOKEN_SYMBOLS.map((candidate) => `"${candidate}"`).join(", ");
    throw new UsageError(`${option} takes "native", ${symbols} or a token address, not "${value}"`);
  }
  return { address: getAddress(value) };
}

/**
 * The address of a token argument on this deployment.
 * @throws CliError when it names a development token the deployment does not record.
 */
export function resolveTokenArgument(token: TokenArgument, deployment: Deployment): Address {
  if ("native" in token) return NATIVE_TOKEN;
  if ("address" in token) return token.address;
  const recorded = deployment.tokens?.[token.symbol];
  if (recorded === undefined) {
    throw new CliError(`The deployment of chain ${deployment.chainId} records no ${token.symbol}: pass its address`);
  }
  return recorded.address;
}
