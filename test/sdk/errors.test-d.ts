import { type MarketErrorName, type ParsedMarketError, parseMarketError } from "@grandrue/sdk";
import { type Abi, type Hex, parseAbi } from "viem";
import { describe, expectTypeOf, test } from "vitest";

const serviceAbi = parseAbi([
  "error QuotaExceeded(uint256 shopId, uint256 limit)",
  "function register(uint256 shopId)",
]);

describe("parseMarketError's types come from the ABIs", () => {
  test("error names are the contracts' error names and the off-chain ones, not any string", () => {
    expectTypeOf<"InvalidStatus">().toExtend<MarketErrorName>();
    expectTypeOf<"NotShopManager">().toExtend<MarketErrorName>();
    expectTypeOf<"UserRejected" | "Unknown" | "IpfsNodeUnreachable" | "Error" | "Panic">().toExtend<MarketErrorName>();
    expectTypeOf<"Unauthorized">().not.toExtend<MarketErrorName>();
    expectTypeOf<"NoSuchError">().not.toExtend<MarketErrorName>();
    expectTypeOf<string>().not.toExtend<MarketErrorName>();
  });

  test("narrowing on the name types the arguments", () => {
    const parsed = parseMarketError(new Error("x"));
    if (parsed.name === "InvalidStatus") {
      expectTypeOf<keyof typeof parsed.args>().toEqualTypeOf<"orderId" | "actual" | "expected">();
      expectTypeOf(parsed.args.actual).toEqualTypeOf<number>();
      expectTypeOf(parsed.args.expected).toExtend<Hex>();
    }
    if (parsed.name === "NotShopManager") {
      expectTypeOf(parsed.args).toEqualTypeOf<{ shopId: bigint; account: `0x${string}` }>();
    }
    if (parsed.name === "IpfsDocumentUnavailable") expectTypeOf(parsed.args).toEqualTypeOf<{ cid: string }>();
  });

  test("a name two contracts declare with different arguments has either", () => {
    type UnknownOrderArgs = Extract<ParsedMarketError, { name: "UnknownOrder" }>["args"];
    expectTypeOf<UnknownOrderArgs>().toEqualTypeOf<{ orderId: bigint } | { escrow: `0x${string}`; orderId: bigint }>();
  });

  test("extra ABIs widen the result with their errors", () => {
    const parsed = parseMarketError(new Error("x"), { abis: [serviceAbi] });
    expectTypeOf<"QuotaExceeded">().toExtend<typeof parsed.name>();
    expectTypeOf<"QuotaExceeded">().not.toExtend<MarketErrorName>();
    if (parsed.name === "QuotaExceeded") expectTypeOf(parsed.args).toEqualTypeOf<{ shopId: bigint; limit: bigint }>();
  });

  test("an ABI known only as Abi can name any error", () => {
    const abi: Abi = serviceAbi;
    expectTypeOf(parseMarketError(new Error("x"), { abis: [abi] }).name).toEqualTypeOf<string>();
  });
});
