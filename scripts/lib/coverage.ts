/** A source file's line coverage, merged over every run that compiled it. */
export type FileCoverage = { file: string; lines: number; uncoveredLines: number[] };

/** Line number → hit (true) or not, per source file, read from one lcov report (`SF:`, `DA:line,count`). */
function readLcov(lcov: string): Map<string, Map<number, boolean>> {
  const files = new Map<string, Map<number, boolean>>();
  let current: Map<number, boolean> | undefined;
  for (const line of lcov.split("\n")) {
    if (line.startsWith("SF:")) {
      const file = line.slice(3).trim();
      current = files.get(file) ?? new Map();
      files.set(file, current);
    } else if (line.startsWith("DA:") && current !== undefined) {
      const [lineNumber, count] = line.slice(3).split(",");
      current.set(Number(lineNumber), Number(count) > 0);
    } else if (line.startsWith("end_of_record")) {
      current = undefined;
    }
  }
  return files;
}

/**
 * Merges the lcov reports of several `hardhat test solidity --coverage` runs (the suite runs in groups: see
 * `solidityTestGroups.ts`) and says whether every instrumented line of the files under `prefix` ran in at least one of
 * them. Hardhat marks a line not run when any statement on it did not run, so a line counts as covered only when a
 * single run executed all of its statements: 100% of lines here implies 100% of statements.
 */
export function checkCoverage(
  lcovReports: readonly string[],
  prefix: string,
): { isComplete: boolean; report: string; files: FileCoverage[] } {
  const merged = new Map<string, Map<number, boolean>>();
  for (const lcov of lcovReports) {
    for (const [file, lines] of readLcov(lcov)) {
      if (!file.startsWith(prefix)) continue;
      const mergedLines = merged.get(file) ?? new Map<number, boolean>();
      for (const [lineNumber, isHit] of lines)
        mergedLines.set(lineNumber, isHit || (mergedLines.get(lineNumber) ?? false));
      merged.set(file, mergedLines);
    }
  }
  const files = [...merged]
    .map(([file, lines]) => ({
      file,
      lines: lines.size,
      uncoveredLines: [...lines]
        .filter(([, isHit]) => !isHit)
        .map(([lineNumber]) => lineNumber)
        .sort((a, b) => a - b),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const incomplete = files.filter((file) => file.uncoveredLines.length > 0);
  const isComplete = files.length > 0 && incomplete.length === 0;
  const report =
    files.length === 0
      ? `Coverage: no lcov record for ${prefix} found`
      : isComplete
        ? `Coverage: ${files.length} files under ${prefix} at 100% lines and statements (${lcovReports.length} runs merged)`
        : `Coverage below 100% under ${prefix}:\n${incomplete
            .map(
              (file) =>
                `  ${file.file}: ${file.uncoveredLines.length} of ${file.lines} lines not run: ${file.uncoveredLines.join(", ")}`,
            )
            .join("\n")}`;
  return { isComplete, report, files };
}
