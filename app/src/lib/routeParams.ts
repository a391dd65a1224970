/**
 * Reads a numeric id from a route (`/shops/12`, `/orders/0x5f…`): a decimal or 0x-hexadecimal unsigned integer
 * that fits in 256 bits, else undefined (the page then says the link is wrong).
 * @example parseIdParam("12") // 12n
 * @example parseIdParam("0x0c") // 12n
 * @example parseIdParam("twelve") // undefined
 */
export function parseIdParam(value: string | undefined): bigint | undefined {
  if (value === undefined || !/^(?:[0-9]{1,78}|0x[0-9a-fA-F]{1,64})$/.test(value)) return undefined;
  const id = BigInt(value);
  return id < 2n ** 256n ? id : undefined;
}
