import {
  approveShopOperator,
  bytes12ToGeohash,
  cidFromHex,
  GeohashEncodingError,
  NATIVE_TOKEN,
  publishCatalog,
  registerShop,
  setOrderHook,
  setShopActive,
  transferShop,
  updateAcceptance,
  updatePayout,
  updateShopMetadata,
  updateTerms,
} from "@grandrue/sdk";
import { shopRegistryAbi } from "@grandrue/sdk/abis";
import { parseEventLogs, zeroAddress } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
});

function registry() {
  return { address: market.deployment.contracts.ShopRegistry.address, abi: shopRegistryAbi } as const;
}

describe("registerShop", () => {
  test("returns the new shop's id from its ShopRegistered event and makes the caller its owner and payout", async () => {
    const { secondMerchant } = market.accounts;
    const { shopId, receipt } = await registerShop(secondMerchant, market.deployment, market.shopRegistration());
    expect(shopId).toBe(2n);
    expect(receipt.status).toBe("success");
    const owner = await market.publicClient.readContract({ ...registry(), functionName: "ownerOf", args: [shopId] });
    expect(owner).toBe(secondMerchant.account.address);
    const record = await market.publicClient.readContract({ ...registry(), functionName: "shop", args: [shopId] });
    expect(record.payout).toBe(secondMerchant.account.address);
    expect(record.isActive).toBe(true);
  });

  test("publishes the CIDs as bytes and the geohash as a zero-padded bytes12", async () => {
    const metadataCid = cidOf("bakery metadata");
    const { receipt } = await registerShop(
      market.accounts.merchant,
      market.deployment,
      market.shopRegistration({ metadataCid, geohash: "u0k8" }),
    );
    const [metadata] = parseEventLogs({ abi: shopRegistryAbi, eventName: "ShopMetadataUpdated", logs: receipt.logs });
    expect(metadata!.args.geohash).toBe("0x75306b380000000000000000");
    expect(cidFromHex(metadata!.args.metadataCid)).toBe(metadataCid);
    expect(bytes12ToGeohash(metadata!.args.geohash)).toBe("u0k8");
  });

  test("reverts with a decoded InvalidTerms carrying the terms when a window is zero", async () => {
    const terms = { acceptHours: 0, shipHours: 1, deliveryHours: 1, returnHours: 1 };
    const error = await expectMarketError(
      registerShop(market.accounts.merchant, market.deployment, market.shopRegistration({ terms })),
      "InvalidTerms",
    );
    expect(error.args.terms).toEqual(terms);
  });

  test("refuses a geohash that is not one before any transaction", async () => {
    await expect(
      registerShop(market.accounts.merchant, market.deployment, market.shopRegistration({ geohash: "Paris" })),
    ).rejects.toThrow(GeohashEncodingError);
  });
});

describe("shop management", () => {
  test("updateShopMetadata publishes the new CID and location", async () => {
    const metadataCid = cidOf("metadata v2");
    const { receipt } = await updateShopMetadata(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      metadataCid,
      geohash: "u0k9",
    });
    const [event] = parseEventLogs({ abi: shopRegistryAbi, eventName: "ShopMetadataUpdated", logs: receipt.logs });
    expect(event!.args.shopId).toBe(market.shopId);
    expect(bytes12ToGeohash(event!.args.geohash)).toBe("u0k9");
  });

  test("publishCatalog publishes the catalog CID", async () => {
    const { receipt } = await publishCatalog(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      catalogCid: cidOf("catalog v2"),
    });
    expect(parseEventLogs({ abi: shopRegistryAbi, eventName: "CatalogPublished", logs: receipt.logs })).toHaveLength(1);
  });

  test("publishCatalog by someone who does not manage the shop reverts with NotShopManager naming the shop and the caller", async () => {
    const { stranger } = market.accounts;
    const error = await expectMarketError(
      publishCatalog(stranger, market.deployment, { shopId: market.shopId, catalogCid: cidOf("spam") }),
      "NotShopManager",
    );
    expect(error.args).toEqual({ shopId: market.shopId, account: stranger.account.address });
  });

  test("updateAcceptance replaces the accepted tokens, carriers and arbitrators", async () => {
    const acceptance = {
      payments: [{ token: NATIVE_TOKEN, rate: 1n }],
      carriers: [],
      isAnyCarrierAccepted: true,
      arbitrators: [],
      isAnyArbitratorAccepted: true,
    };
    const { receipt } = await updateAcceptance(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      acceptance,
    });
    const [event] = parseEventLogs({ abi: shopRegistryAbi, eventName: "ShopAcceptanceUpdated", logs: receipt.logs });
    expect(event!.args.acceptance).toEqual(acceptance);
  });

  test("updatePayout changes where future orders pay out", async () => {
    const payout = market.accounts.stranger.account.address;
    await updatePayout(market.accounts.merchant, market.deployment, { shopId: market.shopId, payout });
    const [checkoutPayout] = await market.publicClient.readContract({
      ...registry(),
      functionName: "checkoutTerms",
      args: [market.shopId],
    });
    expect(checkoutPayout).toBe(payout);
    await updatePayout(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      payout: market.accounts.merchant.account.address,
    });
  });

  test("updatePayout to address zero reverts with ZeroPayout", async () => {
    await expectMarketError(
      updatePayout(market.accounts.merchant, market.deployment, { shopId: market.shopId, payout: zeroAddress }),
      "ZeroPayout",
    );
  });

  test("updateTerms changes the windows checkout copies", async () => {
    const terms = { acceptHours: 24, shipHours: 48, deliveryHours: 72, returnHours: 168 };
    await updateTerms(market.accounts.merchant, market.deployment, { shopId: market.shopId, terms });
    const [, copied] = await market.publicClient.readContract({
      ...registry(),
      functionName: "checkoutTerms",
      args: [market.shopId],
    });
    expect(copied).toEqual(terms);
  });

  test("setShopActive closes the shop to checkout and opens it again", async () => {
    await setShopActive(market.accounts.merchant, market.deployment, { shopId: market.shopId, isActive: false });
    expect(
      (await market.publicClient.readContract({ ...registry(), functionName: "shop", args: [market.shopId] })).isActive,
    ).toBe(false);
    await setShopActive(market.accounts.merchant, market.deployment, { shopId: market.shopId, isActive: true });
    expect(
      (await market.publicClient.readContract({ ...registry(), functionName: "shop", args: [market.shopId] })).isActive,
    ).toBe(true);
  });

  test("setOrderHook sets the hook checkout copies and null removes it", async () => {
    const hook = market.accounts.stranger.account.address;
    await setOrderHook(market.accounts.merchant, market.deployment, { shopId: market.shopId, hook });
    expect(
      await market.publicClient.readContract({ ...registry(), functionName: "orderHook", args: [market.shopId] }),
    ).toBe(hook);
    await setOrderHook(market.accounts.merchant, market.deployment, { shopId: market.shopId, hook: null });
    expect(
      await market.publicClient.readContract({ ...registry(), functionName: "orderHook", args: [market.shopId] }),
    ).toBe(zeroAddress);
  });
});

describe("operators and transfers", () => {
  test("approveShopOperator for one shop lets the operator manage that shop only", async () => {
    const { merchant, stranger } = market.accounts;
    const otherShop = await market.openShop(merchant);
    await approveShopOperator(merchant, market.deployment, {
      operator: stranger.account.address,
      shopId: market.shopId,
    });
    await publishCatalog(stranger, market.deployment, { shopId: market.shopId, catalogCid: cidOf("by the operator") });
    await expectMarketError(
      publishCatalog(stranger, market.deployment, { shopId: otherShop, catalogCid: cidOf("no") }),
      "NotShopManager",
    );
    await approveShopOperator(merchant, market.deployment, {
      operator: stranger.account.address,
      shopId: market.shopId,
      isApproved: false,
    });
    await expectMarketError(
      publishCatalog(stranger, market.deployment, { shopId: market.shopId, catalogCid: cidOf("no") }),
      "NotShopManager",
    );
  });

  test("approveShopOperator without a shop id makes the operator manage all the owner's shops until revoked", async () => {
    const { merchant, stranger } = market.accounts;
    const otherShop = await market.openShop(merchant);
    await approveShopOperator(merchant, market.deployment, { operator: stranger.account.address });
    expect(
      await market.publicClient.readContract({
        ...registry(),
        functionName: "isShopManager",
        args: [otherShop, stranger.account.address],
      }),
    ).toBe(true);
    await approveShopOperator(merchant, market.deployment, { operator: stranger.account.address, isApproved: false });
    expect(
      await market.publicClient.readContract({
        ...registry(),
        functionName: "isShopManager",
        args: [otherShop, stranger.account.address],
      }),
    ).toBe(false);
  });

  test("transferShop hands the shop's token to the new owner, who then manages it", async () => {
    const { merchant, secondMerchant } = market.accounts;
    const soldShop = await market.openShop(merchant);
    await transferShop(merchant, market.deployment, { shopId: soldShop, to: secondMerchant.account.address });
    expect(await market.publicClient.readContract({ ...registry(), functionName: "ownerOf", args: [soldShop] })).toBe(
      secondMerchant.account.address,
    );
    await updatePayout(secondMerchant, market.deployment, { shopId: soldShop, payout: secondMerchant.account.address });
    await expectMarketError(
      publishCatalog(merchant, market.deployment, { shopId: soldShop, catalogCid: cidOf("gone") }),
      "NotShopManager",
    );
  });

  test("transferShop by someone else reverts with the ERC-721 error decoded", async () => {
    const { stranger, secondBuyer } = market.accounts;
    const error = await expectMarketError(
      transferShop(stranger, market.deployment, {
        shopId: market.shopId,
        to: secondBuyer.account.address,
        from: market.accounts.merchant.account.address,
      }),
      "ERC721InsufficientApproval",
    );
    expect(error.args.tokenId).toBe(market.shopId);
  });
});
