import { stripVTControlCharacters } from "node:util";

export type FileCoverage = { file: string; linePercent: number; statementPercent: number; uncovered: string };

/**
 * Reads the per-file rows of the coverage table `hardhat test --coverage` prints (file, line %, statement %,
 * uncovered lines) for the files under `prefix`, and says whether every one is fully covered.
 */
export function checkCoverage(
  hardhatOutput: string,
  prefix: string,
): { isComplete: boolean; report: string; files: FileCoverage[] } {
  const files: FileCoverage[] = [];
  for (const line of stripVTControlCharacters(hardhatOutput).split("\n")) {
    // Hardhat draws the table with box characters (║ │); a plain-text reporter would use |.
    const cells = line
      .split(/[|│║]/)
      .map((cell) => cell.trim())
      .filter((cell) => cell !== "");
    if (cells.length < 3 || !cells[0]!.startsWith(prefix)) continue;
    const linePercent = Number(cells[1]);
    const statementPercent = Number(cells[2]);
    if (Number.isNaN(linePercent) || Number.isNaN(statementPercent)) continue;
    files.push({ file: cells[0]!, linePercent, statementPercent, uncovered: cells[3] ?? "-" });
  }
  const incomplete = files.filter((file) => file.linePercent < 100 || file.statementPercent < 100);
  const isComplete = files.length > 0 && incomplete.length === 0;
  const report =
    files.length === 0
      ? `Coverage: no row for ${prefix} found in the Hardhat output`
      : isComplete
        ? `Coverage: ${files.length} files under ${prefix} at 100% lines and statements`
        : `Coverage below 100% under ${prefix}:\n${incomplete
            .map(
              (file) =>
                `  ${file.file}: lines ${file.linePercent}%, statements ${file.statementPercent}%, uncovered ${file.uncovered}`,
            )
            .join("\n")}`;
  return { isComplete, report, files };
}
