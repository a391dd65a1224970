import { attestCheckpoint, orderReference } from "@grandrue/sdk";
import { stringOption } from "../arguments.ts";
import { CHECKPOINT_HELP, checkpointDeliveryProof, parseCheckpoint } from "../checkpoints.ts";
import type { CliCommand } from "../command.ts";
import { findOrder } from "../orders.ts";

export const carrierAttest: CliCommand = {
  name: "carrier attest",
  summary: "Record a delivery checkpoint of an order, as its carrier, in a transaction",
  arguments: ["orderId", "checkpoint"],
  options: {
    code: {
      type: "string",
      valueName: "code",
      description: "the delivery code the buyer shows, for Delivered (e.g. 7K3M-Q9TX-B2RC-W5HN)",
    },
  },
  isSigning: true,
  help: CHECKPOINT_HELP,
  async run({ args, options, connection, wallet, print }) {
    const checkpoint = parseCheckpoint(args[1]!, "carrier attest");
    const deliveryProof = checkpointDeliveryProof(checkpoint, stringOption(options, "code"), "carrier attest");
    const connected = await connection();
    const { orderId, terms } = await findOrder(connected, args[0]!);
    const { hash } = await attestCheckpoint(await wallet(), connected.deployment, { terms, checkpoint, deliveryProof });
    print(`${checkpoint} recorded for order ${orderReference(orderId)}, transaction ${hash}`);
  },
};
