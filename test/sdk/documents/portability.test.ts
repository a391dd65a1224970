import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "../../..");
const folders = ["sdk/src/documents", "sdk/src/privacy"];
const NODE_ONLY =
  /from ['"](?:node:[^'"]+|fs|path|crypto|buffer|os|child_process|util)['"]|\bBuffer\.|\bprocess\.|\brequire\(/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(root, folder, name));
}

describe("documents and privacy sources", () => {
  test("use no Node-only module or global, so they run in the browser too", () => {
    const files = folders.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .filter((file) => NODE_ONLY.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
