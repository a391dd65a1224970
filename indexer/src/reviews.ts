import { ponder } from "ponder:registry";
import { review, shop } from "ponder:schema";
import { cidText } from "../lib/chain/decode.ts";

ponder.on("Reviews:ReviewPosted", async ({ event, context }) => {
  const { orderId, shopId, buyer, rating, textCid, token, amount } = event.args;
  await context.db.insert(review).values({
    orderId,
    shopId,
    buyer,
    rating,
    token,
    amount,
    textCid: cidText(textCid),
    blockNumber: event.block.number,
  });
  await context.db
    .update(shop, { id: shopId })
    .set((row) => ({ ratingCount: row.ratingCount + 1, ratingSum: row.ratingSum + rating }));
});
