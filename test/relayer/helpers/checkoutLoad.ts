import { createRelayerClient, type IntentState } from "@grandrue/sdk";
import { escrowAbi } from "@grandrue/sdk/abis";
import { type Address, parseUnits } from "viem";
import type { RelayerMarket } from "./relayerMarket.ts";

export type CheckoutLoad = {
  buyers: Address[];
  /** Each buyer's order amount, in the order of `buyers`. */
  amounts: bigint[];
  fee: bigint;
  states: IntentState[];
  /** Milliseconds from sending all intents to the last receipt. */
  elapsedMs: number;
  /** Per intent, milliseconds from its submission to its confirmed status being seen. */
  latenciesMs: number[];
  /** The `OrderPaid` events of the run: buyer and amount of each order the escrow recorded. */
  paid: { buyer: Address; amount: bigint }[];
};

/**
 * `count` buyers, each holding 100 EURC and no native coin, sign one checkout each (permit pull, the relayer's quoted
 * fee); all are sent to the relayer at `url` at once, then followed to their receipts.
 */
export async function runCheckoutLoad(market: RelayerMarket, url: string, count: number): Promise<CheckoutLoad> {
  const api = createRelayerClient({ url });
  const wallets = [];
  for (let index = 0; index < count; index++) wallets.push(await market.buyer(parseUnits("100", 6)));
  const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
  const amounts = wallets.map((_, index) => parseUnits("10", 6) + BigInt(index) * 1_000n);
  const intents = await Promise.all(
    wallets.map((wallet, index) => market.signedCheckout(wallet, { fee, amount: amounts[index]! })),
  );
  const fromBlock = (await market.client.getBlockNumber()) + 1n;
  const started = performance.now();
  const latenciesMs: number[] = [];
  const states = await Promise.all(
    intents.map(async (intent) => {
      const sent = performance.now();
      const { id } = await api.submitIntent(intent);
      const state = await api.waitForIntent(id, { pollIntervalMs: 100, timeoutMs: 300_000 });
      latenciesMs.push(performance.now() - sent);
      return state;
    }),
  );
  const elapsedMs = performance.now() - started;
  const logs = await market.client.getContractEvents({
    address: market.deployment.contracts.Escrow.address,
    abi: escrowAbi,
    eventName: "OrderPaid",
    fromBlock,
  });
  return {
    buyers: wallets.map((wallet) => wallet.account.address),
    amounts,
    fee,
    states,
    elapsedMs,
    latenciesMs,
    paid: logs.map((log) => ({ buyer: log.args.buyer!, amount: log.args.amount! })),
  };
}
