import { MarketError, type MarketErrorName } from "@grandrue/sdk";
import { expect } from "vitest";

/** Awaits a promise that must fail with a decoded `MarketError` of this name, and returns the error. */
export async function expectMarketError(promise: Promise<unknown>, errorName: MarketErrorName): Promise<MarketError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MarketError);
  expect((error as MarketError).errorName).toBe(errorName);
  return error as MarketError;
}
