import {
  encodeDocument,
  type IpfsWriter,
  type MarketWalletClient,
  marketContracts,
  parseShopMetadata,
  readMarketContract,
  registerShop,
  SHOP_SCHEMA_ID,
  updateShopMetadata,
} from "@grandrue/sdk";
import type { CliCommand } from "../command.ts";
import { encryptionKeyPair } from "../encryptionKeys.ts";
import { readJsonFile } from "../files.ts";
import { parseShopFile, SHOP_FILE_HELP, type ShopFile, shopAcceptance } from "../shopFile.ts";

/** Publishes the shop's metadata with the encryption key of `shopId` derived from the wallet; returns its CID. */
async function publishMetadata(
  ipfs: IpfsWriter,
  wallet: MarketWalletClient,
  file: ShopFile,
  shopId: bigint,
): Promise<string> {
  const { publicKey } = await encryptionKeyPair(wallet, { role: "shop", shopId });
  const metadata = parseShopMetadata({ schema: SHOP_SCHEMA_ID, ...file.metadata, encryptionPublicKey: publicKey });
  return ipfs.addBytes(encodeDocument("shop", metadata));
}

export const shopRegister: CliCommand = {
  name: "shop register",
  summary: "Open a shop described in a JSON file (metadata on IPFS, encryption key from the wallet)",
  arguments: [],
  options: {
    file: {
      type: "string",
      valueName: "shop.json",
      description: "the shop file (see the format above)",
      isRequired: true,
    },
  },
  isSigning: true,
  help: SHOP_FILE_HELP,
  async run({ options, connection, wallet, print }) {
    const file = parseShopFile(await readJsonFile(options.file as string));
    const { publicClient, deployment, ipfs } = await connection();
    const signer = await wallet();
    // The key is derived for the id the shop will get; should another shop register first, it is derived again.
    const expectedShopId =
      (await readMarketContract(publicClient, { ...marketContracts(deployment).registry, functionName: "shopCount" })) +
      1n;
    let metadataCid = await publishMetadata(ipfs, signer, file, expectedShopId);
    const geohash = file.metadata.location.geohash;
    const { shopId, hash } = await registerShop(signer, deployment, {
      payout: file.payout,
      terms: file.terms,
      metadataCid,
      geohash,
      acceptance: shopAcceptance(file, deployment),
    });
    if (shopId !== expectedShopId) {
      metadataCid = await publishMetadata(ipfs, signer, file, shopId);
      await updateShopMetadata(signer, deployment, { shopId, metadataCid, geohash });
    }
    print(`Shop ${shopId} registered: metadata ${metadataCid}, transaction ${hash}`);
  },
};
