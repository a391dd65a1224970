/**
 * `npm run bench:relayer`: what one relayer account sustains on the local chain (in-process Hardhat, automine, in
 * the same process as the relayer): `INTENTS` buyers' signed checkouts (Circle's FiatToken V2_2 as EURC, permit pull,
 * the quoted fee) sent at once; intents per second from the first submission to the last receipt, p50/p95 from each
 * submission to its confirmed status, and the gas of a relayed checkout (permit and ERC-3009 pulls). Prints a table,
 * writes bench/results/relayer.json.
 */
import { loadavg } from "node:os";
import { createRelayerClient } from "@grandrue/sdk";
import { runCheckoutLoad } from "../test/relayer/helpers/checkoutLoad.ts";
import { createRelayerMarket } from "../test/relayer/helpers/relayerMarket.ts";
import { printTable, writeResults } from "./lib/results.ts";

const INTENTS = Number(process.env.GRANDRUE_BENCH_INTENTS ?? 100);

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

const market = await createRelayerMarket();
try {
  const relayer = await market.relayer();
  const load = await runCheckoutLoad(market, relayer.url, INTENTS);
  if (load.states.some((state) => state.status !== "confirmed")) throw new Error("an intent did not land");
  const gas = load.states.map((state) => Number(state.receipt!.gasUsed));
  const api = createRelayerClient({ url: relayer.url });
  const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
  const authorization = await market.signedCheckout(await market.buyer(), { fee, method: "Authorization" });
  const authorizationState = await api.waitForIntent((await api.submitIntent(authorization)).id, {
    pollIntervalMs: 10,
  });
  const results = {
    intents: INTENTS,
    intentsPerSecond: Number((INTENTS / (load.elapsedMs / 1000)).toFixed(1)),
    latencyMs: {
      p50: Math.round(percentile(load.latenciesMs, 0.5)),
      p95: Math.round(percentile(load.latenciesMs, 0.95)),
      max: Math.round(Math.max(...load.latenciesMs)),
    },
    gasPerCheckout: {
      permit: Math.round(gas.reduce((sum, value) => sum + value, 0) / gas.length),
      authorization: Number(authorizationState.receipt!.gasUsed),
    },
    quotedFee: { token: "EURC", baseUnits: Number(fee) },
    /** The machine's load (1-minute average) when the run ended: figures on a shared machine depend on it. */
    loadAverage: Number(loadavg()[0]!.toFixed(1)),
  };
  printTable(
    ["measure", "value"],
    [
      ["intents sent at once", INTENTS],
      ["intents per second (one account)", results.intentsPerSecond],
      ["submission → receipt p50 (ms)", results.latencyMs.p50],
      ["submission → receipt p95 (ms)", results.latencyMs.p95],
      ["gas per relayed checkout, permit", results.gasPerCheckout.permit],
      ["gas per relayed checkout, ERC-3009", results.gasPerCheckout.authorization],
      ["machine load average (1 min)", results.loadAverage],
    ],
  );
  console.log(`\nWritten to ${await writeResults("relayer", results)}`);
} finally {
  await market.close();
}
process.exit(0);
