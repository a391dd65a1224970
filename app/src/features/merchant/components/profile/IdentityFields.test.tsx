// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { emptyShopProfile } from "../../lib/shopProfile.ts";
import { IdentityFields } from "./IdentityFields.tsx";

function pick(file: File) {
  fireEvent.change(screen.getByLabelText("Logo ou photo de la devanture"), { target: { files: [file] } });
}

function sizedFile(name: string, type: string, bytes: number): File {
  const file = new File(["x"], name, { type });
  Object.defineProperty(file, "size", { value: bytes });
  return file;
}

describe("the logo picker", () => {
  afterEach(cleanup);

  test("a document that is not a picture is refused with a clear message, before anything is read or sent", async () => {
    const onChange = vi.fn();
    const { market } = await renderWithMarket(
      <IdentityFields form={emptyShopProfile()} onChange={onChange} problems={{}} />,
    );
    const upload = vi.spyOn(market.ipfs, "addBytes");
    pick(sizedFile("menu.pdf", "application/pdf", 20_000));
    expect(
      await screen.findByText("Ce fichier n'est pas une photo : choisissez une image JPEG, PNG ou WebP."),
    ).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  test("a picture over 15 MB is refused with its limit, before it is resized or sent", async () => {
    const onChange = vi.fn();
    const { market } = await renderWithMarket(
      <IdentityFields form={emptyShopProfile()} onChange={onChange} problems={{}} />,
    );
    const upload = vi.spyOn(market.ipfs, "addBytes");
    pick(sizedFile("devanture.jpg", "image/jpeg", 16 * 1024 * 1024));
    expect(await screen.findByText("Cette image pèse plus de 15 Mo : choisissez-en une plus légère.")).toBeTruthy();
    expect(screen.getByLabelText("Logo ou photo de la devanture").getAttribute("aria-invalid")).toBe("true");
    expect(upload).not.toHaveBeenCalled();
  });
});
