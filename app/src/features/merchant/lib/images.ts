/** Picture formats the app resizes in the browser (vector and exotic formats are refused). */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];

/** The largest photo accepted before resizing: a phone photo fits, a scan or a video does not. */
export const MAX_IMAGE_FILE_BYTES = 15 * 1024 * 1024;

/** What a logo or an item photo becomes before upload: at most this many pixels on its longer side and bytes. */
export const IMAGE_TARGETS = {
  logo: { maxWidthOrHeight: 512, maxBytes: 150 * 1024 },
  item: { maxWidthOrHeight: 1280, maxBytes: 400 * 1024 },
} as const;

export type ImageKind = keyof typeof IMAGE_TARGETS;

/**
 * Why a picked picture is not used, each said in words by `merchant:images.<problem>`:
 * - `empty`, `tooLarge`: its size, checked before anything is read;
 * - `notImage`: its content is no JPEG, PNG or WebP picture, whatever its name says;
 * - `undecodable`: it starts like a picture but the browser cannot draw it (a damaged file);
 * - `cannotResize`: this browser could not make it small enough to publish.
 */
export type ImageFileProblem = "empty" | "tooLarge" | "notImage" | "undecodable" | "cannotResize";

/** A picture refused on the way, with the reason to show. */
export class ImageProblemError extends Error {
  readonly problem: ImageFileProblem;

  constructor(problem: ImageFileProblem) {
    super(`The picture was refused: ${problem}`);
    this.name = "ImageProblemError";
    this.problem = problem;
  }
}

/**
 * The picture format a file's first bytes announce (its "magic number"), whatever its name or declared type says.
 * @example sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "image/jpeg"
 */
export function sniffImageType(head: Uint8Array): AcceptedImageType | undefined {
  const startsWith = (bytes: readonly number[], offset = 0) => bytes.every((byte, at) => head[offset + at] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return undefined;
}

/**
 * Checks a picked file before it is decoded or sent: not empty, at most 15 MB, and a JPEG, PNG or WebP picture by
 * its content (a file of random bytes named `.png` is refused).
 * @example await imageFileProblem(new File(["%PDF-1.7…"], "menu.png", { type: "image/png" })) // "notImage"
 */
export async function imageFileProblem(file: Blob): Promise<ImageFileProblem | undefined> {
  if (file.size === 0) return "empty";
  if (file.size > MAX_IMAGE_FILE_BYTES) return "tooLarge";
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  return sniffImageType(head) === undefined ? "notImage" : undefined;
}
