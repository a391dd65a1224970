/**
 * The relayer against an in-process chain with Circle's real FiatToken V2_2 as EURC: buyers holding EURC and no native
 * coin check out through it (permit and ERC-3009), and every refusal of relayer/README.md comes back with its code.
 */
import {
  allowancePull,
  buildOrderRequest,
  createRelayerClient,
  RelayerError,
  signCheckout,
  tokenPullMethods,
  toRelayerJson,
} from "@grandrue/sdk";
import { parseUnits } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRelayerKey } from "../../relayer/lib/keys/loadRelayerKey.ts";
import { randomDeliveryProof, uniqueDigest } from "../sdk/helpers/market.ts";
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

  it("refuses a malformed body, naming the field", async () => {
    const missing = await refusal(api.submitIntent({ kind: "checkout" } as never));
    expect(missing.code).toBe("BadRequest");
    expect(missing.status).toBe(400);
    expect(missing.message).toContain("buyer");
    const response = await fetch(`${relayer.url}/intents`, { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BadRequest");
  });

  it("refuses a signature that is not the buyer's", async () => {
    const [buyer, other] = [await market.buyer(), await market.buyer()];
    const intent = await market.signedCheckout(buyer, { fee: parseUnits("2", 6) });
    const error = await refusal(api.submitIntent({ ...intent, buyer: other.account.address }));
    expect(error.code).toBe("BadSignature");
    expect(error.details).toEqual({ signer: other.account.address });
  });

  it("refuses an expired deadline, and one too far away", async () => {
    const buyer = await market.buyer();
    const now = BigInt(await market.now());
    const expired = await refusal(
      api.submitIntent(await market.signedCheckout(buyer, { fee: parseUnits("2", 6), signedDeadline: now - 1n })),
    );
    expect(expired.code).toBe("DeadlineExpired");
    const tooFar = await refusal(
      api.submitIntent(await market.signedCheckout(buyer, { fee: parseUnits("2", 6), signedDeadline: now + 7200n })),
    );
    expect(tooFar.code).toBe("BadRequest");
    expect(tooFar.message).toContain("3600");
  });

  it("takes an intent once: the same nonce twice at once, then again after it landed, is NonceUsed", async () => {
    const buyer = await market.buyer();
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const intent = await market.signedCheckout(buyer, { fee });
    const results = await Promise.allSettled([api.submitIntent(intent), api.submitIntent(intent)]);
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(accepted).toHaveLength(1);
    expect(((refused[0] as PromiseRejectedResult).reason as RelayerError).code).toBe("NonceUsed");
    await api.waitForIntent((accepted[0] as PromiseFulfilledResult<{ id: string }>).value.id, { pollIntervalMs: 20 });
    const again = await refusal(api.submitIntent(intent));
    expect(again.code).toBe("NonceUsed");
    expect(again.status).toBe(409);
  });

  it("refuses a fee in a token it does not take, and a zero fee it does not sponsor", async () => {
    const buyer = await market.buyer();
    await market.fundBuyer(buyer.account.address);
    const request = await buildOrderRequest(market.client, market.deployment, {
      shopId: market.shopId,
      token: market.leman,
      amount: parseUnits("5", 18),
      itemsDigest: uniqueDigest(),
      codeHash: randomDeliveryProof().codeHash,
    });
    const signed = await signCheckout(buyer, market.deployment, {
      requests: [request],
      maxFee: 10n ** 16n,
      nonce: 0n,
      deadline: await market.deadline(),
    });
    const error = await refusal(
      api.submitIntent({ kind: "checkout", ...signed, fee: 10n ** 16n, tokenPull: allowancePull }),
    );
    expect(error.code).toBe("TokenNotAccepted");
    expect(error.details).toEqual({ token: market.leman });
    const sponsored = await refusal(api.submitIntent(await market.signedCheckout(buyer, { fee: 0n })));
    expect(sponsored.code).toBe("NotSponsored");
    expect(sponsored.status).toBe(402);
  });

  it("decodes a reverting simulation: a buyer without enough EURC", async () => {
    const buyer = await market.buyer(parseUnits("1", 6));
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const error = await refusal(api.submitIntent(await market.signedCheckout(buyer, { fee })));
    expect(error.code).toBe("SimulationReverted");
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ name: "Error", args: { message: "ERC20: transfer amount exceeds balance" } });
  });

  it("answers NotFound for an unknown intent or route", async () => {
    const error = await refusal(api.getIntentStatus("no-such-intent"));
    expect(error.code).toBe("NotFound");
    expect(error.status).toBe(404);
    expect((await fetch(`${relayer.url}/nothing`)).status).toBe(404);
  });

  it("limits requests per IP and intents per signer (429, Retry-After)", async () => {
    const strict = await market.relayer({
      settings: market.settings({ rateLimits: { perIpPerMinute: 1_000, perSignerPerMinute: 2 } }),
    });
    const strictApi = createRelayerClient({ url: strict.url });
    const buyer = await market.buyer();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const intent = await market.signedCheckout(buyer, { fee: MINIMUM_FEE - 1n, nonce: BigInt(attempt) });
      codes.push((await refusal(strictApi.submitIntent(intent))).code);
    }
    expect(codes).toEqual(["FeeTooLow", "FeeTooLow", "RateLimited"]);
    const perIp = await market.relayer({
      settings: market.settings({ rateLimits: { perIpPerMinute: 2, perSignerPerMinute: 100 } }),
    });
    const quote = () =>
      fetch(`${perIp.url}/quote`, {
        method: "POST",
        body: toRelayerJson({ kind: "checkout", token: market.eurc.token }),
      });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await quote()).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await fetch(`${perIp.url}/policy`)).status).toBe(200);
    const limited = await quote();
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RateLimited");
    expect(limited.headers.get("retry-after")).toBe("60");
  });

  it("allows any origin by default, and only the configured ones otherwise", async () => {
    const preflight = {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST" },
    };
    const open = await fetch(`${relayer.url}/intents`, preflight);
    expect(open.headers.get("access-control-allow-origin")).toBe("*");
    const closed = await market.relayer({ settings: market.settings({ corsOrigins: ["https://grandrue.example"] }) });
    const other = await fetch(`${closed.url}/intents`, preflight);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const own = await fetch(`${closed.url}/intents`, {
      ...preflight,
      headers: { ...preflight.headers, origin: "https://grandrue.example" },
    });
    expect(own.headers.get("access-control-allow-origin")).toBe("https://grandrue.example");
  });

  it("detects per token how the escrow can pull it: FiatToken all three, the local currency permit and allowance", async () => {
    expect(await tokenPullMethods(market.client, { token: market.eurc.token })).toEqual([
      "Authorization",
      "Permit",
      "Allowance",
    ]);
    expect(await tokenPullMethods(market.client, { token: market.leman })).toEqual(["Permit", "Allowance"]);
  });

  it("refuses the public dev key on any chain but the local one", async () => {
    await expect(loadRelayerKey({ kind: "dev" }, 1)).rejects.toThrow(/only 31337/);
    expect((await loadRelayerKey({ kind: "dev" }, 31337)).address).toBe("0x02484cb50AAC86Eae85610D6f4Bf026f30f6627D");
  });

  it("reads its key through Hardhat's configuration variables (keystore, or the environment first)", async () => {
    const key = generatePrivateKey();
    process.env.GRANDRUE_RELAYER_TEST_KEY = key;
    try {
      const account = await loadRelayerKey({ kind: "hardhatKeystore", variable: "GRANDRUE_RELAYER_TEST_KEY" }, 1);
      expect(account.address).toBe(privateKeyToAccount(key).address);
    } finally {
      delete process.env.GRANDRUE_RELAYER_TEST_KEY;
    }
  });
});
