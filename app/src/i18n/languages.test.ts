import { describe, expect, test } from "vitest";
import { detectLanguage } from "./languages.ts";

describe("detectLanguage", () => {
  test("chooses French when the browser prefers French", () => {
    expect(detectLanguage({ stored: null, preferred: ["fr-CH", "en-US"] })).toBe("fr");
  });

  test("chooses French when it is the first language we speak among the browser's preferences", () => {
    expect(detectLanguage({ stored: null, preferred: ["de-CH", "fr", "en"] })).toBe("fr");
  });

  test("chooses English when the browser prefers English", () => {
    expect(detectLanguage({ stored: null, preferred: ["en-GB", "fr"] })).toBe("en");
  });

  test("falls back to English when the browser names no language we speak", () => {
    expect(detectLanguage({ stored: null, preferred: ["de-DE", "it"] })).toBe("en");
    expect(detectLanguage({ stored: null, preferred: [] })).toBe("en");
  });

  test("keeps the language chosen earlier in the header over the browser's preference", () => {
    expect(detectLanguage({ stored: "en", preferred: ["fr-FR"] })).toBe("en");
  });

  test("ignores a stored value that is not a language we speak", () => {
    expect(detectLanguage({ stored: "klingon", preferred: ["fr-FR"] })).toBe("fr");
  });
});
