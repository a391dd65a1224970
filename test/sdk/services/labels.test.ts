import {
  approveShopOperator,
  attestLabel,
  getShopLabels,
  InvalidLabelSlugError,
  labelFromBytes32,
  labelsContract,
  labelToBytes32,
  registerLabelIssuer,
  revokeLabel,
  updateLabelIssuer,
} from "@grandrue/sdk";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";
import { deployServices, type Services } from "./helpers/deployServices.ts";

let market: Market;
let services: Services;

beforeAll(async () => {
  market = await createMarket();
  services = await deployServices(market);
  await registerLabelIssuer(market.accounts.courier, services.labels, {
    name: "Bio Certif",
    profileCid: cidOf("bio certif profile"),
  });
  await registerLabelIssuer(market.accounts.secondMerchant, services.labels, {
    name: "Réseau Léman",
    profileCid: cidOf("léman profile"),
  });
});

describe("labelToBytes32", () => {
  test("round-trips a slug and refuses anything else", () => {
    expect(labelFromBytes32(labelToBytes32("local-currency"))).toBe("local-currency");
    expect(() => labelToBytes32("Organic")).toThrow(InvalidLabelSlugError);
    expect(() => labelToBytes32("")).toThrow(InvalidLabelSlugError);
    expect(() => labelToBytes32("x".repeat(33))).toThrow(InvalidLabelSlugError);
  });
});

describe("attestLabel and getShopLabels", () => {
  test("an issuer's label is read back valid with the issuer's latest name, and invalid once revoked", async () => {
    const { courier } = market.accounts;
    const expiresAt = (await market.now()) + 365 * 86_400;
    const { attestationId } = await attestLabel(courier, services.labels, {
      shopId: market.shopId,
      label: "organic",
      expiresAt,
      evidenceCid: cidOf("audit 2026"),
    });
    await updateLabelIssuer(courier, services.labels, {
      name: "Bio Certif SA",
      profileCid: cidOf("bio certif profile v2"),
    });

    const [label] = await getShopLabels(market.publicClient, services.labels, { shopId: market.shopId });
    expect(label).toMatchObject({
      attestationId,
      label: "organic",
      issuer: courier.account.address,
      issuerName: "Bio Certif SA",
      issuerProfileCid: cidOf("bio certif profile v2"),
      expiresAt,
      evidenceCid: cidOf("audit 2026"),
      isRevoked: false,
      isValid: true,
    });
    const isValidOnChain = await market.publicClient.readContract({
      ...labelsContract(services.labels),
      functionName: "isValid",
      args: [attestationId],
    });
    expect(isValidOnChain).toBe(true);

    await revokeLabel(courier, services.labels, { attestationId });
    const [revoked] = await getShopLabels(market.publicClient, services.labels, { shopId: market.shopId });
    expect(revoked).toMatchObject({ attestationId, isRevoked: true, isValid: false });
  });

  test("an expired label is read back invalid, and trustedIssuers keeps only the chosen issuers", async () => {
    const { courier, secondMerchant } = market.accounts;
    const expiresAt = (await market.now()) + 3600;
    const { attestationId } = await attestLabel(secondMerchant, services.labels, {
      shopId: market.shopId,
      label: "local-currency",
      expiresAt,
      evidenceCid: cidOf("member"),
    });
    await market.increaseTime(3601);
    const labels = await getShopLabels(market.publicClient, services.labels, {
      shopId: market.shopId,
      trustedIssuers: [secondMerchant.account.address],
    });
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ attestationId, issuerName: "Réseau Léman", isValid: false, isRevoked: false });
    const fromCertifier = await getShopLabels(market.publicClient, services.labels, {
      shopId: market.shopId,
      trustedIssuers: [courier.account.address],
    });
    expect(fromCertifier.every((label) => label.issuer === courier.account.address)).toBe(true);
  });

  test("an issuer that manages the shop cannot attest it: SelfAttestation", async () => {
    const { merchant, courier } = market.accounts;
    await approveShopOperator(merchant, market.deployment, { operator: courier.account.address, isApproved: true });
    try {
      const error = await expectMarketError(
        attestLabel(courier, services.labels, { shopId: market.shopId, label: "organic", evidenceCid: cidOf("self") }),
        "SelfAttestation",
      );
      expect(error.args).toEqual({ shopId: market.shopId, issuer: courier.account.address });
    } finally {
      await approveShopOperator(merchant, market.deployment, { operator: courier.account.address, isApproved: false });
    }
  });

  test("an account that never registered as an issuer cannot attest: NotIssuer", async () => {
    await expectMarketError(
      attestLabel(market.accounts.stranger, services.labels, {
        shopId: market.shopId,
        label: "organic",
        evidenceCid: cidOf("x"),
      }),
      "NotIssuer",
    );
  });

  test("a shop without attestations has no labels", async () => {
    const otherShop = await market.openShop(market.accounts.secondBuyer);
    expect(await getShopLabels(market.publicClient, services.labels, { shopId: otherShop })).toEqual([]);
  });
});
