import { encodeDocument, marketContracts, readMarketContract, registerCarrier } from "@grandrue/sdk";
import { CARRIER_FILE_HELP, carrierProfile, checkCarrierFile } from "../carrierFile.ts";
import type { CliCommand } from "../command.ts";
import { encryptionKeyPair } from "../encryptionKeys.ts";
import { CliError } from "../errors.ts";
import { readJsonFile } from "../files.ts";

export const carrierRegister: CliCommand = {
  name: "carrier register",
  summary: "Register the signing account as a carrier, with its profile from a JSON file",
  arguments: [],
  options: {
    file: {
      type: "string",
      valueName: "carrier.json",
      description: "the carrier file (see the format above)",
      isRequired: true,
    },
  },
  isSigning: true,
  help: CARRIER_FILE_HELP,
  async run({ options, connection, wallet, print }) {
    const path = options.file as string;
    const file = checkCarrierFile(await readJsonFile(path), path);
    const connected = await connection();
    const signer = await wallet();
    const { attestations } = marketContracts(connected.deployment);
    if (
      await readMarketContract(connected.publicClient, {
        ...attestations,
        functionName: "isCarrier",
        args: [signer.account.address],
      })
    ) {
      throw new CliError(`Account ${signer.account.address} is already a registered carrier`);
    }
    const { publicKey } = await encryptionKeyPair(signer, { role: "carrier" });
    const profileCid = await connected.ipfs.addBytes(encodeDocument("carrier", carrierProfile(file, publicKey)));
    const { hash } = await registerCarrier(signer, connected.deployment, { profileCid });
    print(`Carrier ${signer.account.address} registered: profile ${profileCid}, transaction ${hash}`);
  },
};
