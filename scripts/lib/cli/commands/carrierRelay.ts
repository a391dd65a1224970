import { checkpointName, orderReference, relayCheckpoint } from "@grandrue/sdk";
import { isAddressEqual } from "viem";
import type { CliCommand } from "../command.ts";
import { CliError } from "../errors.ts";
import { readJsonFile } from "../files.ts";
import { findOrder } from "../orders.ts";
import { parseSignedCheckpointFile } from "../signedCheckpointFile.ts";

export const carrierRelay: CliCommand = {
  name: "carrier relay",
  summary: "Submit a checkpoint a carrier signed with carrier sign (the relayer pays the gas)",
  arguments: [],
  options: {
    file: { type: "string", valueName: "signed.json", description: "the JSON carrier sign printed", isRequired: true },
  },
  isSigning: true,
  async run({ options, connection, wallet, print }) {
    const { chainId, signed } = parseSignedCheckpointFile(await readJsonFile(options.file as string));
    const connected = await connection();
    if (chainId !== connected.chain.id)
      throw new CliError(
        `The checkpoint was signed for chain ${chainId}, but the node runs chain ${connected.chain.id}`,
      );
    const escrow = connected.deployment.contracts.Escrow.address;
    if (!isAddressEqual(signed.attestation.escrow, escrow)) {
      throw new CliError(
        `The checkpoint was signed for the escrow ${signed.attestation.escrow}, not this deployment's (${escrow})`,
      );
    }
    const { orderId, terms } = await findOrder(connected, signed.attestation.orderId.toString());
    const { hash } = await relayCheckpoint(await wallet(), connected.deployment, { ...signed, terms });
    print(
      `${checkpointName(signed.attestation.checkpoint)} of order ${orderReference(orderId)} relayed for carrier ${terms.carrier}, transaction ${hash}`,
    );
  },
};
