/**
 * The relayer's queue survives a crash: killed with SIGKILL while transactions are pending and intents queued, the
 * relayer started again on the same SQLite file sends every accepted intent exactly once; and a transaction signed
 * and written down but never broadcast is broadcast after the restart, byte for byte.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRelayerClient, type IntentState, toRelayerJson } from "@grandrue/sdk";
import { escrowAbi } from "@grandrue/sdk/abis";
import { encryptKeystoreJson } from "ethers";
import { type EIP1193Provider, keccak256 } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planIntent } from "../../relayer/lib/intents/planIntent.ts";
import { IntentStore } from "../../relayer/lib/queue/intentStore.ts";
import { createRelayerMarket, EURC_PER_NATIVE, MINIMUM_FEE, type RelayerMarket } from "./helpers/relayerMarket.ts";
import { serveProvider } from "./helpers/rpcBridge.ts";

/** Starts `relayer/main.ts` as a child process and resolves with its URL once it listens. */
function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn("node_modules/.bin/node", ["--conditions=grandrue-source", "relayer/main.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (chunk) => {
    errors += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const url = /on (http:\/\/[\d.:]+)/.exec(chunk.toString())?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`The relayer exited (${code}): ${errors}`)));
  });
}

describe("relayer restart", () => {
  let market: RelayerMarket;
  let bridge: Awaited<ReturnType<typeof serveProvider>>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    market = await createRelayerMarket();
    bridge = await serveProvider(market.connection.provider as unknown as EIP1193Provider);
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await bridge?.close();
    await market?.close();
  });

  const rpc = (method: string, params: unknown[] = []) =>
    market.connection.provider.request({ method, params } as never) as Promise<unknown>;

  it("sends every intent accepted before a SIGKILL exactly once after the restart", async () => {
    const privateKey = generatePrivateKey();
    const relayerAddress = privateKeyToAccount(privateKey).address;
    await market.networkHelpers.setBalance(relayerAddress, 10n ** 20n);
    const keystorePath = join(market.directory, "relayer-key.json");
    writeFileSync(
      keystorePath,
      await encryptKeystoreJson({ address: relayerAddress, privateKey }, "correct horse", { scrypt: { N: 1024 } }),
    );
    const settingsPath = join(market.directory, "relayer-settings.json");
    writeFileSync(
      settingsPath,
      toRelayerJson({
        tokens: [
          {
            address: market.eurc.token,
            symbol: "EURC",
            decimals: 6,
            minimumFee: MINIMUM_FEE,
            nativePrice: EURC_PER_NATIVE,
          },
        ],
        rateLimits: { perIpPerMinute: 10_000, perSignerPerMinute: 100 },
      }),
    );
    const deploymentPath = join(market.directory, "deployment.json");
    writeFileSync(deploymentPath, JSON.stringify(market.deployment));
    const env = {
      GRANDRUE_RELAYER_RPC_URL: bridge.url,
      GRANDRUE_RELAYER_SETTINGS: settingsPath,
      GRANDRUE_RELAYER_DEPLOYMENT: deploymentPath,
      GRANDRUE_RELAYER_DB: join(market.directory, "restart.sqlite"),
      GRANDRUE_RELAYER_PORT: "0",
      GRANDRUE_RELAYER_KEYSTORE: keystorePath,
      GRANDRUE_RELAYER_KEYSTORE_PASSWORD: "correct horse",
    };
    const first = await startChild(env);
    children.push(first.child);
    const api = createRelayerClient({ url: first.url });
    const fromBlock = await market.client.getBlockNumber();

    const count = 12;
    const buyers = await Promise.all(Array.from({ length: count }, () => market.buyer()));
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intents = await Promise.all(buyers.map((buyer) => market.signedCheckout(buyer, { fee })));
    await rpc("evm_setAutomine", [false]);
    const ids = (await Promise.all(intents.map((intent) => api.submitIntent(intent)))).map(({ id }) => id);
    // Kill it once half its transactions are out (pending: nothing mines), the other half still queued.
    for (;;) {
      if ((await api.getIntentStatus(ids[count / 2 - 1]!)).status === "submitted") break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    const atCrash = new IntentStore(env.GRANDRUE_RELAYER_DB);
    const counts = atCrash.counts();
    atCrash.close();
    expect(counts.submitted).toBeGreaterThan(0);
    expect(counts.submitted + counts.queued).toBe(count);
    console.log(`killed with ${counts.submitted} transactions pending and ${counts.queued} intents queued`);
    await rpc("evm_mine");
    await rpc("evm_setAutomine", [true]);

    const second = await startChild({ ...env, GRANDRUE_RELAYER_PORT: "0" });
    children.push(second.child);
    const again = createRelayerClient({ url: second.url });
    const states: IntentState[] = await Promise.all(ids.map((id) => again.waitForIntent(id, { pollIntervalMs: 50 })));
    expect(states.map((state) => state.status)).toEqual(ids.map(() => "confirmed"));
    expect(new Set(states.map((state) => state.transactionHash)).size).toBe(count);

    const logs = await market.client.getContractEvents({
      address: market.deployment.contracts.Escrow.address,
      abi: escrowAbi,
      eventName: "OrderPaid",
      fromBlock,
    });
    expect(logs.map((log) => log.args.buyer).sort()).toEqual(buyers.map((buyer) => buyer.account.address).sort());
    expect(await market.client.getTransactionCount({ address: relayerAddress })).toBe(count);
    expect(await market.balanceOf(relayerAddress)).toBe(fee * BigInt(count));
    second.child.kill("SIGTERM");
  });

  it("broadcasts after a restart a transaction it had signed and written down but not sent", async () => {
    const relayer = await market.relayer();
    const databasePath = relayer.databasePath;
    const api = createRelayerClient({ url: relayer.url });
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intent = await market.signedCheckout(await market.buyer(), { fee });
    await relayer.close();

    // What the submitter writes just before a broadcast, as if the process died between the two.
    const account = privateKeyToAccount(relayer.privateKey);
    const plan = planIntent(intent, {
      deployment: market.deployment,
      relayer: account.address,
      acceptedTokens: [market.eurc.token],
    });
    const store = new IntentStore(databasePath);
    store.insert({
      id: "signed-not-sent",
      kind: "checkout",
      signer: plan.signer,
      nonceKey: `${plan.nonce.contract}:${plan.signer}:${plan.nonce.value}`,
      sponsoredCost: 0n,
      deadline: plan.deadline,
      call: plan.call,
      gas: 400_000n,
    });
    const fees = await market.client.estimateFeesPerGas();
    const nonce = await market.client.getTransactionCount({ address: account.address });
    const raw = await account.signTransaction({
      type: "eip1559",
      chainId: market.deployment.chainId,
      ...plan.call,
      gas: 400_000n,
      nonce,
      ...fees,
    });
    store.markSubmitted("signed-not-sent", { nonce, raw, hash: keccak256(raw) });
    store.close();

    const restarted = await market.relayer({ databasePath, privateKey: relayer.privateKey });
    const state = await createRelayerClient({ url: restarted.url }).waitForIntent("signed-not-sent", {
      pollIntervalMs: 20,
    });
    expect(state.transactionHash).toBe(keccak256(raw));
    expect(state.receipt?.status).toBe("success");
    expect(await market.client.getTransactionCount({ address: account.address })).toBe(nonce + 1);
  });
});
