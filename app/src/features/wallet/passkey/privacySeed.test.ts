import { deliveryCodeSeedTypedData, deriveDeliveryCode, encryptionKeyTypedData } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { isSeedRequest, seedSignature } from "./privacySeed.ts";

const account = "0x00000000000000000000000000000000000000a1";
const secret = new Uint8Array(32).fill(7);

describe("the passkey's answer to the app's seed requests", () => {
  test("recognises the delivery-code and encryption-key requests, and nothing else", () => {
    expect(isSeedRequest(deliveryCodeSeedTypedData({ chainId: 31337, account }))).toBe(true);
    expect(isSeedRequest(encryptionKeyTypedData({ chainId: 31337, account, role: "shop", shopId: 7n }) as never)).toBe(
      true,
    );
    const permit = {
      domain: { name: "Euro Coin", version: "2", chainId: 31337 },
      types: { Permit: [{ name: "value", type: "uint256" }] },
      primaryType: "Permit",
      message: { value: 1n },
    } as const;
    expect(isSeedRequest(permit)).toBe(false);
  });

  test("is the same for the same secret and request, and a valid seed for the delivery codes", () => {
    const request = deliveryCodeSeedTypedData({ chainId: 31337, account });
    const first = seedSignature(secret, request);
    expect(seedSignature(secret, request)).toBe(first);
    expect(first).toMatch(/^0x[0-9a-f]{130}$/);
    expect(deriveDeliveryCode(first, 3n)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  test("differs with another secret, another chain or another account", () => {
    const request = deliveryCodeSeedTypedData({ chainId: 31337, account });
    const base = seedSignature(secret, request);
    expect(seedSignature(new Uint8Array(32).fill(8), request)).not.toBe(base);
    expect(seedSignature(secret, deliveryCodeSeedTypedData({ chainId: 1, account }))).not.toBe(base);
    expect(
      seedSignature(secret, deliveryCodeSeedTypedData({ chainId: 31337, account: `0x${"b2".padStart(40, "0")}` })),
    ).not.toBe(base);
  });
});
