import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const RESULTS_DIR = fileURLToPath(new URL("../results/", import.meta.url));

/** Writes `bench/results/<name>.json` (git-ignored) and returns its path. */
export async function writeResults(name: string, results: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}${name}.json`;
  await writeFile(
    path,
    `${JSON.stringify(results, (_key, value) => (typeof value === "bigint" ? Number(value) : value), 2)}\n`,
  );
  return path;
}

/** Prints rows as an aligned table. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}
