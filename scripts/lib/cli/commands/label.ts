import {
  cidOfDigest,
  decodeDocument,
  decryptShippingDetails,
  documentDigest,
  orderReference,
  type ShippingDetails,
} from "@grandrue/sdk";
import { isAddressEqual, zeroAddress, zeroHash } from "viem";
import type { CliCommand } from "../command.ts";
import { encryptionKeyPair } from "../encryptionKeys.ts";
import { CliError } from "../errors.ts";
import { findOrder } from "../orders.ts";

function formatLabel(details: ShippingDetails): string {
  return [
    details.name,
    details.street,
    `${details.postcode} ${details.city}`,
    details.country,
    ...(details.phone === undefined ? [] : [`Phone: ${details.phone}`]),
    ...(details.instructions === undefined || details.instructions === ""
      ? []
      : [`Instructions: ${details.instructions.replaceAll("\n", "\n  ")}`]),
  ].join("\n");
}

export const label: CliCommand = {
  name: "label",
  summary: "Decrypt an order's shipping label (name, address, phone, instructions), as its shop or its carrier",
  arguments: ["orderId"],
  options: {},
  isSigning: true,
  help:
    "The buyer sealed the label for the shop's and the carrier's encryption keys. The key is derived from the signing\n" +
    "wallet, as the app derives it: the order's carrier gets its carrier key, any other account the key of the order's\n" +
    "shop. The sealed envelope is read from IPFS and checked against the order's shippingDigest before it is opened.",
  async run({ args, connection, wallet, print }) {
    const connected = await connection();
    const { orderId, terms, shippingDigest } = await findOrder(connected, args[0]!);
    if (shippingDigest === zeroHash)
      throw new CliError(`Order ${orderReference(orderId)} is collected at the shop: it has no shipping label`);
    const signer = await wallet();
    const isCarrier = terms.carrier !== zeroAddress && isAddressEqual(terms.carrier, signer.account.address);
    const cid = cidOfDigest(shippingDigest);
    const bytes = await connected.ipfs.getBytes(cid);
    if (documentDigest(bytes) !== shippingDigest)
      throw new CliError(`The document at ${cid} is not the label order ${orderReference(orderId)} committed to`);
    const envelope = decodeDocument("shipping", bytes);
    const keys = await encryptionKeyPair(
      signer,
      isCarrier ? { role: "carrier" } : { role: "shop", shopId: terms.shopId },
    );
    try {
      if (!envelope.recipients.some((recipient) => recipient.publicKey === keys.publicKey)) {
        const role = isCarrier ? "carrier" : `shop ${terms.shopId}`;
        throw new CliError(
          `The label of order ${orderReference(orderId)} is not sealed for the ${role} key of ${signer.account.address}: sign as the shop's owner or as the order's carrier`,
        );
      }
      const details = decryptShippingDetails(envelope, keys.secretKey, {
        chainId: connected.chain.id,
        shopId: terms.shopId,
        buyer: terms.buyer,
      });
      print(formatLabel(details));
    } finally {
      keys.secretKey.fill(0);
    }
  },
};
