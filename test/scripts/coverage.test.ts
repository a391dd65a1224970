import { describe, expect, test } from "vitest";
import { checkCoverage } from "../../scripts/lib/coverage.ts";

/** An lcov report as `hardhat test solidity --coverage` writes it: one record per file, `DA:line,count`. */
function lcov(files: Record<string, Record<number, number>>): string {
  const records = Object.entries(files).map(
    ([file, lines]) =>
      `SF:${file}\n${Object.entries(lines)
        .map(([line, count]) => `DA:${line},${count}`)
        .join("\n")}\nend_of_record`,
  );
  return `TN:\n${records.join("\n")}\n`;
}

describe("the coverage check of npm test", () => {
  test("accepts files whose every line ran in one run or another, and ignores files outside the prefix", () => {
    const escrowGroup = lcov({ "contracts/Escrow.sol": { 10: 1, 11: 0 }, "test/contracts/utils/X.sol": { 1: 0 } });
    const otherGroup = lcov({ "contracts/Escrow.sol": { 10: 0, 11: 1 }, "contracts/Reviews.sol": { 5: 1 } });
    const result = checkCoverage([escrowGroup, otherGroup], "contracts/");
    expect(result.files.map((file) => file.file)).toEqual(["contracts/Escrow.sol", "contracts/Reviews.sol"]);
    expect(result.isComplete).toBe(true);
    expect(result.report).toBe("Coverage: 2 files under contracts/ at 100% lines and statements (2 runs merged)");
  });

  test("fails and names the file and its lines that no run executed", () => {
    const result = checkCoverage(
      [lcov({ "contracts/arbitration/MediatorArbitrator.sol": { 75: 1, 76: 0, 80: 0 } }), lcov({})],
      "contracts/",
    );
    expect(result.isComplete).toBe(false);
    expect(result.report).toContain("contracts/arbitration/MediatorArbitrator.sol: 2 of 3 lines not run: 76, 80");
  });

  test("fails when no report has a record rather than passing on nothing", () => {
    expect(checkCoverage(["", "TN:\n"], "contracts/").isComplete).toBe(false);
  });
});
