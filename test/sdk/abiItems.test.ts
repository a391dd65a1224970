import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const GENERATED = fileURLToPath(new URL("../../sdk/src/generated/", import.meta.url));
const modules = (await readdir(`${GENERATED}abiItems`)).map((file) => file.replace(/\.ts$/, ""));

describe("abiItems: each event and function of a contract on its own", () => {
  test.each(modules)("%s holds exactly the events and functions of its ABI", async (module) => {
    const { [`${module}Abi`]: abi } = (await import(`${GENERATED}abis/${module}.ts`)) as Record<string, unknown[]>;
    const items = Object.values(await import(`${GENERATED}abiItems/${module}.ts`));
    const expected = (abi as { type: string }[]).filter((item) => item.type === "event" || item.type === "function");
    // A module namespace lists its exports by name, not in declaration order.
    expect(items).toHaveLength(expected.length);
    expect(items).toEqual(expect.arrayContaining(expected));
  });
});
