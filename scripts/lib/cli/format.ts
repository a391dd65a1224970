/**
 * A unix time as people read it in a terminal, in UTC: `2026-11-21 09:08 UTC`; `—` for 0 (no deadline).
 * @example formatTime(1_795_295_280) // "2026-11-21 09:08 UTC"
 */
export function formatTime(unixSeconds: number | bigint): string {
  const seconds = Number(unixSeconds);
  if (seconds === 0) return "—";
  return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * Rows as aligned columns under an upper-case header, two spaces apart.
 * @example formatTable(["id", "status"], [["0x5f3a91c2", "Paid"]]) // "ID          STATUS\n0x5f3a91c2  Paid"
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map((title) => title.toUpperCase()), ...rows];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? "").length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * Labelled lines with the values aligned, for `show` commands.
 * @example formatFields([["Status", "Paid"], ["Shop", "2"]]) // "Status  Paid\nShop    2"
 */
export function formatFields(fields: readonly (readonly [string, string])[]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n");
}
