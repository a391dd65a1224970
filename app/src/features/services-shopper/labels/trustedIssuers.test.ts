// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  isTrusted,
  readTrustChoice,
  subscribeTrustChoice,
  trustChoiceKey,
  writeTrustChoice,
} from "./trustedIssuers.ts";

const bio = "0xdD2FD4581271e230360230F9337D5c0430Bf44C0";
const artisans = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";

afterEach(() => localStorage.clear());

describe("the shopper's trusted label issuers", () => {
  test("until the shopper chooses, every issuer is trusted", () => {
    expect(readTrustChoice(31337)).toBeUndefined();
    expect(isTrusted(undefined, bio)).toBe(true);
  });

  test("a choice is kept per chain and trusts only the issuers in it, whatever the address case", () => {
    writeTrustChoice(31337, [bio]);
    expect(readTrustChoice(31337)).toEqual([bio]);
    expect(readTrustChoice(1)).toBeUndefined();
    expect(isTrusted([bio], bio.toLowerCase() as `0x${string}`)).toBe(true);
    expect(isTrusted([bio], artisans)).toBe(false);
    expect(isTrusted([], bio)).toBe(false);
  });

  test("an unreadable stored value counts as not chosen, and forgetting the choice trusts everyone again", () => {
    localStorage.setItem(trustChoiceKey(31337), "{not json");
    expect(readTrustChoice(31337)).toBeUndefined();
    writeTrustChoice(31337, [artisans]);
    writeTrustChoice(31337, undefined);
    expect(localStorage.getItem(trustChoiceKey(31337))).toBeNull();
  });

  test("subscribers hear about every change in this tab", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeTrustChoice(listener);
    writeTrustChoice(31337, [bio]);
    unsubscribe();
    writeTrustChoice(31337, []);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
