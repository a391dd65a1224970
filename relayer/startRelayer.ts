import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Deployment } from "@grandrue/sdk";
import { serve } from "@hono/node-server";
import type { Address, LocalAccount, PublicClient } from "viem";
import { createApp } from "./lib/http/createApp.ts";
import { signerRateLimit } from "./lib/http/signerRateLimit.ts";
import { IntentStore } from "./lib/queue/intentStore.ts";
import { Submitter } from "./lib/queue/submitter.ts";
import type { RelayerSettings } from "./lib/settings.ts";

export type StartRelayerOptions = {
  /** A client of the chain the deployment is on (its `chain` set). */
  client: PublicClient;
  /** The relayer's submitting account: a local key (dev account, Hardhat keystore or keystore file). */
  account: LocalAccount;
  deployment: Deployment;
  settings: RelayerSettings;
  /** The SQLite file of the queue; the same file after a restart resumes where the last run stopped. */
  databasePath: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** How often receipts and the queue are looked at (default 250 ms). */
  pollIntervalMs?: number;
  log?: (line: string) => void;
};

export type RunningRelayer = {
  url: string;
  address: Address;
  store: IntentStore;
  /** Stops taking requests, lets the transaction being sent finish, closes the queue. */
  close(): Promise<void>;
};

/**
 * Starts a relayer: settles what a previous run left in the queue, then serves the HTTP API and sends the intents it
 * accepts from `account`, one nonce after the other.
 * @example const relayer = await startRelayer({ client, account, deployment, settings, databasePath: ".data/relayer.sqlite" })
 */
export async function startRelayer(options: StartRelayerOptions): Promise<RunningRelayer> {
  const { client, account, deployment, settings, log = () => {} } = options;
  const store = new IntentStore(options.databasePath);
  const submitter = new Submitter({
    client,
    account,
    store,
    pollIntervalMs: options.pollIntervalMs,
    replaceAfterMs: settings.replacement.afterSeconds * 1000,
    maxFeePerGas: settings.replacement.maxFeePerGas,
    log,
  });
  await submitter.start();
  const signers = signerRateLimit(settings.rateLimits.perSignerPerMinute);
  const app = createApp({
    client,
    deployment,
    relayer: account.address,
    settings,
    store,
    countSigner: signers.count,
    newId: randomUUID,
    onQueued: () => submitter.wake(),
    log,
  });
  const host = options.host ?? "127.0.0.1";
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
    server.once("error", reject);
  });
  return {
    url: `http://${host}:${port}`,
    address: account.address,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      signers.close();
      await submitter.stop();
      store.close();
    },
  };
}
