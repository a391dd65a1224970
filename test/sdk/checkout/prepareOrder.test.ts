import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  cidOfDigest,
  createIpfsClient,
  DocumentValidationError,
  decryptShippingDetails,
  deriveEncryptionKeyPair,
  encryptionKeyTypedData,
  type IpfsClient,
  type PrepareOrderParameters,
  parseOrderItems,
  prepareOrder,
  publishPreparedOrder,
} from "@grandrue/sdk";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningIpfsNode, startIpfsNode } from "../../../scripts/ipfs-node.ts";

const shopOwner = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const courier = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const buyer = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as const;
const details = {
  name: "Camille Roche",
  street: "4 rue des Tanneurs",
  postcode: "45600",
  city: "Aubrelle-sur-Loire",
  country: "FR",
};

async function keyPairOf(account: typeof shopOwner, role: "shop" | "carrier") {
  const request =
    role === "shop"
      ? { chainId: 31337, account: account.address, role, shopId: 3n }
      : { chainId: 31337, account: account.address, role };
  return deriveEncryptionKeyPair(await account.signTypedData(encryptionKeyTypedData(request as never)));
}

function basket(overrides: Partial<PrepareOrderParameters> = {}): PrepareOrderParameters {
  return {
    chainId: 31337,
    buyer,
    shopId: 3n,
    catalogCid: "bafkreidff5kqcysdx4nz6g56urwvospprew34okoi3pj2zvldkwpbnfpk4",
    priceUnit: "EUR",
    lines: [
      { itemId: "pain-au-levain", variantId: "1kg", title: "Pain au levain", quantity: 1, unitPrice: "5.90" },
      { itemId: "croissant", title: "Croissant", quantity: 4, unitPrice: "1.20" },
    ],
    deliveryFee: "3.50",
    fulfilment: "carrier",
    carrier: courier.address,
    payment: { token: "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", rate: 10n ** 18n },
    ...overrides,
  };
}

let ipfsNode: RunningIpfsNode;
let ipfs: IpfsClient;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-prepare-"));
  ipfsNode = await startIpfsNode({ dataDir });
  ipfs = createIpfsClient({ apiUrl: ipfsNode.apiUrl, gateways: [ipfsNode.gatewayUrl] });
});

afterAll(async () => {
  await ipfsNode?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("prepareOrder", () => {
  test("prices the basket exactly in the token and records what was paid", () => {
    const prepared = prepareOrder(basket());
    expect(prepared.items.subtotal).toBe("10.70");
    expect(prepared.amount).toBe(10_700_000_000_000_000_000n);
    expect(prepared.deliveryFee).toBe(3_500_000_000_000_000_000n);
    expect(prepared.items.payment.amount).toBe("10700000000000000000");
    expect(parseOrderItems(JSON.parse(new TextDecoder().decode(prepared.itemsBytes)))).toEqual(prepared.items);
  });

  test("gives two identical baskets two distinct line-items digests", () => {
    expect(prepareOrder(basket()).itemsDigest).not.toBe(prepareOrder(basket()).itemsDigest);
    const nonce = "0x000102030405060708090a0b0c0d0e0f";
    const createdAt = new Date("2026-11-20T10:00:00Z");
    expect(prepareOrder(basket({ nonce, createdAt })).itemsDigest).toBe(
      prepareOrder(basket({ nonce, createdAt })).itemsDigest,
    );
  });

  test("encrypts the shipping details so that the shop and the carrier, and only they, can read them", async () => {
    const shopKeys = await keyPairOf(shopOwner, "shop");
    const carrierKeys = await keyPairOf(courier, "carrier");
    const prepared = prepareOrder(
      basket({ shipping: { details, recipientPublicKeys: [shopKeys.publicKey, carrierKeys.publicKey] } }),
    );
    const context = { chainId: 31337, shopId: 3n, buyer };
    expect(decryptShippingDetails(prepared.shipping, shopKeys.secretKey, context)).toMatchObject(details);
    expect(decryptShippingDetails(prepared.shipping, carrierKeys.secretKey, context)).toMatchObject(details);
    expect(JSON.stringify(prepared.shipping)).not.toContain("Tanneurs");
    const stranger = await keyPairOf(shopOwner, "carrier");
    expect(() => decryptShippingDetails(prepared.shipping, stranger.secretKey, context)).toThrow();
  });

  test("refuses a pickup order that names a carrier fee and lines that do not add up", () => {
    expect(() => prepareOrder(basket({ fulfilment: "pickup", carrier: undefined }))).toThrow(DocumentValidationError);
    expect(() => prepareOrder(basket({ lines: [] }))).toThrow(/at least one line/);
  });
});

describe("publishPreparedOrder", () => {
  test("publishes both documents under the CIDs their digests name, so the shop can find them", async () => {
    const shopKeys = await keyPairOf(shopOwner, "shop");
    const prepared = prepareOrder(basket({ shipping: { details, recipientPublicKeys: [shopKeys.publicKey] } }));
    const { itemsCid, shippingCid } = await publishPreparedOrder(ipfs, prepared);
    expect(itemsCid).toBe(cidOfDigest(prepared.itemsDigest));
    expect(shippingCid).toBe(cidOfDigest(prepared.shippingDigest));
    expect(parseOrderItems(await ipfs.getJson(itemsCid))).toEqual(prepared.items);
  });
});
