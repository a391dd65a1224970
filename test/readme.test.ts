import { readFile } from "node:fs/promises";
import { RANKING_RULES } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
const scripts = (
  JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }
).scripts;

describe("the README stays true", () => {
  test("documents the ranking the search engine applies, word for word", () => {
    for (const line of RANKING_RULES.split("\n").filter((rule) => rule.trim() !== "")) expect(readme).toContain(line);
  });

  test("names only npm scripts that exist", () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(3);
    for (const script of new Set(named)) expect(scripts, `npm run ${script}`).toHaveProperty(script);
  });

  test("has a quick start with the command that starts the app and the one that runs every test", () => {
    const quickStart = readme.slice(
      readme.indexOf("## Quick start"),
      readme.indexOf("## ", readme.indexOf("## Quick start") + 3),
    );
    expect(quickStart).toContain("npm run dev");
    expect(quickStart).toContain("npm test");
  });
});
