import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const FEATURES = fileURLToPath(new URL("../../app/src/features/", import.meta.url));

/** Every component a feature's files define (`export function PascalCase`), with the files that define it. */
function componentsByName(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const entry of readdirSync(FEATURES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".tsx") || entry.name.includes(".test.")) continue;
    const path = join(entry.parentPath, entry.name);
    for (const [, name] of readFileSync(path, "utf8").matchAll(/^export function ([A-Z]\w*)/gm)) {
      byName.set(name!, [...(byName.get(name!) ?? []), relative(FEATURES, path)]);
    }
  }
  return byName;
}

test("no two features define a component of the same name: one thing shared, or two things named apart", () => {
  const duplicates = [...componentsByName()].filter(([, paths]) => paths.length > 1);
  expect(Object.fromEntries(duplicates)).toEqual({});
});
