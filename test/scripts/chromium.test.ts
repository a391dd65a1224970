import { describe, expect, test } from "vitest";
import { chromiumExecutable, DEFAULT_CHROMIUM } from "../../scripts/lib/chromium.ts";

describe("chromiumExecutable", () => {
  test("is GRANDRUE_CHROMIUM when it is set", () => {
    expect(chromiumExecutable({ GRANDRUE_CHROMIUM: process.execPath })).toBe(process.execPath);
  });

  test("is /usr/bin/chromium otherwise, and a missing one names the variable that fixes it", () => {
    for (const env of [{}, { GRANDRUE_CHROMIUM: "" }]) {
      let path: string | undefined;
      try {
        path = chromiumExecutable(env);
      } catch (error) {
        expect((error as Error).message).toBe(
          `No Chromium at ${DEFAULT_CHROMIUM}: install it (Debian/Ubuntu: apt-get install chromium) or set GRANDRUE_CHROMIUM to its path.`,
        );
      }
      if (path !== undefined) expect(path).toBe(DEFAULT_CHROMIUM);
    }
  });

  test("a GRANDRUE_CHROMIUM that points nowhere is refused with its path", () => {
    expect(() => chromiumExecutable({ GRANDRUE_CHROMIUM: "/nowhere/chromium" })).toThrow(
      /^No Chromium at \/nowhere\/chromium: .* set GRANDRUE_CHROMIUM/,
    );
  });
});
