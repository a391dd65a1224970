import {
  checkShopDocuments,
  orderReference,
  replicateShopDocument,
  type ShopDocument,
  type ShopDocumentCheck,
} from "@grandrue/sdk";
import { parseShopId, stringOption } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import { CliError, UsageError } from "../errors.ts";
import { formatTable } from "../format.ts";

function documentName({ kind, orderId, attachments }: ShopDocument): string {
  const files = attachments.length === 0 ? "" : ` (+${attachments.length} file${attachments.length === 1 ? "" : "s"})`;
  switch (kind) {
    case "shop":
      return `shop profile${files}`;
    case "catalog":
      return `catalog${files}`;
    case "order-items":
      return `order ${orderReference(orderId!)} items`;
    case "shipping":
      return `order ${orderReference(orderId!)} address`;
  }
}

function table(checks: readonly ShopDocumentCheck[], replicaNames: readonly string[]): string {
  const rows = checks.map((check) => [
    documentName(check),
    check.cid,
    `${check.held}/${replicaNames.length}`,
    ...check.replicas.map(({ state }) => state),
  ]);
  return formatTable(["document", "cid", "held", ...replicaNames], rows);
}

export const docsCheck: CliCommand = {
  name: "docs check",
  summary: "Show which IPFS nodes hold each document a shop depends on, verified against its CID",
  arguments: [],
  options: {
    shop: { type: "string", valueName: "shopId", description: "the shop whose documents to check", isRequired: true },
    republish: {
      type: "boolean",
      description: "publish again, on every node, each document a node lacks (read from the nodes that have it)",
    },
  },
  isSigning: false,
  help: [
    "The documents are the shop profile with its logo, the current catalog with its images, and the line items and",
    "sealed address of each open order (paid, accepted, shipped, delivered or disputed). Each node's gateway is asked",
    "for each of them and its answer is checked against the CID: holds, missing, lying (other bytes), unreachable.",
    "The command ends with status 1 while a document is not held by every node.",
  ].join("\n"),
  async run({ options, connection, print }) {
    const shopText = stringOption(options, "shop");
    if (shopText === undefined) throw new UsageError("docs check needs --shop <shopId>", "docs check");
    const shopId = parseShopId(shopText);
    const { publicClient, deployment, ipfs } = await connection();
    const names = ipfs.replicas.map(({ name }) => name);
    let checks = await checkShopDocuments(publicClient, deployment, ipfs, { shopId });
    print(`Shop ${shopId}: ${checks.length} documents on ${names.length} IPFS node(s); a write needs ${ipfs.quorum}.`);
    print(table(checks, names));
    const lacking = checks.filter(({ held }) => held < names.length);
    if (lacking.length > 0 && options.republish === true) {
      for (const document of lacking) {
        await replicateShopDocument(ipfs, document);
        print(`Published again: ${documentName(document)}`);
      }
      checks = await checkShopDocuments(publicClient, deployment, ipfs, { shopId });
      print(table(checks, names));
    }
    const stillLacking = checks.filter(({ held }) => held < names.length);
    if (stillLacking.length > 0) {
      throw new CliError(
        `${stillLacking.length} document(s) are not held by every IPFS node${options.republish === true ? "" : ": publish them again with --republish"}`,
        stillLacking.map((check) => `${documentName(check)}: ${check.held}/${names.length}`),
      );
    }
  },
};
