/**
 * A stuck transaction is replaced: with automine off and the base fee raised far above the first transaction's
 * `maxFeePerGas`, it stays pending; the relayer re-signs the same nonce at higher fees, the replacement lands, the
 * intents after it land in order, each once — across a restart while the replacement is pending.
 */
import { createRelayerClient, type IntentState } from "@grandrue/sdk";
import { type Hash, parseGwei } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRelayerMarket, type RelayerMarket } from "./helpers/relayerMarket.ts";

describe("relayer: stuck transactions", () => {
  let market: RelayerMarket;

  beforeAll(async () => {
    market = await createRelayerMarket();
  });
  afterAll(() => market?.close());

  const rpc = (method: string, params: unknown[] = []) =>
    market.connection.provider.request({ method, params } as never) as Promise<unknown>;

  async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const value = await read();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  it("re-sends the same nonce at a higher fee, records the hash that landed, sends nothing twice", async () => {
    const settings = market.settings({ replacement: { afterSeconds: 1, maxFeePerGas: parseGwei("1000") } });
    const first = await market.relayer({ settings });
    let api = createRelayerClient({ url: first.url });
    const buyers = await Promise.all([market.buyer(), market.buyer(), market.buyer()]);
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intents = await Promise.all(buyers.map((buyer) => market.signedCheckout(buyer, { fee: fee * 100n })));
    const startNonce = await market.client.getTransactionCount({ address: first.address });

    await rpc("evm_setAutomine", [false]);
    const stuckId = (await api.submitIntent(intents[0]!)).id;
    const original = await until(async () => {
      const state = await api.getIntentStatus(stuckId);
      return state.status === "submitted" ? state.transactionHash : undefined;
    }, "the first transaction");
    const { maxFeePerGas } = await market.client.getTransaction({ hash: original! });
    // A block whose base fee is far above what the first transaction offers: it stays out of it.
    await rpc("hardhat_setNextBlockBaseFeePerGas", [`0x${(maxFeePerGas! * 20n).toString(16)}`]);
    await rpc("evm_mine");
    const laterIds = [(await api.submitIntent(intents[1]!)).id, (await api.submitIntent(intents[2]!)).id];

    // Replaced after a second; then the relayer restarts on the same queue while the replacement is pending.
    const replaced = await until(async () => {
      const hash = first.store.get(stuckId)!.transaction!.hash;
      return hash !== original ? hash : undefined;
    }, "the replacement");
    expect(first.store.get(stuckId)!.transaction!.replaced).toEqual([original]);
    await first.close();
    const second = await market.relayer({ settings, databasePath: first.databasePath, privateKey: first.privateKey });
    api = createRelayerClient({ url: second.url });

    const ids = [stuckId, ...laterIds];
    const finals = await until(async () => {
      await rpc("evm_mine");
      const states = await Promise.all(ids.map((id) => api.getIntentStatus(id)));
      return states.every((state) => state.status === "confirmed") ? states : undefined;
    }, "every intent confirmed");
    await rpc("evm_setAutomine", [true]);

    const landed = finals[0]!.transactionHash as Hash;
    expect(landed).not.toBe(original);
    const [originalTx, landedTx] = await Promise.all([
      market.client.getTransaction({ hash: original! }).catch(() => undefined),
      market.client.getTransaction({ hash: landed }),
    ]);
    expect(originalTx?.blockNumber ?? null).toBeNull();
    expect(landedTx.nonce).toBe(startNonce);
    expect(landedTx.maxFeePerGas! * 10n).toBeGreaterThanOrEqual(maxFeePerGas! * 11n);
    const nonces = await Promise.all(
      finals.map(
        async (state: IntentState) => (await market.client.getTransaction({ hash: state.transactionHash! })).nonce,
      ),
    );
    expect(nonces).toEqual([startNonce, startNonce + 1, startNonce + 2]);
    // Three intents, three transactions from the relayer: nothing sent twice, nothing dropped.
    expect(await market.client.getTransactionCount({ address: first.address })).toBe(startNonce + 3);
    console.log(
      `stuck ${original} (max fee ${maxFeePerGas} wei) replaced by ${replaced}, landed ${landed} ` +
        `(max fee ${landedTx.maxFeePerGas} wei)`,
    );
  });
});
