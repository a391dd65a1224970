import {
  type BuildOrderRequestParameters,
  type Deployment,
  type MarketWalletClient,
  NATIVE_TOKEN,
  type PaidOrder,
  placeOrders,
  type RegisterShopParameters,
  registerShop,
} from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import { network } from "hardhat";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import { type Address, encodeAbiParameters, getAddress, type Hex, keccak256, parseEther, toHex } from "viem";
import { deployProtocol } from "../../../scripts/lib/deploy-protocol.ts";

/** The windows of the fixture's shops, in hours. */
export const SHOP_TERMS = { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 } as const;
export const HOUR = 3600;

/** A CIDv1 (raw, sha2-256) of some text, like the IPFS node would return for it. */
export function cidOf(text: string): string {
  const digest = sha256.digest(new TextEncoder().encode(text));
  if (digest instanceof Promise) throw new Error("sha256 is expected to be synchronous in Node");
  return CID.create(1, raw.code, digest).toString();
}

let digestCounter = 0;

/** A fresh 32-byte digest, so that two orders with the same basket are still distinct orders. */
export function uniqueDigest(): Hex {
  digestCounter += 1;
  return keccak256(toHex(`items-${digestCounter}-${Math.random()}`));
}

/** A random delivery proof (what a courier submits; here not derived from a typed delivery code) and its `codeHash`. */
export function randomDeliveryProof(): { deliveryProof: Hex; codeHash: Hex } {
  const deliveryProof = uniqueDigest();
  return { deliveryProof, codeHash: keccak256(encodeAbiParameters([{ type: "bytes32" }], [deliveryProof])) };
}

/**
 * A fresh in-process chain with the protocol deployed, one open shop (owned by `merchant`, accepting ETH, the local
 * currency, `courier` and the mediator) and a buyer holding 1,000 LEM. One per test file.
 */
export async function createMarket() {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const publicClient = await viem.getPublicClient();
  // Hardhat names its accounts in lower case; checksummed addresses compare equal to what contracts return.
  const addresses = (await viem.getWalletClients()).map((wallet) => getAddress(wallet.account.address));
  const wallets = (await Promise.all(
    addresses.map((address) => viem.getWalletClient(address)),
  )) as unknown as MarketWalletClient[];
  const [deployer, merchant, buyer, courier, mediator, stranger, secondMerchant, secondBuyer] = wallets;
  if (!deployer || !merchant || !buyer || !courier || !mediator || !stranger || !secondMerchant || !secondBuyer) {
    throw new Error("the in-process chain needs at least 8 accounts");
  }
  const deployment: Deployment = await deployProtocol({
    publicClient,
    walletClient: deployer,
    mediator: mediator.account.address,
    withLocalCurrency: true,
  });
  const leman = deployment.contracts.LocalCurrency!.address;

  function shopRegistration(overrides: Partial<RegisterShopParameters> = {}): RegisterShopParameters {
    return {
      terms: SHOP_TERMS,
      metadataCid: cidOf("shop metadata"),
      catalogCid: cidOf("catalog v1"),
      geohash: "u0k8m7q1",
      acceptance: {
        payments: [
          { token: NATIVE_TOKEN, rate: 400_000_000_000_000n },
          { token: leman, rate: 10n ** 18n },
        ],
        carriers: [courier!.account.address],
        isAnyCarrierAccepted: false,
        arbitrators: [deployment.contracts.MediatorArbitrator.address],
        isAnyArbitratorAccepted: false,
      },
      ...overrides,
    };
  }

  async function openShop(
    owner: MarketWalletClient = merchant!,
    overrides: Partial<RegisterShopParameters> = {},
  ): Promise<bigint> {
    return (await registerShop(owner, deployment, shopRegistration(overrides))).shopId;
  }

  async function fundBuyer(account: Address, amount = parseEther("1000")): Promise<void> {
    const hash = await deployer!.writeContract({
      address: leman,
      abi: localCurrencyAbi,
      functionName: "mint",
      args: [account, amount],
    });
    await publicClient.waitForTransactionReceipt({ hash });
  }

  type PlaceOrderOptions = Partial<Omit<BuildOrderRequestParameters, "codeHash">> & { by?: MarketWalletClient };

  /** Pays one order (ETH by default, a permit for ERC-20 orders) and returns it with its delivery proof. */
  async function placeOrder(options: PlaceOrderOptions = {}): Promise<PaidOrder & { deliveryProof: Hex }> {
    const { by = buyer!, ...parameters } = options;
    const { deliveryProof, codeHash } = randomDeliveryProof();
    const { orders } = await placeOrders(by, deployment, {
      orders: [{ shopId, amount: parseEther("0.012"), itemsDigest: uniqueDigest(), ...parameters, codeHash }],
    });
    return { ...orders[0]!, deliveryProof };
  }

  const shopId = await (async () => {
    const id = await openShop();
    await fundBuyer(buyer.account.address);
    return id;
  })();

  return {
    connection,
    networkHelpers,
    publicClient,
    deployment,
    leman,
    shopId,
    accounts: { deployer, merchant, buyer, courier, mediator, stranger, secondMerchant, secondBuyer },
    shopRegistration,
    openShop,
    fundBuyer,
    placeOrder,
    /** Moves the chain's clock forward by `seconds` and mines a block. */
    increaseTime: (seconds: number) => networkHelpers.time.increase(seconds),
    /** The timestamp of the latest block. */
    now: async () => Number((await publicClient.getBlock()).timestamp),
  };
}

export type Market = Awaited<ReturnType<typeof createMarket>>;
