import { ponder } from "ponder:registry";
import { shop } from "ponder:schema";
import { acceptsCarrier, cidText, geohashText } from "../lib/chain/decode.ts";

ponder.on("ShopRegistry:ShopRegistered", async ({ event, context }) => {
  const { shopId, owner } = event.args;
  await context.db
    .insert(shop)
    .values({
      id: shopId,
      owner,
      isActive: true,
      paymentTokens: [],
      hasCarrier: false,
      ratingCount: 0,
      ratingSum: 0,
      registeredAtBlock: event.block.number,
      updatedAtBlock: event.block.number,
    })
    .onConflictDoUpdate({ owner, updatedAtBlock: event.block.number });
});

ponder.on("ShopRegistry:ShopMetadataUpdated", async ({ event, context }) => {
  await context.db.update(shop, { id: event.args.shopId }).set({
    metadataCid: cidText(event.args.metadataCid),
    geohash: geohashText(event.args.geohash),
    updatedAtBlock: event.block.number,
  });
});

ponder.on("ShopRegistry:CatalogPublished", async ({ event, context }) => {
  await context.db
    .update(shop, { id: event.args.shopId })
    .set({ catalogCid: cidText(event.args.catalogCid), updatedAtBlock: event.block.number });
});

ponder.on("ShopRegistry:ShopAcceptanceUpdated", async ({ event, context }) => {
  const { acceptance } = event.args;
  await context.db.update(shop, { id: event.args.shopId }).set({
    paymentTokens: acceptance.payments.map((payment) => payment.token.toLowerCase()),
    hasCarrier: acceptsCarrier(acceptance),
    updatedAtBlock: event.block.number,
  });
});

ponder.on("ShopRegistry:ShopActiveChanged", async ({ event, context }) => {
  await context.db
    .update(shop, { id: event.args.shopId })
    .set({ isActive: event.args.isActive, updatedAtBlock: event.block.number });
});

ponder.on("ShopRegistry:Transfer", async ({ event, context }) => {
  // The mint's Transfer comes before ShopRegistered, which records the owner itself.
  const existing = await context.db.find(shop, { id: event.args.tokenId });
  if (existing === null) return;
  await context.db
    .update(shop, { id: event.args.tokenId })
    .set({ owner: event.args.to, updatedAtBlock: event.block.number });
});
