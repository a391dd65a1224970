import { toCodeHash, toDeliveryProof } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { checkDeliveryCode } from "./deliveryCode.ts";

const CODE = "7K3MQ9TXB2RCW5HN";
const HASH = toCodeHash(CODE);

describe("checkDeliveryCode", () => {
  test("the code read out with dashes, spaces and small letters is this order's code", () => {
    expect(checkDeliveryCode(" 7k3m-q9tx b2rc-w5hn ", HASH)).toEqual({
      isValid: true,
      normalized: CODE,
      deliveryProof: toDeliveryProof(CODE),
    });
  });

  test("O, I and L typed for 0, 1 and 1 are read as digits", () => {
    const code = "7K30Q1TXB2RCW5HN";
    expect(checkDeliveryCode("7k3oqltxb2rcw5hn", toCodeHash(code))).toMatchObject({
      isValid: true,
      normalized: code,
    });
  });

  test("a text that is not a delivery code says so before anything is sent", () => {
    expect(checkDeliveryCode("1234", HASH)).toEqual({ isValid: false, reason: "format" });
    expect(checkDeliveryCode("7K3M-Q9TX-B2RC-W5H!", HASH)).toEqual({ isValid: false, reason: "format" });
  });

  test("another order's code is wrong for this one", () => {
    expect(checkDeliveryCode("7K3M-Q9TX-B2RC-W5HP", HASH)).toMatchObject({ isValid: false, reason: "wrong" });
  });
});
