// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { LanguageSwitch } from "../components/layout/LanguageSwitch.tsx";
import { allLocaleResources } from "../test/renderWithMarket.tsx";
import { createI18n } from "./createI18n.ts";
import { detectLanguage, LANGUAGE_STORAGE_KEY } from "./languages.ts";
import { storedLanguage } from "./useLanguage.ts";

async function startApp(preferred: string[]) {
  const i18n = await createI18n({
    language: detectLanguage({ stored: storedLanguage(), preferred }),
    resources: allLocaleResources(),
  });
  render(
    <I18nextProvider i18n={i18n}>
      <LanguageSwitch />
    </I18nextProvider>,
  );
  return i18n;
}

describe("language", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  test("a browser that prefers French opens the app in French", async () => {
    const i18n = await startApp(["fr-FR", "en"]);
    expect(i18n.language).toBe("fr");
    expect(document.documentElement.lang).toBe("fr");
    expect(screen.getByRole("button", { name: "Français" }).getAttribute("aria-pressed")).toBe("true");
    expect(i18n.t("nav.orders")).toBe("Mes commandes");
  });

  test("a browser that prefers English opens the app in English", async () => {
    const i18n = await startApp(["en-US", "fr"]);
    expect(i18n.language).toBe("en");
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
  });

  test("switching language in the header translates the app, sets <html lang> and is remembered", async () => {
    const i18n = await startApp(["fr-FR"]);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    await waitFor(() => expect(i18n.language).toBe("en"));
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    cleanup();
    const reopened = await startApp(["fr-FR"]);
    expect(reopened.language).toBe("en");
  });
});
