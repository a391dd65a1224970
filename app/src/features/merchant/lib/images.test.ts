import { describe, expect, test } from "vitest";
import { imageFileProblem, MAX_IMAGE_FILE_BYTES, sniffImageType } from "./images.ts";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const WEBP = [0x52, 0x49, 0x46, 0x46, 0x10, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50];

function file(bytes: number[], name: string, type: string): File {
  return new File([new Uint8Array([...bytes, 1, 2, 3, 4, 5, 6, 7, 8])], name, { type });
}

describe("sniffImageType", () => {
  test("reads JPEG, PNG and WebP from their first bytes", () => {
    expect(sniffImageType(new Uint8Array(JPEG))).toBe("image/jpeg");
    expect(sniffImageType(new Uint8Array(PNG))).toBe("image/png");
    expect(sniffImageType(new Uint8Array(WEBP))).toBe("image/webp");
  });

  test("knows nothing else: GIF, SVG, PDF, a RIFF that is a WAV", () => {
    for (const text of ["GIF89a", "<svg xmlns", "%PDF-1.7", "RIFF\u0010\u0000\u0000\u0000WAVE"])
      expect(sniffImageType(new TextEncoder().encode(text)), text).toBeUndefined();
  });
});

describe("imageFileProblem", () => {
  test("a JPEG photo, a PNG logo and a WebP are accepted by their content", async () => {
    expect(await imageFileProblem(file(JPEG, "photo.jpg", "image/jpeg"))).toBeUndefined();
    expect(await imageFileProblem(file(PNG, "logo", ""))).toBeUndefined();
    expect(await imageFileProblem(file(WEBP, "vitrine.webp", "image/webp"))).toBeUndefined();
  });

  test("anything else is refused as not a picture, whatever its name or declared type", async () => {
    expect(await imageFileProblem(file([0x25, 0x50, 0x44, 0x46], "logo.png", "image/png"))).toBe("notImage");
    expect(await imageFileProblem(file([0x3c, 0x73, 0x76, 0x67], "logo.svg", "image/svg+xml"))).toBe("notImage");
  });

  test("a picture over the size limit, and an empty one, are refused before anything is read", async () => {
    const huge = new File(["x"], "scan.jpg", { type: "image/jpeg" });
    Object.defineProperty(huge, "size", { value: MAX_IMAGE_FILE_BYTES + 1 });
    expect(await imageFileProblem(huge)).toBe("tooLarge");
    expect(await imageFileProblem(new File([], "vide.png", { type: "image/png" }))).toBe("empty");
  });
});
