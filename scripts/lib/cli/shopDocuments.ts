import { decodeDocument, type ShopDetails, type ShopMetadata } from "@grandrue/sdk";
import type { Connection } from "./connection.ts";
import { CliError } from "./errors.ts";

/**
 * A shop's `grandrue.shop/2` (or `/1`) document, read from IPFS (verified against its CID) and validated.
 * @throws CliError when the shop has no readable metadata CID; IPFS and validation errors as they are.
 */
export async function readShopMetadata(connection: Connection, shop: ShopDetails): Promise<ShopMetadata> {
  if (shop.metadataCid === undefined) throw new CliError(`Shop ${shop.shopId} has no valid metadata CID on chain`);
  return decodeDocument("shop", await connection.ipfs.getBytes(shop.metadataCid));
}
