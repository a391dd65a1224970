/** Orders whose items this device already took from the shop's stock, so one order lowers it once. */
function key(chainId: number, orderId: bigint): string {
  return `grandrue.stock-taken.${chainId}.${orderId}`;
}

export function isStockTaken(storage: Storage | undefined, chainId: number, orderId: bigint): boolean {
  try {
    return storage !== undefined && storage.getItem(key(chainId, orderId)) !== null;
  } catch {
    return false;
  }
}

export function rememberStockTaken(storage: Storage | undefined, chainId: number, orderId: bigint): void {
  try {
    storage?.setItem(key(chainId, orderId), new Date().toISOString());
  } catch {
    // Storage full or disabled: the card offers the update again, and the merchant sees the counts.
  }
}
