// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createTestI18n } from "../../test/renderWithMarket.tsx";
import { Badge } from "./Badge.tsx";
import { Banner } from "./Banner.tsx";
import { Button } from "./Button.tsx";
import { CopyableValue } from "./CopyableValue.tsx";
import { Distance } from "./Distance.tsx";
import { EmptyState } from "./EmptyState.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { Field } from "./Field.tsx";
import { PadlockNote } from "./PadlockNote.tsx";
import { Price } from "./Price.tsx";
import { Select } from "./Select.tsx";
import { ShippingAddress } from "./ShippingAddress.tsx";
import { Stars } from "./Stars.tsx";
import { TextInput } from "./TextInput.tsx";

let french: I18n;
let english: I18n;
beforeAll(async () => {
  french = await createTestI18n("fr");
  english = await createTestI18n("en");
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderIn(i18n: I18n, ui: ReactNode) {
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

const normalizeSpaces = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ");

describe("Button", () => {
  test("is a plain button by default, so it never submits a form by accident", () => {
    render(<Button>Save</Button>);
    expect(screen.getByRole("button", { name: "Save" }).getAttribute("type")).toBe("button");
  });

  test("while loading it is announced busy and ignores clicks", () => {
    const onClick = vi.fn();
    render(
      <Button isLoading onClick={onClick}>
        Pay
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Pay" });
    fireEvent.click(button);
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe("Field", () => {
  test("labels its input and links the hint", () => {
    render(
      <Field label="Shop name" hint="As on your sign">
        <TextInput />
      </Field>,
    );
    const input = screen.getByLabelText("Shop name");
    const hint = screen.getByText("As on your sign");
    expect(input.getAttribute("aria-describedby")).toBe(hint.id);
    expect(input.hasAttribute("aria-invalid")).toBe(false);
  });

  test("with an error it marks the input invalid and describes it with the error", () => {
    render(
      <Field label="Price" error="Write a price such as 3.20" isRequired>
        <TextInput />
      </Field>,
    );
    const input = screen.getByLabelText(/Price/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.hasAttribute("required")).toBe(true);
    const describedBy = input.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe("Write a price such as 3.20");
  });

  test("labels a select the same way, with its placeholder first", () => {
    render(
      <Field label="Carrier">
        <Select placeholder="Choose a carrier…" options={[{ value: "1", label: "Vélo Express" }]} />
      </Field>,
    );
    const select = screen.getByLabelText("Carrier") as HTMLSelectElement;
    expect([...select.options].map((option) => option.text)).toEqual(["Choose a carrier…", "Vélo Express"]);
  });
});

describe("Banner and Badge", () => {
  test("an error banner is announced at once, an info banner politely", () => {
    render(
      <>
        <Banner tone="error" title="Payment failed" />
        <Banner tone="info" title="Tip" />
      </>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Payment failed");
    expect(screen.getByRole("status").textContent).toContain("Tip");
  });

  test("a badge shows its text with its tone", () => {
    render(<Badge tone="success">Delivered</Badge>);
    expect(screen.getByText("Delivered").className).toContain("badge--success");
  });
});

describe("ShippingAddress", () => {
  const details = {
    name: "Camille Martin",
    street: "6 rue des Écoles",
    postcode: "45600",
    city: "Aubrelle-sur-Loire",
    country: "FR",
    phone: "06 12 34 56 78",
    instructions: "",
  };

  test("says the country in the reader's language and makes the phone a link to call, for every reader", () => {
    renderIn(english, <ShippingAddress details={details} />);
    expect(screen.getByText("France")).toBeTruthy();
    expect(screen.getByRole("link", { name: "06 12 34 56 78" }).getAttribute("href")).toBe("tel:0612345678");
    expect(document.querySelector(".shipping-address__instructions")).toBeNull();
  });
});

describe("Price", () => {
  test("writes euros the French way in French", () => {
    renderIn(french, <Price amount="1234.5" currency="EUR" />);
    expect(normalizeSpaces(screen.getByText(/€/).textContent)).toBe("1 234,50 €");
  });

  test("writes Swiss francs the English way in English, keeping the exact decimal value", () => {
    renderIn(english, <Price amount="3.2" currency="CHF" unit="/ kg" />);
    const price = screen.getByText(/CHF/);
    expect(normalizeSpaces(price.textContent)).toBe("CHF 3.20");
    expect(price.getAttribute("value")).toBe("3.2");
    expect(screen.getByText("/ kg")).toBeTruthy();
  });

  test("refuses a value that is not a decimal price rather than showing a wrong amount", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderIn(french, <Price amount="1e3" currency="EUR" />)).toThrow(/not a decimal price/);
  });
});

describe("Distance and Stars", () => {
  test("distances are in metres when close and kilometres farther, in the reader's language", () => {
    renderIn(french, <Distance metres={1240} />);
    const distance = screen.getByText(/à 1,2 km/).parentElement!;
    expect(normalizeSpaces(distance.querySelector("[aria-hidden]")!.textContent)).toBe("1,2 km");
  });

  test("stars say the rating and the number of reviews in words", () => {
    renderIn(english, <Stars rating={4.25} count={12} />);
    expect(screen.getByText("4.3 out of 5 (12 reviews)")).toBeTruthy();
  });

  test("stars without reviews say so instead of showing zero", () => {
    renderIn(french, <Stars rating={0} count={0} />);
    expect(screen.getByText("Pas encore d'avis")).toBeTruthy();
  });
});

describe("EmptyState and PadlockNote", () => {
  test("an empty state has a heading, an explanation and a way forward", () => {
    render(
      <EmptyState title="Your basket is empty" action={<a href="/">Find a shop</a>}>
        <p>Add something from a shop.</p>
      </EmptyState>,
    );
    expect(screen.getByRole("heading", { name: "Your basket is empty", level: 2 })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Find a shop" })).toBeTruthy();
  });

  test("a padlock note shows its reassurance with a decorative padlock", () => {
    const { container } = render(<PadlockNote>Held until delivery</PadlockNote>);
    expect(screen.getByText("Held until delivery")).toBeTruthy();
    expect(container.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("ErrorBoundary", () => {
  function Broken(): ReactNode {
    throw new Error("catalog could not be read");
  }

  test("shows the fallback instead of a blank page, and recovers when its reset key changes", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fallback = (error: unknown) => <p>Fallback: {(error as Error).message}</p>;
    const { rerender } = render(
      <ErrorBoundary resetKey="/shops/1" fallback={fallback}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText("Fallback: catalog could not be read")).toBeTruthy();
    rerender(
      <ErrorBoundary resetKey="/basket" fallback={fallback}>
        <p>Basket page</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("Basket page")).toBeTruthy();
  });
});

describe("CopyableValue", () => {
  test("shows the whole value and copies it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard);
    const id = `0x${"a15e3c91".padEnd(64, "0")}`;
    renderIn(french, <CopyableValue label="Identifiant complet de la commande" value={id} />);
    expect(screen.getByText(id)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Copier" }));
    expect(writeText).toHaveBeenCalledWith(id);
    expect(await screen.findByRole("button", { name: "Copié" })).toBeTruthy();
  });
});
