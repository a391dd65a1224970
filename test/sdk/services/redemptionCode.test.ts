import {
  decodeRedemptionCode,
  encodeRedemptionCode,
  InvalidRedemptionCodeError,
  rewardRedemptionTypedData,
  type SignedRedemption,
} from "@grandrue/sdk";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, test } from "vitest";

const buyer = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const loyalty = { address: "0x5FbDB2315678afecb367f032d93F642f64180aa3", blockNumber: 1 } as const;

async function signed(overrides: Partial<SignedRedemption["redemption"]> = {}): Promise<SignedRedemption> {
  const redemption = {
    shopId: 7n,
    buyer: buyer.address,
    stamps: 10,
    nonce: 2n ** 255n + 3n,
    deadline: 1_900_000_000n,
    ...overrides,
  };
  return { redemption, signature: await buyer.signTypedData(rewardRedemptionTypedData(loyalty, 31337, redemption)) };
}

describe("reward redemption codes", () => {
  test("give back exactly the signed redemption, whatever the spaces and line breaks around it", async () => {
    const original = await signed();
    const code = encodeRedemptionCode(original);
    expect(code).toMatch(/^GRL1-[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(230);
    expect(decodeRedemptionCode(code)).toEqual(original);
    expect(decodeRedemptionCode(`  ${code.slice(0, 80)}\n${code.slice(80)} `)).toEqual(original);
  });

  test("keep the largest values of each field", async () => {
    const original = await signed({
      shopId: 2n ** 256n - 1n,
      stamps: 2 ** 32 - 1,
      nonce: 2n ** 256n - 1n,
      deadline: 2n ** 64n - 1n,
    });
    expect(decodeRedemptionCode(encodeRedemptionCode(original))).toEqual(original);
  });

  test.each([
    ["text that is not a code", "une baguette", "should start with GRL1-"],
    ["a truncated code", "GRL1-AAAA", "incomplete or too long"],
    ["characters outside base64url", "GRL1-***", "characters a code never has"],
  ])("reject %s with a reason", (_case, text, reason) => {
    expect(() => decodeRedemptionCode(text)).toThrow(InvalidRedemptionCodeError);
    expect(() => decodeRedemptionCode(text)).toThrow(reason);
  });

  test("reject a code with bytes too many", async () => {
    const code = encodeRedemptionCode(await signed());
    expect(() => decodeRedemptionCode(`${code}AAAA`)).toThrow("incomplete or too long");
  });
});
