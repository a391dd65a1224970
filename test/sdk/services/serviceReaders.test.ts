import {
  accept,
  attestLabel,
  claimStamps,
  getAllLabels,
  getLabelIssuers,
  getLoyaltyProgram,
  getStampedOrders,
  registerLabelIssuer,
  registerLoyaltyProgram,
  release,
  revokeLabel,
  updateLabelIssuer,
  updateLoyaltyReward,
} from "@grandrue/sdk";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";
import { deployServices, type Services } from "./helpers/deployServices.ts";

let market: Market;
let services: Services;
let secondShopId: bigint;

beforeAll(async () => {
  market = await createMarket();
  services = await deployServices(market);
  secondShopId = await market.openShop(market.accounts.secondMerchant);
});

describe("getLabelIssuers", () => {
  test("lists every registered issuer once, in registration order, with its latest name and profile and since when", async () => {
    const { courier, mediator } = market.accounts;
    expect(await getLabelIssuers(market.publicClient, services.labels)).toEqual([]);
    await registerLabelIssuer(courier, services.labels, { name: "Bio Certif", profileCid: cidOf("bio v1") });
    const bioSince = await market.now();
    await registerLabelIssuer(mediator, services.labels, { name: "Réseau Léman", profileCid: cidOf("léman") });
    const lemanSince = await market.now();
    await updateLabelIssuer(courier, services.labels, { name: "Bio Certif SA", profileCid: cidOf("bio v2") });

    expect(await getLabelIssuers(market.publicClient, services.labels)).toEqual([
      { issuer: courier.account.address, name: "Bio Certif SA", profileCid: cidOf("bio v2"), since: bioSince },
      { issuer: mediator.account.address, name: "Réseau Léman", profileCid: cidOf("léman"), since: lemanSince },
    ]);
    const [only] = await getLabelIssuers(market.publicClient, services.labels, { issuers: [mediator.account.address] });
    expect(only?.name).toBe("Réseau Léman");
  });
});

describe("getAllLabels", () => {
  test("groups every shop's attestations by shop in one scan, with validity and issuer names", async () => {
    const { courier, mediator } = market.accounts;
    const now = await market.now();
    const organic = await attestLabel(courier, services.labels, {
      shopId: market.shopId,
      label: "organic",
      evidenceCid: cidOf("audit"),
    });
    const currency = await attestLabel(mediator, services.labels, {
      shopId: secondShopId,
      label: "local-currency",
      evidenceCid: cidOf("member"),
    });
    const revoked = await attestLabel(courier, services.labels, {
      shopId: secondShopId,
      label: "organic",
      evidenceCid: cidOf("audit 2"),
    });
    await revokeLabel(courier, services.labels, { attestationId: revoked.attestationId });
    const short = await attestLabel(mediator, services.labels, {
      shopId: market.shopId,
      label: "local-currency",
      expiresAt: now + 3600,
      evidenceCid: cidOf("m"),
    });
    await market.increaseTime(3601);

    const byShop = await getAllLabels(market.publicClient, services.labels);
    expect([...byShop.keys()].sort()).toEqual([market.shopId, secondShopId].sort());
    expect(
      byShop
        .get(market.shopId)
        ?.map(({ attestationId, isValid, issuerName }) => ({ attestationId, isValid, issuerName })),
    ).toEqual([
      { attestationId: organic.attestationId, isValid: true, issuerName: "Bio Certif SA" },
      { attestationId: short.attestationId, isValid: false, issuerName: "Réseau Léman" },
    ]);
    expect(byShop.get(secondShopId)?.map(({ label, isValid, isRevoked }) => ({ label, isValid, isRevoked }))).toEqual([
      { label: "local-currency", isValid: true, isRevoked: false },
      { label: "organic", isValid: false, isRevoked: true },
    ]);
    expect(byShop.get(secondShopId)?.[0]?.attestationId).toBe(currency.attestationId);

    const trusted = await getAllLabels(market.publicClient, services.labels, {
      trustedIssuers: [mediator.account.address],
    });
    expect([...trusted.values()].flat().every((label) => label.issuer === mediator.account.address)).toBe(true);
    expect(trusted.get(secondShopId)).toHaveLength(1);
  });
});

describe("getLoyaltyProgram and getStampedOrders", () => {
  test("a shop without program has none; a program comes back with its latest reward", async () => {
    const { merchant } = market.accounts;
    expect(await getLoyaltyProgram(market.publicClient, services.loyalty, { shopId: market.shopId })).toBeUndefined();
    await registerLoyaltyProgram(merchant, services.loyalty, {
      shopId: market.shopId,
      stampsPerOrder: 1,
      rewardThreshold: 10,
      rewardCid: cidOf("a loaf"),
    });
    await updateLoyaltyReward(merchant, services.loyalty, {
      shopId: market.shopId,
      rewardThreshold: 8,
      rewardCid: cidOf("a cake"),
    });
    expect(await getLoyaltyProgram(market.publicClient, services.loyalty, { shopId: market.shopId })).toEqual({
      stampsPerOrder: 1,
      rewardThreshold: 8,
      isActive: true,
      rewardCid: cidOf("a cake"),
    });
  });

  test("tells which completed orders already earned their stamps", async () => {
    const { buyer, merchant } = market.accounts;
    const orders = [];
    for (let index = 0; index < 2; index += 1) {
      const order = await market.placeOrder();
      await accept(merchant, market.deployment, order);
      await release(buyer, market.deployment, order);
      orders.push(order);
    }
    const orderIds = orders.map((order) => order.orderId);
    expect(await getStampedOrders(market.publicClient, services.loyalty, { orderIds })).toEqual(new Set());
    await claimStamps(buyer, services.loyalty, orders[1]!);
    expect(await getStampedOrders(market.publicClient, services.loyalty, { orderIds })).toEqual(new Set([orderIds[1]]));
  });
});
