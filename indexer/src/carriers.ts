import { ponder } from "ponder:registry";
import { carrier } from "ponder:schema";
import { cidText } from "../lib/chain/decode.ts";

ponder.on("DeliveryAttestations:CarrierRegistered", async ({ event, context }) => {
  const { carrier: address, profileCid } = event.args;
  await context.db.insert(carrier).values({
    address,
    profileCid: cidText(profileCid),
    registeredAtBlock: event.block.number,
    updatedAtBlock: event.block.number,
  });
});

ponder.on("DeliveryAttestations:CarrierUpdated", async ({ event, context }) => {
  await context.db
    .update(carrier, { address: event.args.carrier })
    .set({ profileCid: cidText(event.args.profileCid), updatedAtBlock: event.block.number });
});
