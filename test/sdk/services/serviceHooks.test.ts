import {
  accept,
  depositBond,
  getOrderWarranty,
  getStampCards,
  NATIVE_TOKEN,
  registerLoyaltyProgram,
  release,
  setOrderHook,
  setWarrantyPeriod,
} from "@grandrue/sdk";
import { deployKlerosCourtAdapter, deployServiceHooks } from "@grandrue/sdk/node";
import { parseEther, zeroAddress } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";
import { deployServices, type Services } from "./helpers/deployServices.ts";

const YEAR = 365 * 86_400;

let market: Market;
let services: Services;

beforeAll(async () => {
  market = await createMarket();
  services = await deployServices(market);
  const { merchant } = market.accounts;
  const shopId = market.shopId;
  await registerLoyaltyProgram(merchant, services.loyalty, {
    shopId,
    stampsPerOrder: 1,
    rewardThreshold: 5,
    rewardCid: cidOf("a free croissant"),
  });
  await setWarrantyPeriod(merchant, services.bonds, { shopId, token: NATIVE_TOKEN, periodSeconds: YEAR });
  await depositBond(merchant, services.bonds, { shopId, token: NATIVE_TOKEN, amount: parseEther("1") });
});

describe("deployServiceHooks", () => {
  test("a shop names stamps and warranties together: one completed order earns a stamp and starts a warranty", async () => {
    const { merchant, buyer } = market.accounts;
    const hooks = await deployServiceHooks(merchant, market.deployment, {
      services: [
        { target: services.loyalty.address, moments: ["Completed"] },
        { target: services.bonds.address, moments: ["Completed", "DisputeResolved"] },
      ],
    });
    await setOrderHook(merchant, market.deployment, { shopId: market.shopId, hook: hooks.address });
    const order = await market.placeOrder({ by: buyer });
    await accept(merchant, market.deployment, order);
    await release(buyer, market.deployment, order);

    const cards = await getStampCards(market.publicClient, services.loyalty, { buyer: buyer.account.address });
    expect(cards.find((card) => card.shopId === market.shopId)?.balance).toBe(1);
    const { endsAt } = await getOrderWarranty(market.publicClient, services.bonds, { orderId: order.orderId });
    expect(endsAt).toBe((await market.now()) + YEAR);
  });

  test("refuses an empty list, a fifth service and a service without moments before sending anything", async () => {
    const { merchant } = market.accounts;
    const service = { target: services.loyalty.address, moments: ["Completed"] as const };
    await expect(deployServiceHooks(merchant, market.deployment, { services: [] })).rejects.toThrow(/1 to 4 services/);
    await expect(deployServiceHooks(merchant, market.deployment, { services: Array(5).fill(service) })).rejects.toThrow(
      /not 5/,
    );
    await expect(
      deployServiceHooks(merchant, market.deployment, {
        services: [{ target: services.loyalty.address, moments: [] }],
      }),
    ).rejects.toThrow(/at least one moment/);
  });
});

describe("deployKlerosCourtAdapter", () => {
  test("deploys an adapter for a court configuration, and refuses a court without an address", async () => {
    const { stranger } = market.accounts;
    const court = market.deployment.contracts.MediatorArbitrator.address;
    const adapter = await deployKlerosCourtAdapter(stranger, {
      court,
      extraData: "0x",
      templateId: 1n,
      templateUri: "ipfs://template",
    });
    expect(await market.publicClient.getCode({ address: adapter.address })).toMatch(/^0x[0-9a-f]{100,}/);
    await expect(
      deployKlerosCourtAdapter(stranger, { court: zeroAddress, extraData: "0x", templateId: 1n, templateUri: "" }),
    ).rejects.toThrow(/court's address/);
  });
});
