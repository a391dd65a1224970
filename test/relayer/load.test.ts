/**
 * Load: 50 buyers' signed checkouts sent at once to one relayer (one account) all land, each exactly once, and the
 * escrow's accounting is exact afterwards: its balance, every buyer's, the relayer's fees, one order per buyer.
 */
import { getOrderState, paidOrdersFromLogs } from "@grandrue/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckoutLoad } from "./helpers/checkoutLoad.ts";
import { createRelayerMarket, type RelayerMarket } from "./helpers/relayerMarket.ts";

const BUYERS = 50;

describe("relayer under load", () => {
  let market: RelayerMarket;

  beforeAll(async () => {
    market = await createRelayerMarket();
  });
  afterAll(() => market?.close());

  it(`lands ${BUYERS} checkouts sent at once, each exactly once, with exact accounting`, async () => {
    const relayer = await market.relayer();
    const escrow = market.deployment.contracts.Escrow.address;
    const escrowBefore = await market.balanceOf(escrow);
    const load = await runCheckoutLoad(market, relayer.url, BUYERS);

    expect(load.states.map((state) => state.status)).toEqual(load.states.map(() => "confirmed"));
    expect(new Set(load.states.map((state) => state.transactionHash)).size).toBe(BUYERS);
    expect(await market.client.getTransactionCount({ address: relayer.address })).toBe(BUYERS);
    // One order per buyer, for the amount that buyer signed.
    const expected = load.buyers.map((buyer, index) => ({ buyer, amount: load.amounts[index]! }));
    const byBuyer = (a: { buyer: string }, b: { buyer: string }) => a.buyer.localeCompare(b.buyer);
    expect([...load.paid].sort(byBuyer)).toEqual([...expected].sort(byBuyer));

    const total = load.amounts.reduce((sum, amount) => sum + amount, 0n);
    expect((await market.balanceOf(escrow)) - escrowBefore).toBe(total);
    expect(await market.balanceOf(relayer.address)).toBe(load.fee * BigInt(BUYERS));
    for (const [index, buyer] of load.buyers.entries()) {
      expect(await market.balanceOf(buyer)).toBe(100_000_000n - load.amounts[index]! - load.fee);
      expect(await market.client.getBalance({ address: buyer })).toBe(0n);
    }
    const receipt = await market.client.getTransactionReceipt({ hash: load.states[0]!.transactionHash! });
    const [order] = paidOrdersFromLogs(receipt.logs);
    expect((await getOrderState(market.client, market.deployment, { orderId: order!.orderId })).status).toBe("Paid");
    console.log(`${BUYERS} checkouts in ${(load.elapsedMs / 1000).toFixed(2)} s`);
  });
});
