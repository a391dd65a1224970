import { cidOfDigest, documentDigest, type PreparedOrder } from "@grandrue/sdk";
import type { Hex } from "viem";

/**
 * The buyer's own copy of an order's documents (line items, sealed address), kept in this browser at checkout, so an
 * order stays readable — and can be published again — even if every IPFS node lost them. Keyed by digest.
 */
export function documentCopyKey(digest: Hex): string {
  return `grandrue.order-document.${digest.toLowerCase()}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** Keeps the documents an order was prepared with (nothing happens when storage is disabled or full). */
export function rememberOrderDocuments(storage: Storage | undefined, prepared: PreparedOrder): void {
  const documents: [Hex, Uint8Array | undefined][] = [
    [prepared.itemsDigest, prepared.itemsBytes],
    [prepared.shippingDigest, prepared.shippingBytes],
  ];
  for (const [digest, bytes] of documents) {
    if (bytes === undefined) continue;
    try {
      storage?.setItem(documentCopyKey(digest), toBase64(bytes));
    } catch {
      // Storage full or disabled: the order still lives on the IPFS nodes.
    }
  }
}

/** A kept copy, as a CID and its bytes, only if this browser has it and its bytes still match the digest. */
export function documentCopy(
  storage: Storage | undefined,
  digest: Hex,
): { cid: string; bytes: Uint8Array } | undefined {
  try {
    const text = storage?.getItem(documentCopyKey(digest));
    if (text === null || text === undefined) return undefined;
    const bytes = fromBase64(text);
    return documentDigest(bytes) === digest.toLowerCase() ? { cid: cidOfDigest(digest), bytes } : undefined;
  } catch {
    return undefined;
  }
}

/** This browser's storage, when the page may use it. */
export function browserStorage(): Storage | undefined {
  return typeof localStorage === "undefined" ? undefined : localStorage;
}
