import {
  type BatchCall,
  encodePasskeySignature,
  getPasskeyAccountState,
  passkeyAccountAddress,
  signedBatchChallenge,
  typedDataChallenge,
  wrapTypedDataForAccount,
} from "@grandrue/sdk";
import {
  type Address,
  bytesToHex,
  type Chain,
  createClient,
  type EIP1193RequestFn,
  type Hex,
  http,
  numberToHex,
  ProviderRpcError,
  type TypedDataDefinition,
  UnsupportedProviderMethodError,
  UserRejectedRequestError,
  zeroHash,
} from "viem";
import { getBlock } from "viem/actions";
import type { StoredPasskey } from "./passkeyStore.ts";
import { deviceSecret, isSeedRequest, knownPrfSecret, rememberPrfSecret, seedSignature } from "./privacySeed.ts";
import { chooseBatchRelayer, relayBatch } from "./relayBatch.ts";
import { type Assertion, getAssertion, PasskeyCancelledError } from "./webauthn.ts";

/** How long a signed batch stays valid for the relayer to submit. */
const BATCH_LIFETIME_SECONDS = 600n;

export type PasskeyWalletOptions = {
  chain: Chain;
  /** The chain's `PasskeyAccountFactory`. */
  factory: Address;
  /** The relayers that submit the account's batches, tried in order (read at each batch: the shopper may change them). */
  relayers: () => readonly string[];
  /** The relying party: the page's host name (`localhost` in development, never an IP address). */
  rpId: string;
  /** The passkey to sign with (the one the wallet menu connected). */
  passkey: () => StoredPasskey | undefined;
};

/** A raw JSON-RPC receipt, passed through to EIP-5792 `wallet_getCallsStatus` as the node gave it. */
type RpcReceipt = {
  status: Hex;
  blockHash: Hex;
  blockNumber: Hex;
  gasUsed: Hex;
  transactionHash: Hex;
  logs: unknown[];
};

/**
 * The EIP-1193 provider of a passkey account: every transaction or EIP-5792 call batch becomes one signed batch (one
 * passkey prompt) that a relayer submits, paying itself in euros inside the batch; typed data are signed for the
 * account with ERC-7739, except the app's seed requests, answered from the passkey's PRF secret. Reads go to the
 * chain's RPC.
 */
export function createPasskeyProvider(options: PasskeyWalletOptions): { request: EIP1193RequestFn } {
  const { chain, factory, rpId } = options;
  const rpc = http(chain.rpcUrls.default.http[0])({ chain });
  // A bare client with only the actions imported below: createPublicClient would bring viem's every public action
  // (ENS avatars and their gateway hosts included) into the page.
  const client = createClient({ chain, transport: http(chain.rpcUrls.default.http[0]) });

  function current(): StoredPasskey {
    const stored = options.passkey();
    if (stored === undefined)
      throw new ProviderRpcError(new Error("No passkey is connected"), {
        code: 4100,
        shortMessage: "No passkey is connected",
      });
    return stored;
  }
  const accountOf = async (stored: StoredPasskey) =>
    getPasskeyAccountState(client, {
      factory,
      passkey: stored.passkey,
      ...(stored.account !== undefined && { account: stored.account }),
    });

  async function prompt(stored: StoredPasskey, challenge: Hex): Promise<Assertion> {
    const assertion = await getAssertion({ rpId, credentialId: stored.credentialId, challenge });
    if (assertion.prf !== undefined) rememberPrfSecret(stored.credentialId, assertion.prf);
    return assertion;
  }

  async function sendBatch(calls: readonly BatchCall[]): Promise<Hex> {
    const stored = current();
    const state = await accountOf(stored);
    const relayer = await chooseBatchRelayer(client, options.relayers(), state.address);
    const { timestamp } = await getBlock(client);
    const lifetime = BigInt(Math.min(Number(BATCH_LIFETIME_SECONDS), relayer.policy.maxDeadlineSeconds));
    const batch = { calls: [...calls, ...relayer.feeCalls], nonce: state.nonce, deadline: timestamp + lifetime };
    const assertion = await prompt(
      stored,
      signedBatchChallenge({ account: state.address, chainId: chain.id, ...batch }),
    );
    const signature = encodePasskeySignature(stored.passkey, assertion);
    return relayBatch(relayer.client, {
      kind: "passkeyBatch",
      account: state.address,
      ...batch,
      signature,
      ...(!state.isDeployed && { create: { factory, passkey: stored.passkey, salt: zeroHash } }),
    });
  }

  async function signTypedData(typedData: TypedDataDefinition): Promise<Hex> {
    const stored = current();
    if (isSeedRequest(typedData)) {
      if (!stored.hasPrf) return seedSignature(deviceSecret(stored.credentialId), typedData);
      let secret = knownPrfSecret(stored.credentialId);
      if (secret === undefined) {
        // Any challenge will do: only the PRF output of this prompt is used, the signature is thrown away.
        const challenge = bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
        secret = (await prompt(stored, challenge)).prf ?? deviceSecret(stored.credentialId);
      }
      return seedSignature(secret, typedData);
    }
    const { address } = await accountOf(stored);
    const assertion = await prompt(stored, typedDataChallenge({ account: address, chainId: chain.id, typedData }));
    return wrapTypedDataForAccount({ typedData, signature: encodePasskeySignature(stored.passkey, assertion) });
  }

  const request = async ({ method, params }: { method: string; params?: unknown }): Promise<unknown> => {
    const args = (params ?? []) as unknown[];
    switch (method) {
      case "eth_chainId":
        return numberToHex(chain.id);
      case "eth_accounts":
      case "eth_requestAccounts": {
        const stored = options.passkey();
        if (stored === undefined) return [];
        return [stored.account ?? passkeyAccountAddress({ factory, passkey: stored.passkey })];
      }
      case "eth_sendTransaction": {
        const [transaction] = args as [{ to: Address; data?: Hex; value?: Hex }];
        return sendBatch([
          { to: transaction.to, data: transaction.data ?? "0x", value: BigInt(transaction.value ?? 0) },
        ]);
      }
      case "wallet_sendCalls": {
        const [{ calls }] = args as [{ calls: { to: Address; data?: Hex; value?: Hex }[] }];
        const hash = await sendBatch(
          calls.map((batchCall) => ({
            to: batchCall.to,
            data: batchCall.data ?? "0x",
            value: BigInt(batchCall.value ?? 0),
          })),
        );
        return { id: hash };
      }
      case "wallet_getCallsStatus": {
        const [id] = args as [Hex];
        const receipt = (await rpc.request({ method: "eth_getTransactionReceipt", params: [id] })) as RpcReceipt | null;
        return {
          version: "2.0.0",
          id,
          chainId: numberToHex(chain.id),
          atomic: true,
          status: receipt === null ? 100 : receipt.status === "0x1" ? 200 : 500,
          receipts: receipt === null ? [] : [receipt],
        };
      }
      case "wallet_getCapabilities":
        return { [numberToHex(chain.id)]: { atomic: { status: "supported" } } };
      case "eth_signTypedData_v4": {
        const [, json] = args as [Address, string];
        return signTypedData(JSON.parse(json) as TypedDataDefinition);
      }
      case "wallet_switchEthereumChain":
        return null;
      case "personal_sign":
      case "eth_sign":
      case "eth_signTransaction":
        throw new UnsupportedProviderMethodError(new Error(`A passkey account does not support ${method}`));
      default:
        return rpc.request({ method, params } as never);
    }
  };
  const requestWithPlainErrors = async (args: { method: string; params?: unknown }) => {
    try {
      return await request(args);
    } catch (error) {
      // A closed passkey prompt is the wallet's "declined" (EIP-1193 4001): the app says so in plain words.
      if (error instanceof PasskeyCancelledError) throw new UserRejectedRequestError(error);
      throw error;
    }
  };
  return { request: requestWithPlainErrors as EIP1193RequestFn };
}
