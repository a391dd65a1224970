import { getAddress, zeroAddress } from "viem";
import { describe, expect, test } from "vitest";
import type { OrderActionData } from "../../../market/index.ts";
import { relayedBuyerAction } from "./relayedBuyerAction.ts";

const EURC = getAddress("0x00000000000000000000000000000000000e0c00");
const HOOK = getAddress("0x000000000000000000000000000000000000dEaD");

function data(terms: { token: `0x${string}`; hook: `0x${string}` }): OrderActionData {
  return { terms } as unknown as OrderActionData;
}

describe("a buyer action through a relayer", () => {
  test("asks its fee with the order's hook, so the relayer quotes the hook's gas only when there is one", () => {
    const confirm = relayedBuyerAction("ConfirmReceipt");
    expect(confirm.quote(data({ token: EURC, hook: HOOK }))).toEqual({ kind: "buyerAction", token: EURC, hook: HOOK });
    expect(confirm.quote(data({ token: EURC, hook: zeroAddress }))).toEqual({
      kind: "buyerAction",
      token: EURC,
      hook: zeroAddress,
    });
    expect(confirm.quote(data({ token: zeroAddress, hook: HOOK }))).toEqual({ notRelayable: "noCurrency" });
  });
});
