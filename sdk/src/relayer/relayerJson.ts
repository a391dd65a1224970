/** JSON as relayers send and take it: every bigint as a decimal string (amounts are base units, never floats). */
export function toRelayerJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item));
}
