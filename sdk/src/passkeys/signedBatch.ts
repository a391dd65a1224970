import {
  type Address,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  type Hex,
  hashTypedData,
  zeroHash,
} from "viem";
import { passkeyAccountAbi } from "../generated/abis/passkeyAccount.ts";
import { passkeyAccountFactoryAbi } from "../generated/abis/passkeyAccountFactory.ts";
import type { Passkey } from "./passkey.ts";

/** One call of a signed batch; the account is its `msg.sender`. */
export type BatchCall = { to: Address; value?: bigint; data?: Hex };

/** What a passkey signs for the account to run: calls, a nonce and a deadline. */
export type SignedBatch = {
  calls: readonly BatchCall[];
  /** `key << 64 | sequence` (see {@link batchNonce}): the next value of one of the account's nonce sequences. */
  nonce: bigint;
  /** Unix seconds after which the batch cannot run. */
  deadline: bigint;
};

/** The ERC-7821 mode of `execute`: a batch with opData (nonce, deadline, signature). */
export const SIGNED_BATCH_MODE: Hex = "0x0100000000007821000100000000000000000000000000000000000000000000";

/** The account's EIP-712 domain name and version; the chain id and the account's address complete it. */
export const PASSKEY_ACCOUNT_DOMAIN = { name: "Grandrue Passkey Account", version: "1" } as const;

const EXECUTE_TYPES = {
  Execute: [
    { name: "calls", type: "Call[]" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
  Call: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
  ],
} as const;

const CALLS_PARAMETER = {
  type: "tuple[]",
  components: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
  ],
} as const;

function normalised(calls: readonly BatchCall[]) {
  return calls.map((call) => ({ to: call.to, value: call.value ?? 0n, data: call.data ?? "0x" }));
}

/**
 * A nonce from a sequence `key` (192 bits) and its next value `sequence` (64 bits). Key 0 is the cheapest (one warm
 * slot); independent batches (two tabs, two relayers) can each use their own key so neither waits for the other.
 */
export function batchNonce(key: bigint, sequence: bigint): bigint {
  if (key < 0n || key >= 1n << 192n || sequence < 0n || sequence >= 1n << 64n) {
    throw new RangeError("a nonce key has 192 bits and its sequence 64");
  }
  return (key << 64n) | sequence;
}

/**
 * The WebAuthn challenge for `batch` on `account`: the EIP-712 digest the account checks (`executionDigest`), to pass
 * as the 32 raw bytes of `navigator.credentials.get({ publicKey: { challenge } })`. Works before the account exists.
 * @example const challenge = signedBatchChallenge({ account, chainId, calls, nonce: 0n, deadline })
 */
export function signedBatchChallenge(parameters: SignedBatch & { account: Address; chainId: number }): Hex {
  return hashTypedData({
    domain: { ...PASSKEY_ACCOUNT_DOMAIN, chainId: parameters.chainId, verifyingContract: parameters.account },
    types: EXECUTE_TYPES,
    primaryType: "Execute",
    message: { calls: normalised(parameters.calls), nonce: parameters.nonce, deadline: parameters.deadline },
  });
}

function executionData(batch: SignedBatch, signature: Hex): Hex {
  const opData = encodePacked(["uint256", "uint256", "bytes"], [batch.nonce, batch.deadline, signature]);
  return encodeAbiParameters([CALLS_PARAMETER, { type: "bytes" }], [normalised(batch.calls), opData]);
}

/**
 * Calldata of the account's `execute` for a batch signed with `signature` (from {@link encodePasskeySignature}): what
 * a relayer sends to the account once it exists.
 * @example await relayer.sendTransaction({ to: account, data: encodeExecute({ ...batch, signature }) })
 */
export function encodeExecute(parameters: SignedBatch & { signature: Hex }): Hex {
  return encodeFunctionData({
    abi: passkeyAccountAbi,
    functionName: "execute",
    args: [SIGNED_BATCH_MODE, executionData(parameters, parameters.signature)],
  });
}

/**
 * Calldata of the factory's `createAccountAndExecute`: creates the account if it does not exist yet, then runs the
 * batch, in one transaction (the first relayed action of a new shopper).
 * @example await relayer.sendTransaction({ to: factory, data: encodeCreateAccountAndExecute({ passkey, ...batch, signature }) })
 */
export function encodeCreateAccountAndExecute(
  parameters: SignedBatch & { passkey: Passkey; salt?: Hex; signature: Hex },
): Hex {
  return encodeFunctionData({
    abi: passkeyAccountFactoryAbi,
    functionName: "createAccountAndExecute",
    args: [
      parameters.passkey,
      parameters.salt ?? zeroHash,
      SIGNED_BATCH_MODE,
      executionData(parameters, parameters.signature),
    ],
  });
}
