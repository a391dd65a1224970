import { extname } from "node:path";
import { encodeDocument, getShop, marketContracts, publishCatalog, readMarketContract } from "@grandrue/sdk";
import { parseShopId } from "../arguments.ts";
import { CATALOG_FILE_HELP, catalogFromCsv, catalogFromJson } from "../catalogFiles.ts";
import type { CliCommand } from "../command.ts";
import { CliError, UsageError } from "../errors.ts";
import { readTextFile } from "../files.ts";
import { readShopMetadata } from "../shopDocuments.ts";

export const catalogPublish: CliCommand = {
  name: "catalog publish",
  summary: "Publish a shop's catalog from a JSON document or a spreadsheet saved as CSV",
  arguments: ["shopId"],
  options: {
    file: { type: "string", valueName: "catalog.json|catalog.csv", description: "the catalog file", isRequired: true },
  },
  isSigning: true,
  help: CATALOG_FILE_HELP,
  async run({ args, options, connection, wallet, print }) {
    const shopId = parseShopId(args[0]!);
    const path = options.file as string;
    const format = extname(path).toLowerCase();
    if (format !== ".csv" && format !== ".json")
      throw new UsageError(`${path} must end in .csv or .json`, "catalog publish");
    const text = await readTextFile(path);
    let json: unknown;
    if (format === ".json") {
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new CliError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const connected = await connection();
    const { priceUnit } = await readShopMetadata(
      connected,
      await getShop(connected.publicClient, connected.deployment, { shopId }),
    );
    const catalog = format === ".csv" ? catalogFromCsv(text, priceUnit, path) : catalogFromJson(json, priceUnit, path);
    const signer = await wallet();
    const { registry } = marketContracts(connected.deployment);
    if (
      !(await readMarketContract(connected.publicClient, {
        ...registry,
        functionName: "isShopManager",
        args: [shopId, signer.account.address],
      }))
    ) {
      throw new CliError(
        `Account ${signer.account.address} does not manage shop ${shopId}: use its owner's account or an approved operator's`,
      );
    }
    const catalogCid = await connected.ipfs.addBytes(encodeDocument("catalog", catalog));
    const { hash } = await publishCatalog(signer, connected.deployment, { shopId, catalogCid });
    print(`Catalog of shop ${shopId} published: ${catalog.items.length} items, ${catalogCid}, transaction ${hash}`);
  },
};
