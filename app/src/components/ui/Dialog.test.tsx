// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { useState } from "react";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { createTestI18n } from "../../test/renderWithMarket.tsx";
import { Dialog } from "./Dialog.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n("en");
});
afterEach(cleanup);

function Example({ isDismissable = true }: { isDismissable?: boolean }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <I18nextProvider i18n={i18n}>
      <main>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        <a href="/elsewhere">Outside link</a>
      </main>
      <Dialog
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        title="Confirm delivery"
        description="The shop will be paid."
        isDismissable={isDismissable}
        footer={<button type="button">Confirm</button>}
      >
        <input aria-label="Code" />
      </Dialog>
    </I18nextProvider>
  );
}

function tab(shiftKey = false) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "Tab", shiftKey });
}

describe("Dialog", () => {
  test("opens labelled by its title and described by its description, with focus inside", () => {
    render(<Example />);
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    const dialog = screen.getByRole("dialog", { name: "Confirm delivery" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "The shop will be paid.",
    );
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  test("makes the page behind inert while open", () => {
    render(<Example />);
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    const page = screen.getByText("Outside link").closest("div");
    expect(page?.inert).toBe(true);
  });

  test("keeps Tab and Shift+Tab inside the dialog", () => {
    render(<Example />);
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    const close = screen.getByRole("button", { name: "Close" });
    const confirm = screen.getByRole("button", { name: "Confirm" });
    confirm.focus();
    tab();
    expect(document.activeElement).toBe(close);
    tab(true);
    expect(document.activeElement).toBe(confirm);
  });

  test("closes on Escape and gives focus back to the button that opened it", () => {
    render(<Example />);
    const opener = screen.getByRole("button", { name: "Open" });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(screen.getByText("Outside link").closest("div")?.inert).toBe(false);
  });

  test("cannot be dismissed while it must not be interrupted", () => {
    render(<Example isDismissable={false} />);
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
  });
});
