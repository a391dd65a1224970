import {
  createDeliveryCode,
  DELIVERY_CODE_ALPHABET,
  DELIVERY_CODE_LENGTH,
  DELIVERY_CODE_PURPOSE,
  deliveryCodeSeedTypedData,
  deriveDeliveryCode,
  formatDeliveryCode,
  InvalidDeliveryCodeError,
  InvalidSignatureError,
  normalizeDeliveryCode,
  recoverDeliveryCode,
  toCodeHash,
  toDeliveryProof,
} from "@grandrue/sdk";
import { keccak_256 } from "@noble/hashes/sha3.js";
import {
  bytesToHex,
  encodeAbiParameters,
  encodePacked,
  type Hex,
  hashStruct,
  keccak256,
  recoverTypedDataAddress,
  stringToBytes,
} from "viem";
import { describe, expect, test } from "vitest";
import { buyerAccount, CHAIN_ID, shopOwner } from "../privacy/fixtures.ts";

const DISPLAY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

async function seedSignature(account = buyerAccount): Promise<Hex> {
  return account.signTypedData(deliveryCodeSeedTypedData({ chainId: CHAIN_ID, account: account.address }));
}

describe("createDeliveryCode", () => {
  test("gives 16 characters from the unambiguous alphabet in groups of four", () => {
    expect(createDeliveryCode()).toMatch(DISPLAY_FORMAT);
  });

  test("carries at least 80 bits: 16 characters from 32 distinct symbols without I, L, O, U", () => {
    expect(new Set(DELIVERY_CODE_ALPHABET).size).toBe(32);
    expect(DELIVERY_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(DELIVERY_CODE_LENGTH * Math.log2(DELIVERY_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
  });

  test("gives a different code every time", () => {
    const codes = new Set(Array.from({ length: 1000 }, createDeliveryCode));
    expect(codes.size).toBe(1000);
  });

  test("uses every character of the alphabet", () => {
    const used = new Set(Array.from({ length: 200 }, createDeliveryCode).join("").replaceAll("-", ""));
    expect([...used].sort().join("")).toBe([...DELIVERY_CODE_ALPHABET].sort().join(""));
  });
});

describe("normalizeDeliveryCode", () => {
  test("accepts lower case, spaces and dashes as typed", () => {
    for (const typed of [
      "7K3M-Q9TX-B2RC-W5HN",
      "7k3m q9tx b2rc w5hn",
      " 7k3mq9tx-b2rcw5hn ",
      "7K3M-\tQ9TX-B2RC-W5HN",
    ]) {
      expect(normalizeDeliveryCode(typed)).toBe("7K3MQ9TXB2RCW5HN");
    }
  });

  test("reads O as zero and I or L as one", () => {
    expect(normalizeDeliveryCode("oIl0-1111-2222-3333")).toBe("0110111122223333");
  });

  test("rejects codes of the wrong length or with letters outside the alphabet, without echoing them", () => {
    for (const typed of [
      "7K3M-Q9TX-B2RC-W5H",
      "7K3M-Q9TX-B2RC-W5HNN",
      "",
      "7K3M-Q9TX-B2RC-W5HU",
      "7K3M-Q9TX-B2RC-W5H!",
      "7K3M-Q9TX-B2RC-W5H€",
      "x".repeat(10_000),
    ]) {
      expect(() => normalizeDeliveryCode(typed)).toThrow(InvalidDeliveryCodeError);
      try {
        normalizeDeliveryCode(typed);
      } catch (error) {
        if (typed.length > 0) expect((error as Error).message).not.toContain(typed);
      }
    }
  });

  test("formats a code for display in groups of four", () => {
    expect(formatDeliveryCode("7k3mq9txb2rcw5hn")).toBe("7K3M-Q9TX-B2RC-W5HN");
  });
});

describe("toDeliveryProof and toCodeHash", () => {
  test("map the normalized code to keccak256 of its UTF-8 bytes", () => {
    expect(toDeliveryProof("7K3M-Q9TX-B2RC-W5HN")).toBe(
      bytesToHex(keccak_256(new TextEncoder().encode("7K3MQ9TXB2RCW5HN"))),
    );
  });

  test("commit to keccak256(abi.encodePacked(bytes32 code)), as the contract checks", () => {
    const code = createDeliveryCode();
    const onChainValue = toDeliveryProof(code);
    expect(toCodeHash(code)).toBe(keccak256(encodePacked(["bytes32"], [onChainValue])));
    expect(toCodeHash(code)).toBe(keccak256(encodeAbiParameters([{ type: "bytes32" }], [onChainValue])));
  });

  test("give the same value for every way the courier may type the code", () => {
    const code = "7K3M-Q9TX-B2RC-W5HN";
    for (const typed of ["7k3mq9txb2rcw5hn", "7K3M Q9TX B2RC W5HN", "7k3m-q9tx-b2rc-w5hn"]) {
      expect(toDeliveryProof(typed)).toBe(toDeliveryProof(code));
      expect(toCodeHash(typed)).toBe(toCodeHash(code));
    }
    expect(toCodeHash("7K3M-Q9TX-B2RC-W5HP")).not.toBe(toCodeHash(code));
  });
});

describe("deriveDeliveryCode", () => {
  test("hashes the documented DeliveryCodeSeedRequest struct and is signable", async () => {
    const typedData = deliveryCodeSeedTypedData({ chainId: CHAIN_ID, account: buyerAccount.address });
    const typeHash = keccak256(stringToBytes("DeliveryCodeSeedRequest(string purpose,address account)"));
    const expected = keccak256(
      encodeAbiParameters(
        [{ type: "bytes32" }, { type: "bytes32" }, { type: "address" }],
        [typeHash, keccak256(stringToBytes(DELIVERY_CODE_PURPOSE)), buyerAccount.address],
      ),
    );
    expect(hashStruct({ data: typedData.message, primaryType: typedData.primaryType, types: typedData.types })).toBe(
      expected,
    );
    expect(await recoverTypedDataAddress({ ...typedData, signature: await seedSignature() })).toBe(
      buyerAccount.address,
    );
  });

  test("gives the same code from the same signature and nonce, on any device", async () => {
    const signature = await seedSignature();
    expect(await seedSignature()).toBe(signature);
    expect(deriveDeliveryCode(signature, 3n)).toBe(deriveDeliveryCode(signature, 3n));
    expect(deriveDeliveryCode(signature, 3n)).toMatch(DISPLAY_FORMAT);
  });

  test("gives different codes for different orders and different buyers", async () => {
    const signature = await seedSignature();
    const codes = new Set(Array.from({ length: 50 }, (_, nonce) => deriveDeliveryCode(signature, BigInt(nonce))));
    expect(codes.size).toBe(50);
    expect(deriveDeliveryCode(await seedSignature(shopOwner), 0n)).not.toBe(deriveDeliveryCode(signature, 0n));
  });

  test("rejects a nonce outside uint256 and a malformed signature", async () => {
    const signature = await seedSignature();
    expect(() => deriveDeliveryCode(signature, -1n)).toThrow(RangeError);
    expect(() => deriveDeliveryCode(signature, 1n << 256n)).toThrow(RangeError);
    expect(() => deriveDeliveryCode("0x1234", 0n)).toThrow(InvalidSignatureError);
  });
});

describe("recoverDeliveryCode", () => {
  test("finds the code of an order from its on-chain hash among candidate nonces", async () => {
    const signature = await seedSignature();
    const code = deriveDeliveryCode(signature, 7n);
    const codeHash = toCodeHash(code);
    expect(
      recoverDeliveryCode(
        signature,
        codeHash,
        Array.from({ length: 10 }, (_, nonce) => BigInt(nonce)),
      ),
    ).toBe(code);
    expect(recoverDeliveryCode(signature, codeHash.toUpperCase().replace("0X", "0x") as Hex, [7n])).toBe(code);
  });

  test("returns undefined when no candidate matches", async () => {
    const signature = await seedSignature();
    expect(recoverDeliveryCode(signature, toCodeHash(deriveDeliveryCode(signature, 7n)), [0n, 1n, 2n])).toBeUndefined();
  });
});
