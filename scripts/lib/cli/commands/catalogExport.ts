import { catalogToCsv, decodeDocument, getShop } from "@grandrue/sdk";
import { parseShopId, stringOption } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import { CliError, UsageError } from "../errors.ts";

export const catalogExport: CliCommand = {
  name: "catalog export",
  summary: "Print a shop's current catalog as JSON, or as CSV for a spreadsheet",
  arguments: ["shopId"],
  options: {
    csv: { type: "boolean", description: "write CSV (the format catalog publish reads) instead of JSON" },
    delimiter: {
      type: "string",
      valueName: ", or ;",
      description: "the CSV delimiter; ; also writes decimal commas (default ,)",
    },
  },
  isSigning: false,
  help: "Redirect the output to a file to edit it, e.g. npm run cli -- catalog export 3 --csv > catalog.csv",
  async run({ args, options, connection, print }) {
    const shopId = parseShopId(args[0]!);
    const delimiter = stringOption(options, "delimiter") ?? ",";
    if (delimiter !== "," && delimiter !== ";")
      throw new UsageError(`--delimiter is , or ; (not "${delimiter}")`, "catalog export");
    const connected = await connection();
    const { catalogCid } = await getShop(connected.publicClient, connected.deployment, { shopId });
    if (catalogCid === undefined) throw new CliError(`Shop ${shopId} has not published a catalog yet`);
    const catalog = decodeDocument("catalog", await connected.ipfs.getBytes(catalogCid));
    print(options.csv === true ? catalogToCsv(catalog, { delimiter }) : JSON.stringify(catalog, null, 2));
  },
};
