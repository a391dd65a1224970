import { decodeDocument, getShop, type ShopDetails } from "@grandrue/sdk";
import { type Address, isAddressEqual } from "viem";
import { parseShopId } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import type { Connection } from "../connection.ts";
import { formatFields, formatTime } from "../format.ts";
import { readShopMetadata } from "../shopDocuments.ts";
import { tokenBook } from "../tokens.ts";

/** The value itself, or the reason it could not be read, so one unreadable document does not hide the rest. */
async function orReason<T>(read: () => Promise<T>): Promise<T | { unreadable: string }> {
  try {
    return await read();
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

function isUnreadable(value: unknown): value is { unreadable: string } {
  return typeof value === "object" && value !== null && "unreadable" in value;
}

async function describePayments(connection: Connection, shop: ShopDetails, priceUnit: string): Promise<string> {
  const tokens = tokenBook(connection.publicClient);
  const options = await Promise.all(
    shop.acceptance.payments.map(async ({ token, rate }) => `1 ${priceUnit} = ${await tokens.describe(token, rate)}`),
  );
  return options.join("; ") || "none";
}

function describeList(addresses: readonly Address[], isAny: boolean, name: (address: Address) => string): string {
  if (isAny) return "any";
  return addresses.length === 0 ? "none" : addresses.map(name).join(", ");
}

export const shopShow: CliCommand = {
  name: "shop show",
  summary: "Show a shop: name, owner, payout, service windows, what it accepts, its documents",
  arguments: ["shopId"],
  options: {},
  isSigning: false,
  async run({ args, connection, print }) {
    const shopId = parseShopId(args[0]!);
    const connected = await connection();
    const shop = await getShop(connected.publicClient, connected.deployment, { shopId });
    const metadata = await orReason(() => readShopMetadata(connected, shop));
    const catalogCid = shop.catalogCid;
    const catalog =
      catalogCid === undefined
        ? undefined
        : await orReason(async () => decodeDocument("catalog", await connected.ipfs.getBytes(catalogCid)));
    const mediator = connected.deployment.contracts.MediatorArbitrator.address;
    const { terms } = shop;
    print(
      formatFields([
        ["Shop", `${shopId}${isUnreadable(metadata) ? "" : ` ${metadata.name}`}${shop.isActive ? "" : " (closed)"}`],
        ...(isUnreadable(metadata)
          ? []
          : ([
              [
                "Address",
                `${metadata.address.street}, ${metadata.address.postcode} ${metadata.address.city}, ${metadata.address.country}`,
              ],
            ] as const)),
        ["Owner", shop.owner],
        ["Payout", shop.payout],
        [
          "Windows",
          `accept ${terms.acceptHours} h, ship ${terms.shipHours} h, delivery ${terms.deliveryHours} h, return ${terms.returnHours} h`,
        ],
        [
          "Payments",
          await describePayments(connected, shop, isUnreadable(metadata) ? "price unit" : metadata.priceUnit),
        ],
        [
          "Carriers",
          describeList(shop.acceptance.carriers, shop.acceptance.isAnyCarrierAccepted, (carrier) => carrier),
        ],
        [
          "Arbitrators",
          describeList(shop.acceptance.arbitrators, shop.acceptance.isAnyArbitratorAccepted, (arbitrator) =>
            isAddressEqual(arbitrator, mediator) ? `${arbitrator} (the mediator)` : arbitrator,
          ),
        ],
        ["Location", shop.geohash || "none"],
        [
          "Metadata",
          `${shop.metadataCid ?? "none"}${isUnreadable(metadata) ? ` (unreadable: ${metadata.unreadable})` : ""}`,
        ],
        [
          "Catalog",
          catalogCid === undefined
            ? "none yet"
            : `${catalogCid} (${isUnreadable(catalog) ? `unreadable: ${catalog.unreadable}` : `${catalog!.items.length} items`})`,
        ],
        ["Registered", formatTime(shop.registeredAt)],
      ]),
    );
  },
};
