import { existsSync, readFileSync } from "node:fs";
import * as sdk from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

const ROOT = new URL("../", import.meta.url);
const glossary = readFileSync(new URL("docs/glossary.md", ROOT), "utf8");

/** The glossary's table rows, as their cells. */
const rows = glossary
  .split("\n")
  .filter((line) => line.startsWith("| ") && !line.startsWith("| Name") && !line.startsWith("| ---"))
  .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| |\s\|$/g, "")));

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
const TYPE_NAME = /^[A-Z][A-Za-z]+$/;
const FILE = /^(sdk|app|contracts|scripts)\/[\w/.-]+\.(ts|tsx|sol)$/;

describe("docs/glossary.md stays true", () => {
  test.each(rows.filter((cells) => cells.length === 4))("%s: lives where it says", (name, _what, where) => {
    const files = backticked(where!).filter((path) => FILE.test(path));
    expect(files.length, `${name} names no file`).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(new URL(file, ROOT)), file).toBe(true);
    const sources = files.map((file) => readFileSync(new URL(file, ROOT), "utf8")).join("\n");
    for (const type of backticked(name!).filter((word) => TYPE_NAME.test(word))) {
      expect(sources, `${type} in ${files.join(", ")}`).toMatch(new RegExp(`(type|struct|interface|class) ${type}\\b`));
    }
  });

  test.each(rows)("%s: is made by functions the SDK exports, or the files it names declare", (...cells) => {
    const files = cells.flatMap(backticked).filter((path) => FILE.test(path));
    const sources = files.map((file) => readFileSync(new URL(file, ROOT), "utf8")).join("\n");
    const makers = backticked(cells.at(-1)!).filter((word) => /^[a-z][A-Za-z]+$/.test(word));
    for (const maker of makers) {
      if (!(maker in sdk)) expect(sources, maker).toMatch(new RegExp(`function ${maker}\\b`));
    }
  });
});
