// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { emptyShopProfile, type ShopProfileForm } from "../../lib/shopProfile.ts";
import { validateShopProfile } from "../../lib/validateShopProfile.ts";
import { IdentityFields } from "./IdentityFields.tsx";

function pick(file: File) {
  fireEvent.change(screen.getByLabelText("Logo ou photo de la devanture"), { target: { files: [file] } });
}

function sizedFile(name: string, type: string, bytes: number): File {
  const file = new File(["x"], name, { type });
  Object.defineProperty(file, "size", { value: bytes });
  return file;
}

/** 10 MB of random bytes named like a PNG: what a merchant picked by mistake in the first-use test. */
function randomBytesNamedPng(): File {
  const bytes = new Uint8Array(10 * 1024 * 1024);
  for (let offset = 0; offset < bytes.length; offset += 65_536)
    crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  bytes[0] = 0x00; // random bytes could, once in 16 million, start like a JPEG
  return new File([bytes], "logo.png", { type: "image/png" });
}

/** The identity section with its form state and problems shown, as in the new-shop page. */
function IdentityForm({ onForm }: { onForm(form: ShopProfileForm): void }) {
  const [form, setForm] = useState(emptyShopProfile);
  return (
    <IdentityFields
      form={form}
      onChange={(patch) =>
        setForm((current) => {
          const next = { ...current, ...patch };
          onForm(next);
          return next;
        })
      }
      problems={validateShopProfile(form)}
    />
  );
}

describe("the logo picker", () => {
  afterEach(cleanup);

  test("10 MB of random bytes named .png are refused in words, by their content, before anything is sent", async () => {
    const onForm = vi.fn();
    const { market } = await renderWithMarket(<IdentityForm onForm={onForm} />);
    const upload = vi.spyOn(market.ipfs, "addBytes");
    pick(randomBytesNamedPng());
    expect(
      await screen.findByText(/Ce fichier n'est pas une image JPEG, PNG ou WebP, quel que soit son nom/),
    ).toBeTruthy();
    expect(document.body.textContent).not.toContain("[object");
    expect(upload).not.toHaveBeenCalled();
  });

  test("a logo that was not saved holds the form back, until the merchant picks another or goes on without it", async () => {
    const onForm = vi.fn();
    await renderWithMarket(<IdentityForm onForm={onForm} />);
    pick(randomBytesNamedPng());
    expect(
      await screen.findByText(
        "Le logo choisi n'a pas été enregistré : choisissez une autre image, ou continuez sans ce logo.",
      ),
    ).toBeTruthy();
    expect(validateShopProfile(onForm.mock.lastCall![0]).logo).toBe("logoNotSaved");
    fireEvent.click(screen.getByRole("button", { name: "Continuer sans ce logo" }));
    expect(validateShopProfile(onForm.mock.lastCall![0]).logo).toBeUndefined();
    expect(screen.queryByText(/n'est pas une image/)).toBeNull();
  });

  test("a document that is not a picture is refused with a clear message", async () => {
    const { market } = await renderWithMarket(<IdentityForm onForm={vi.fn()} />);
    const upload = vi.spyOn(market.ipfs, "addBytes");
    pick(new File(["%PDF-1.7 menu"], "menu.pdf", { type: "application/pdf" }));
    expect(await screen.findByText(/Ce fichier n'est pas une image JPEG, PNG ou WebP/)).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  test("a picture over 15 MB is refused with its limit, before it is read or sent", async () => {
    const { market } = await renderWithMarket(<IdentityForm onForm={vi.fn()} />);
    const upload = vi.spyOn(market.ipfs, "addBytes");
    pick(sizedFile("devanture.jpg", "image/jpeg", 16 * 1024 * 1024));
    expect(await screen.findByText("Cette image pèse plus de 15 Mo : choisissez-en une plus légère.")).toBeTruthy();
    expect(screen.getByLabelText("Logo ou photo de la devanture").getAttribute("aria-invalid")).toBe("true");
    expect(upload).not.toHaveBeenCalled();
  });
});
