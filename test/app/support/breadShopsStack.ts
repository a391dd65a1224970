/**
 * A local chain and IPFS node with three bakeries, for the find page's tests that run in happy-dom (whose URL cannot
 * load the dev stack's modules): started in its own Node process by `startBreadShopsStack`. Prints one JSON line
 * `{ rpcUrl, gatewayUrl, apiUrl, deployment, shops, movedOldMetadata }` once ready; stops on SIGTERM.
 *   node --conditions=grandrue-source test/app/support/breadShopsStack.ts <ipfs data folder>
 */
import { createIpfsClient, encodeGeohash, NATIVE_TOKEN, registerShop, updateShopMetadata } from "@grandrue/sdk";
import { localClients } from "../../../scripts/lib/dev-stack/clients.ts";
import { freePorts } from "../../../scripts/lib/dev-stack/ports.ts";
import { startDevStack } from "../../../scripts/lib/dev-stack/startDevStack.ts";
import { BREAD_SHOPS, catalogOf, metadataAt } from "./breadShops.ts";

const ipfsDataDir = process.argv[2];
if (ipfsDataDir === undefined) throw new Error("usage: breadShopsStack.ts <ipfs data folder>");
const [chain, ipfsPort] = (await freePorts(2)) as [number, number];
const stack = await startDevStack({ ports: { chain, ipfs: ipfsPort }, withApp: false, ipfsDataDir });
process.once("SIGTERM", () => void stack.stop().then(() => process.exit(0)));

const ipfs = createIpfsClient({
  replicas: [{ apiUrl: stack.ipfs.apiUrl, token: stack.ipfs.token }],
  gateways: [stack.ipfs.gatewayUrl],
});
const { accounts, walletFor } = await localClients(stack.rpcUrl);
const merchant = walletFor(accounts[3]!);
const shops: Record<string, { shopId: string; metadataCid: string; catalogCid: string }> = {};
for (const shop of BREAD_SHOPS) {
  const metadataCid = await ipfs.addJson(metadataAt(shop.name, shop.point));
  const catalogCid = await ipfs.addJson(catalogOf(shop.item));
  const { shopId } = await registerShop(merchant, stack.deployment, {
    terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
    metadataCid,
    catalogCid,
    geohash: encodeGeohash(shop.point, 8),
    acceptance: {
      payments: [{ token: NATIVE_TOKEN, rate: 10n ** 18n }],
      carriers: [],
      isAnyCarrierAccepted: false,
      arbitrators: [stack.deployment.contracts.MediatorArbitrator.address],
      isAnyArbitratorAccepted: false,
    },
  });
  shops[shop.key] = { shopId: String(shopId), metadataCid, catalogCid };
}
// The last bakery reopens under a new name: its first metadata CID is no longer current.
const moved = BREAD_SHOPS.at(-1)!;
const movedOldMetadata = shops[moved.key]!.metadataCid;
const renamed = await ipfs.addJson(metadataAt(`${moved.name}, rouverte`, moved.point));
await updateShopMetadata(merchant, stack.deployment, {
  shopId: BigInt(shops[moved.key]!.shopId),
  metadataCid: renamed,
  geohash: encodeGeohash(moved.point, 8),
});
shops[moved.key] = { ...shops[moved.key]!, metadataCid: renamed };

console.log(
  JSON.stringify({
    rpcUrl: stack.rpcUrl,
    gatewayUrl: stack.ipfs.gatewayUrl,
    apiUrl: stack.ipfs.apiUrl,
    deployment: stack.deployment,
    shops,
    movedOldMetadata,
  }),
);
