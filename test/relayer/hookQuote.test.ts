/**
 * A buyer action's quote covers its order's hook: the escrow refuses to call a hook with less than its whole gas
 * allowance, so an order with one costs about 400,000 gas more. Asked with the order's hook, the relayer quotes it
 * (and not for an order without one); asked without, it quotes as if there were one.
 */
import {
  accept,
  createRelayerClient,
  getOrderState,
  type PaidOrder,
  paidOrdersFromLogs,
  type RelayerIntent,
  setOrderHook,
  signBuyerAction,
  signPermitPull,
} from "@grandrue/sdk";
import { type Address, getAddress, zeroAddress } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRelayerMarket, EURC_PER_NATIVE, type RelayerMarket } from "./helpers/relayerMarket.ts";

/** An address without code: the escrow still reserves the hook's whole allowance before calling it. */
const HOOK = getAddress("0x000000000000000000000000000000000000dEaD");

describe("relayer: quotes of buyer actions on orders with a hook", () => {
  let market: RelayerMarket;
  let api: ReturnType<typeof createRelayerClient>;

  beforeAll(async () => {
    market = await createRelayerMarket();
    api = createRelayerClient({ url: (await market.relayer()).url });
  });
  afterAll(() => market?.close());

  async function relay(intent: RelayerIntent) {
    const { id } = await api.submitIntent(intent);
    return api.waitForIntent(id, { pollIntervalMs: 20 });
  }

  async function acceptedOrder(buyer: Awaited<ReturnType<RelayerMarket["buyer"]>>): Promise<PaidOrder> {
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const done = await relay(await market.signedCheckout(buyer, { fee }));
    const receipt = await market.client.getTransactionReceipt({ hash: done.transactionHash! });
    const order = paidOrdersFromLogs(receipt.logs)[0]!;
    await accept(market.accounts.secondMerchant, market.deployment, { terms: order.terms });
    return order;
  }

  async function signedRelease(owner: Awaited<ReturnType<RelayerMarket["buyer"]>>, order: PaidOrder, fee: bigint) {
    const deadline = await market.deadline();
    const signed = await signBuyerAction(owner, market.deployment, {
      action: "Release",
      terms: order.terms,
      maxFee: fee,
      nonce: 1n,
      deadline,
    });
    const feePull = await signPermitPull(owner, market.deployment, { token: market.eurc.token, value: fee, deadline });
    return { kind: "buyerAction" as const, ...signed, fee, feePull };
  }

  /** Quotes a release of `order` (with its hook, or without saying), relays it at that fee; the gas quoted and used. */
  async function releaseAtQuote(
    owner: Awaited<ReturnType<RelayerMarket["buyer"]>>,
    order: PaidOrder,
    hook: Address | undefined,
  ) {
    const { fee, gasPrice } = await api.quote({ kind: "buyerAction", token: market.eurc.token, hook });
    const done = await relay(await signedRelease(owner, order, fee));
    expect(done.status).toBe("confirmed");
    expect((await getOrderState(market.client, market.deployment, { orderId: order.orderId })).status).toBe(
      "Completed",
    );
    return { quotedGas: (fee * 10n ** 18n) / (gasPrice * EURC_PER_NATIVE), usedGas: done.receipt!.gasUsed };
  }

  it("quotes the hook's gas only for an order with one, and always when not told", async () => {
    const [plainBuyer, hookBuyer, untoldBuyer] = [await market.buyer(), await market.buyer(), await market.buyer()];
    const plain = await acceptedOrder(plainBuyer);
    await setOrderHook(market.accounts.secondMerchant, market.deployment, { shopId: market.shopId, hook: HOOK });
    const hooked = await acceptedOrder(hookBuyer);
    const untoldHooked = await acceptedOrder(untoldBuyer);
    expect(hooked.terms.hook).toBe(HOOK);

    // Quoted as an order without a hook, the release of an order with one is refused: what the app met before.
    const { fee: tooLow, gasPrice } = await api.quote({
      kind: "buyerAction",
      token: market.eurc.token,
      hook: zeroAddress,
    });
    const refused = await api.submitIntent(await signedRelease(untoldBuyer, untoldHooked, tooLow)).catch((e) => e);
    expect(refused).toMatchObject({ code: "FeeTooLow" });
    const required = BigInt((refused.details as { required: string }).required);
    console.log(`release with a hook: required ${(required * 10n ** 18n) / (gasPrice * EURC_PER_NATIVE)} gas`);

    const withoutHook = await releaseAtQuote(plainBuyer, plain, zeroAddress);
    const withHook = await releaseAtQuote(hookBuyer, hooked, HOOK);
    const untold = await releaseAtQuote(untoldBuyer, untoldHooked, undefined);
    console.log(
      `release without hook: quoted ${withoutHook.quotedGas} gas, used ${withoutHook.usedGas}; ` +
        `with a hook: quoted ${withHook.quotedGas}, used ${withHook.usedGas}; ` +
        `hook not told: quoted ${untold.quotedGas}, used ${untold.usedGas}`,
    );
    expect(withHook.quotedGas).toBeGreaterThan(withoutHook.quotedGas + 400_000n);
    expect(untold.quotedGas).toBe(withHook.quotedGas);
  });
});
