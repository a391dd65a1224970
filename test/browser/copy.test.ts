import { describe, expect, test } from "vitest";
import { fr } from "./copy.ts";

describe("fr: the app's French text for the browser stories", () => {
  test("reads a key from its namespace's locale file", () => {
    expect(fr("common:wallet.disconnect")).toBe("Se déconnecter");
  });

  test("fills in values and picks the plural form the count asks for", () => {
    expect(fr("orders:checkout.review.pay", { count: 2 })).toBe("Payer les 2 commandes");
    expect(fr("common:nav.basketWithCount", { count: 0 })).toBe("Panier, 0 article");
  });

  test("a key or a value the locale file does not have is an error, not an empty selector", () => {
    expect(() => fr("common:wallet.nothingHere")).toThrow("No French text for common:wallet.nothingHere");
    expect(() => fr("orders:basket.quantityOf")).toThrow("orders:basket.quantityOf needs {{item}}");
  });
});
