import { type Address, parseEventLogs } from "viem";
import { MissingEventError } from "../chain/errors.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { shopRegistryAbi } from "../generated/abis.ts";
import { cidToHex, geohashToBytes12 } from "./encoding.ts";
import type { ShopAcceptance, ShopTerms } from "./types.ts";

export type RegisterShopParameters = {
  /** Where the shop's revenue goes. Defaults to the caller. */
  payout?: Address;
  terms: ShopTerms;
  /** CID of the shop's metadata document. */
  metadataCid: string;
  /** CID of the first catalog, if any. */
  catalogCid?: string;
  /** The shop's location as a geohash of up to 12 characters; omit for none. */
  geohash?: string;
  acceptance: ShopAcceptance;
};
export type RegisterShopReturnType = WriteResult & { shopId: bigint };

/**
 * Opens a shop owned by the caller: mints its token and publishes its metadata, catalog, location and acceptance.
 * @example
 * const { shopId } = await registerShop(merchantWallet, deployment, {
 *   terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
 *   metadataCid: "bafkrei…", catalogCid: "bafkrei…", geohash: "u0k8m7q1",
 *   acceptance: { payments: [{ token: NATIVE_TOKEN, rate: 10n ** 18n }], carriers: [], isAnyCarrierAccepted: true,
 *     arbitrators: [deployment.contracts.MediatorArbitrator.address], isAnyArbitratorAccepted: false },
 * })
 */
export async function registerShop(
  client: MarketWalletClient,
  deployment: Deployment,
  parameters: RegisterShopParameters,
): Promise<RegisterShopReturnType> {
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "register",
    args: [
      {
        payout: parameters.payout ?? client.account.address,
        terms: parameters.terms,
        metadataCid: cidToHex(parameters.metadataCid),
        catalogCid: parameters.catalogCid === undefined ? "0x" : cidToHex(parameters.catalogCid),
        geohash: geohashToBytes12(parameters.geohash ?? ""),
        acceptance: parameters.acceptance,
      },
    ],
  });
  const [registered] = parseEventLogs({ abi: shopRegistryAbi, eventName: "ShopRegistered", logs: result.receipt.logs });
  if (registered === undefined) throw new MissingEventError("ShopRegistered", result.hash);
  return { ...result, shopId: registered.args.shopId };
}
