import { describe, expect, test } from "vitest";
import { imageFileProblem, MAX_IMAGE_FILE_BYTES } from "./images.ts";

describe("imageFileProblem", () => {
  test("a JPEG photo from a phone is accepted", () => {
    expect(imageFileProblem({ type: "image/jpeg", size: 4 * 1024 * 1024 })).toBeUndefined();
  });

  test("a PDF, a video and an SVG are refused as not pictures", () => {
    expect(imageFileProblem({ type: "application/pdf", size: 1000 })).toBe("notImage");
    expect(imageFileProblem({ type: "video/mp4", size: 1000 })).toBe("notImage");
    expect(imageFileProblem({ type: "image/svg+xml", size: 1000 })).toBe("notImage");
  });

  test("a picture over the size limit, and an empty one, are refused", () => {
    expect(imageFileProblem({ type: "image/png", size: MAX_IMAGE_FILE_BYTES + 1 })).toBe("tooLarge");
    expect(imageFileProblem({ type: "image/png", size: 0 })).toBe("empty");
  });
});
