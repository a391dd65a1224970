import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * The committed gas snapshot (`snapshots/gas.json`, as Uniswap v4's `snapshots/`): gas per scenario of
 * `npm run bench:gas`, which writes it; `npm run bench:gas -- --check` and `npm test` fail when a fresh measurement
 * or the README's figures differ from it.
 */
export type GasSnapshot = Record<string, number>;

export const GAS_SNAPSHOT_PATH = fileURLToPath(new URL("../../snapshots/gas.json", import.meta.url));

export async function readGasSnapshot(): Promise<GasSnapshot> {
  return JSON.parse(await readFile(GAS_SNAPSHOT_PATH, "utf8")) as GasSnapshot;
}

export async function writeGasSnapshot(snapshot: GasSnapshot): Promise<void> {
  await writeFile(GAS_SNAPSHOT_PATH, `${JSON.stringify(snapshot, null, 2)}\n`);
}

/** One line per scenario whose gas differs, is missing from `actual` or is new in it; empty when they agree. */
export function gasSnapshotDifferences(expected: GasSnapshot, actual: GasSnapshot): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return names.flatMap((name) => {
    const [before, after] = [expected[name], actual[name]];
    if (before === after) return [];
    if (after === undefined) return [`${name}: in the snapshot (${before}), not measured`];
    if (before === undefined) return [`${name}: measured ${after}, not in the snapshot`];
    const change = after - before;
    return [`${name}: ${before} in the snapshot, measured ${after} (${change > 0 ? "+" : ""}${change})`];
  });
}
