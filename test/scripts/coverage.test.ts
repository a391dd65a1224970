import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { checkCoverage } from "../../scripts/lib/coverage.ts";

const table = await readFile(new URL("./fixtures/hardhat-coverage-table.txt", import.meta.url), "utf8");

describe("the coverage check of npm test", () => {
  test("reads every contracts/ row of the table Hardhat prints and accepts 100%", () => {
    const result = checkCoverage(table, "contracts/");
    expect(result.files).toHaveLength(3);
    expect(result.isComplete).toBe(true);
  });

  test("fails and names the file and its uncovered lines below 100%", () => {
    const result = checkCoverage(
      table.replace("│ 100.00 │ 100.00      │ -               ║", "│ 99.60  │ 99.66       │ 76              ║"),
      "contracts/",
    );
    expect(result.isComplete).toBe(false);
    expect(result.report).toContain(
      "contracts/arbitration/MediatorArbitrator.sol: lines 99.6%, statements 99.66%, uncovered 76",
    );
  });

  test("fails when the table is missing rather than passing on nothing", () => {
    expect(checkCoverage("723 passing", "contracts/").isComplete).toBe(false);
  });
});
