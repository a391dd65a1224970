/**
 * The relayer against an in-process chain with Circle's real FiatToken V2_2 as EURC: buyers holding EURC and no native
 * coin check out through it (permit and ERC-3009), and every refusal of relayer/README.md comes back with its code.
 */
import { createRelayerClient, RelayerError } from "@grandrue/sdk";
import { parseUnits } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRelayerMarket, MINIMUM_FEE, type RelayerMarket } from "./helpers/relayerMarket.ts";

async function refusal(promise: Promise<unknown>): Promise<RelayerError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RelayerError);
  return error as RelayerError;
}

describe("relayer", () => {
  let market: RelayerMarket;
  let relayer: Awaited<ReturnType<RelayerMarket["relayer"]>>;
  let api: ReturnType<typeof createRelayerClient>;

  beforeAll(async () => {
    market = await createRelayerMarket();
    relayer = await market.relayer();
    api = createRelayerClient({ url: relayer.url });
  });
  afterAll(() => market?.close());

  it("states its policy and quotes a fee in EURC", async () => {
    const policy = await api.getPolicy();
    expect(policy.chainId).toBe(market.deployment.chainId);
    expect(policy.relayer).toBe(relayer.address);
    expect(policy.acceptedTokens).toEqual([
      { address: market.eurc.token, symbol: "EURC", decimals: 6, minimumFee: MINIMUM_FEE },
    ]);
    const quote = await api.quote({ kind: "checkout", token: market.eurc.token });
    expect(quote.fee).toBeGreaterThanOrEqual(MINIMUM_FEE);
    expect(quote.gasPrice).toBeGreaterThan(0n);
  });

  it("relays a permit checkout of a buyer without native coin, and is paid its fee", async () => {
    const buyer = await market.buyer();
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intent = await market.signedCheckout(buyer, { fee });
    const before = await market.balanceOf(relayer.address);
    const { id } = await api.submitIntent(intent);
    const seen: string[] = [];
    const done = await api.waitForIntent(id, { pollIntervalMs: 20, onStatus: (state) => seen.push(state.status) });
    expect(done.receipt?.status).toBe("success");
    expect(seen.at(-1)).toBe("confirmed");
    expect((await market.balanceOf(relayer.address)) - before).toBe(fee);
    expect(await market.client.getBalance({ address: buyer.account.address })).toBe(0n);
    console.log(`relayed permit checkout: ${done.receipt?.gasUsed} gas`);
  });

  it("relays an ERC-3009 authorization checkout", async () => {
    const buyer = await market.buyer();
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intent = await market.signedCheckout(buyer, { fee, method: "Authorization" });
    const { id } = await api.submitIntent(intent);
    const done = await api.waitForIntent(id, { pollIntervalMs: 20 });
    expect(done.status).toBe("confirmed");
    console.log(`relayed authorization checkout: ${done.receipt?.gasUsed} gas`);
  });

  it("refuses a fee below its minimum, and below the gas", async () => {
    const buyer = await market.buyer();
    const tooLow = await refusal(api.submitIntent(await market.signedCheckout(buyer, { fee: MINIMUM_FEE - 1n })));
    expect(tooLow.code).toBe("FeeTooLow");
    expect(tooLow.status).toBe(402);
    const belowGas = await refusal(api.submitIntent(await market.signedCheckout(buyer, { fee: MINIMUM_FEE })));
    expect(belowGas.code).toBe("FeeTooLow");
    expect(BigInt((belowGas.details as { required: string }).required)).toBeGreaterThan(MINIMUM_FEE);
  });
});
