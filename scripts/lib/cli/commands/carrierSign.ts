import { orderReference, signCheckpoint } from "@grandrue/sdk";
import { isAddressEqual } from "viem";
import { stringOption } from "../arguments.ts";
import { CHECKPOINT_HELP, checkpointDeliveryProof, parseCheckpoint } from "../checkpoints.ts";
import type { CliCommand } from "../command.ts";
import { CliError, UsageError } from "../errors.ts";
import { findOrder } from "../orders.ts";
import { signedCheckpointToJson } from "../signedCheckpointFile.ts";

const DEFAULT_VALID_HOURS = 168;

export const carrierSign: CliCommand = {
  name: "carrier sign",
  summary: "Sign a delivery checkpoint offline, as the order's carrier, for anyone to relay (no gas)",
  arguments: ["orderId", "checkpoint"],
  options: {
    code: { type: "string", valueName: "code", description: "the delivery code the buyer shows, for Delivered" },
    "valid-hours": {
      type: "string",
      valueName: "hours",
      description: `how long the signature may be relayed (default ${DEFAULT_VALID_HOURS})`,
    },
  },
  isSigning: true,
  help: `${CHECKPOINT_HELP}\n\nPrints the signed checkpoint as JSON: save it to a file and hand it to whoever relays it with\ncarrier relay --file <file>, e.g. npm run cli -- carrier sign 0x5f3a91c2 PickedUp --account 14 > pickup.json`,
  async run({ args, options, connection, wallet, print }) {
    const checkpoint = parseCheckpoint(args[1]!, "carrier sign");
    const deliveryProof = checkpointDeliveryProof(checkpoint, stringOption(options, "code"), "carrier sign");
    const validHours = stringOption(options, "valid-hours") ?? String(DEFAULT_VALID_HOURS);
    if (!/^[1-9]\d{0,5}$/.test(validHours))
      throw new UsageError(`--valid-hours takes a whole number of hours, not "${validHours}"`, "carrier sign");
    const connected = await connection();
    const { orderId, terms } = await findOrder(connected, args[0]!);
    const signer = await wallet();
    if (!isAddressEqual(terms.carrier, signer.account.address)) {
      throw new CliError(
        `Account ${signer.account.address} is not the carrier of order ${orderReference(orderId)}: its carrier is ${terms.carrier}`,
      );
    }
    const recordedAt = Math.floor(Date.now() / 1000);
    const signed = await signCheckpoint(signer, connected.deployment, {
      orderId,
      checkpoint,
      deliveryProof,
      recordedAt,
      deadline: BigInt(recordedAt + Number(validHours) * 3600),
    });
    print(signedCheckpointToJson(signed, connected.chain.id));
  },
};
