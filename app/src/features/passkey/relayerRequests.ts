import type { BatchCall, Passkey } from "@grandrue/sdk";
import type { Address, Hex } from "viem";

/**
 * The relayer's HTTP contract (`relayer/README.md`) as far as passkey batches need it. To be replaced by the SDK's
 * `createRelayerClient` once the relayer branch lands; the payload shapes below are the ones it must accept.
 */

/** The relayer refused or failed the batch: `code` is one of the contract's (`BadSignature`, `FeeTooLow`, …). */
export class RelayerError extends Error {
  override name = "RelayerError";
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export type RelayerPolicy = {
  chainId: number;
  relayer: Address;
  acceptedTokens: { address: Address; symbol: string; decimals: number; minimumFee: string }[];
};

/**
 * `POST /intents` with `kind: "passkeyBatch"`: the calls the passkey signed, its nonce, deadline and signature, and,
 * when the account does not exist yet, the passkey and salt for the factory's `createAccountAndExecute`.
 */
export type PasskeyBatchIntent = {
  kind: "passkeyBatch";
  chainId: number;
  account: Address;
  calls: { to: Address; value: string; data: Hex }[];
  nonce: string;
  deadline: string;
  signature: Hex;
  create?: { factory: Address; passkey: Passkey; salt: Hex };
};

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json" } });
  } catch (error) {
    throw new RelayerError("Unreachable", `The relayer at ${new URL(url).origin} does not answer: ${String(error)}`);
  }
  const body = (await response.json().catch(() => ({}))) as T & { error?: { code?: string; message?: string } };
  if (!response.ok) {
    throw new RelayerError(body.error?.code ?? "Internal", body.error?.message ?? `HTTP ${response.status}`);
  }
  return body;
}

const base = (relayerUrl: string) => relayerUrl.replace(/\/$/, "");

/** `GET /policy`: the relayer's address, chain and the tokens it takes its fee in. */
export function getPolicy(relayerUrl: string): Promise<RelayerPolicy> {
  return call(`${base(relayerUrl)}/policy`);
}

/** `POST /quote`: the fee, in base units of `token`, to put in a passkey batch. */
export async function quotePasskeyBatch(relayerUrl: string, token: Address): Promise<bigint> {
  const { fee } = await call<{ fee: string }>(`${base(relayerUrl)}/quote`, {
    method: "POST",
    body: JSON.stringify({ kind: "passkeyBatch", token }),
  });
  return BigInt(fee);
}

/** The wire form of a batch's calls (amounts as decimal strings). */
export function wireCalls(calls: readonly BatchCall[]): PasskeyBatchIntent["calls"] {
  return calls.map((batchCall) => ({
    to: batchCall.to,
    value: (batchCall.value ?? 0n).toString(),
    data: batchCall.data ?? "0x",
  }));
}

/**
 * Submits a signed batch and waits until the relayer has sent its transaction.
 * @returns The transaction hash, to wait for its receipt on the chain.
 * @throws RelayerError when the relayer refuses the batch or its transaction fails.
 */
export async function relayPasskeyBatch(relayerUrl: string, intent: PasskeyBatchIntent): Promise<Hex> {
  const { id } = await call<{ id: string }>(`${base(relayerUrl)}/intents`, {
    method: "POST",
    body: JSON.stringify(intent),
  });
  for (;;) {
    const status = await call<{ status: string; transactionHash?: Hex; error?: { code: string; message: string } }>(
      `${base(relayerUrl)}/intents/${encodeURIComponent(id)}`,
    );
    if (status.status === "failed") {
      throw new RelayerError(status.error?.code ?? "Internal", status.error?.message ?? "the relayed batch failed");
    }
    if (status.transactionHash !== undefined) return status.transactionHash;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
