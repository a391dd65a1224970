import { type MarketErrorName, ORDER_STATUSES } from "@grandrue/sdk";
import * as generatedAbis from "@grandrue/sdk/abis";
import { describe, expect, expectTypeOf, test } from "vitest";
import type englishErrors from "../locales/en/errors.json";
import type frenchErrors from "../locales/fr/errors.json";
import { allLocaleResources } from "../test/renderWithMarket.tsx";
import { LANGUAGES, NAMESPACES } from "./languages.ts";

type Tree = { [key: string]: string | Tree };

const resources = allLocaleResources() as Record<string, Record<string, Tree>>;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a namespace, dotted, with plural forms folded into their base key (languages differ there). */
function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`.replace(PLURAL_SUFFIX, "")] : keysOf(value, `${prefix}${key}.`),
  );
}

function leavesOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : leavesOf(value)));
}

const contractErrorNames = [
  ...new Set(
    Object.values(generatedAbis).flatMap((abi) =>
      (abi as readonly { type: string; name?: string }[]).flatMap((item) =>
        item.type === "error" && item.name !== undefined ? [item.name] : [],
      ),
    ),
  ),
].sort();

describe("translations", () => {
  test("the generated ABIs declare contract errors (so the checks below check something)", () => {
    expect(contractErrorNames.length).toBeGreaterThan(20);
    expect(contractErrorNames).toContain("InvalidStatus");
  });

  test.each(LANGUAGES)("every contract error, UserRejected and Unknown have a %s message", (language) => {
    const errors = resources[language]?.errors ?? {};
    const missing = [...contractErrorNames, "UserRejected", "Unknown"].filter(
      (name) => typeof errors[name] !== "string" || errors[name] === "",
    );
    expect(missing).toEqual([]);
  });

  test("TypeScript knows it too: every name the SDK decodes to is a key of both errors files", () => {
    expectTypeOf<Exclude<MarketErrorName, keyof typeof englishErrors>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<MarketErrorName, keyof typeof frenchErrors>>().toEqualTypeOf<never>();
  });

  test.each(LANGUAGES)("every order status has a %s word for InvalidStatus", (language) => {
    const words = (resources[language]?.errors?.orderStatus ?? {}) as Tree;
    expect(ORDER_STATUSES.filter((status) => typeof words[status] !== "string" || words[status] === "")).toEqual([]);
  });

  test.each(NAMESPACES)("French and English have the same keys in the %s namespace", (namespace) => {
    const french = new Set(keysOf(resources.fr?.[namespace] ?? {}));
    const english = new Set(keysOf(resources.en?.[namespace] ?? {}));
    expect(french.size).toBeGreaterThan(0);
    expect([...french].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !french.has(key))).toEqual([]);
  });

  test("there is no namespace file outside the declared namespaces", () => {
    for (const language of LANGUAGES)
      expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...NAMESPACES].sort());
  });

  test.each(LANGUAGES)("%s error messages speak plain words: no revert, no hexadecimal, no empty text", (language) => {
    const messages = leavesOf(resources[language]?.errors ?? {});
    expect(messages.filter((message) => /revert|0x[0-9a-f]{4,}/i.test(message) || message.trim() === "")).toEqual([]);
  });
});
