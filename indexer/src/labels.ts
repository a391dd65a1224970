import { ponder } from "ponder:registry";
import { labelAttestation, labelIssuer } from "ponder:schema";
import { cidText, labelText } from "../lib/chain/decode.ts";

ponder.on("LabelAttestations:IssuerRegistered", async ({ event, context }) => {
  const { issuer, name, profileCid } = event.args;
  await context.db.insert(labelIssuer).values({ address: issuer, name, profileCid: cidText(profileCid) });
});

ponder.on("LabelAttestations:IssuerUpdated", async ({ event, context }) => {
  const { issuer, name, profileCid } = event.args;
  await context.db.update(labelIssuer, { address: issuer }).set({ name, profileCid: cidText(profileCid) });
});

ponder.on("LabelAttestations:LabelAttested", async ({ event, context }) => {
  const { attestationId, shopId, issuer, label, expiresAt, evidenceCid } = event.args;
  await context.db.insert(labelAttestation).values({
    id: attestationId,
    shopId,
    issuer,
    label: labelText(label),
    expiresAt,
    evidenceCid: cidText(evidenceCid),
    isRevoked: false,
    blockNumber: event.block.number,
  });
});

ponder.on("LabelAttestations:LabelRevoked", async ({ event, context }) => {
  await context.db.update(labelAttestation, { id: event.args.attestationId }).set({ isRevoked: true });
});
