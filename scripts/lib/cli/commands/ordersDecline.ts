import { decline, orderReference } from "@grandrue/sdk";
import type { CliCommand } from "../command.ts";
import { UsageError } from "../errors.ts";
import { findOrder } from "../orders.ts";

/** The escrow's limit on a decline reason, in UTF-8 bytes. */
const MAX_REASON_BYTES = 280;

export const ordersDecline: CliCommand = {
  name: "orders decline",
  summary: "Decline a paid order as its shop; the buyer is refunded in full",
  arguments: ["orderId"],
  options: {
    reason: {
      type: "string",
      valueName: "text",
      description: `what the buyer reads (at most ${MAX_REASON_BYTES} bytes)`,
      isRequired: true,
    },
  },
  isSigning: true,
  async run({ args, options, connection, wallet, print }) {
    const reason = options.reason as string;
    const bytes = new TextEncoder().encode(reason).length;
    if (bytes > MAX_REASON_BYTES)
      throw new UsageError(
        `The reason is ${bytes} bytes long; at most ${MAX_REASON_BYTES} are allowed`,
        "orders decline",
      );
    const connected = await connection();
    const { orderId, terms } = await findOrder(connected, args[0]!);
    await decline(await wallet(), connected.deployment, { terms, reason });
    print(`Order ${orderReference(orderId)} declined; the buyer is refunded`);
  },
};
