import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readGasSnapshot } from "../bench/lib/gasSnapshot.ts";

/**
 * The gas figures are written once, in `snapshots/gas.json`: the contracts must still spend them (a fresh
 * `npm run bench:gas -- --check`, a few seconds) and the README's Performance section must say them.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const snapshot = await readGasSnapshot();
const readme = await readFile(`${ROOT}README.md`, "utf8");
const performance = readme.slice(readme.indexOf("## Performance"), readme.indexOf("### Discovery"));
const GAS_FIGURE = /\d{1,3}(?:,\d{3})+/;

describe("the committed gas snapshot", () => {
  test("the README gives each scenario's snapshot figure as the first number after its name", () => {
    expect(Object.keys(snapshot).length).toBeGreaterThan(10);
    for (const [scenario, gas] of Object.entries(snapshot)) {
      const at = performance.indexOf(`\`${scenario}\``);
      expect(at, `${scenario} is not in the README's Performance section`).toBeGreaterThan(-1);
      const figure = performance.slice(at).match(GAS_FIGURE)?.[0];
      expect(figure, scenario).toBe(gas.toLocaleString("en"));
    }
  });

  test("the README's gas table has no scenario the snapshot lacks", () => {
    const rows = [...performance.matchAll(/^\| `([\w.]+)` \|/gm)].map(([, scenario]) => scenario!);
    expect(rows.length).toBeGreaterThan(5);
    for (const scenario of rows) expect(snapshot, scenario).toHaveProperty([scenario]);
  });

  test("the contracts spend what the snapshot says (npm run bench:gas -- --check)", async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ["bench/gas.ts", "--check"],
        { cwd: ROOT, timeout: 120_000 },
        (error, stdout, stderr) =>
          resolve({ code: error === null ? 0 : Number(error.code ?? 1), output: `${stdout}${stderr}` }),
      );
    });
    expect(output).toContain("the gas snapshot holds");
    expect(code, output).toBe(0);
  }, 180_000);
});
