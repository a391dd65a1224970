/** Picture formats the app resizes in the browser (vector and exotic formats are refused). */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

/** The largest photo accepted before resizing: a phone photo fits, a scan or a video does not. */
export const MAX_IMAGE_FILE_BYTES = 15 * 1024 * 1024;

/** What a logo or an item photo becomes before upload: at most this many pixels on its longer side and this size. */
export const IMAGE_TARGETS = {
  logo: { maxWidthOrHeight: 512, maxSizeMB: 0.15 },
  item: { maxWidthOrHeight: 1280, maxSizeMB: 0.4 },
} as const;

export type ImageKind = keyof typeof IMAGE_TARGETS;

/** Why a picked file is refused before anything is read or sent. */
export type ImageFileProblem = "notImage" | "tooLarge" | "empty";

/**
 * Checks a picked file before it is read or uploaded: only JPEG, PNG and WebP pictures, not empty, at most 15 MB.
 * @example imageFileProblem(new File(["…"], "notes.pdf", { type: "application/pdf" })) // "notImage"
 */
export function imageFileProblem(file: Pick<File, "type" | "size">): ImageFileProblem | undefined {
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) return "notImage";
  if (file.size === 0) return "empty";
  return file.size > MAX_IMAGE_FILE_BYTES ? "tooLarge" : undefined;
}

/**
 * Resizes and recompresses a picture in the browser (browser-image-compression, loaded on first use, without its
 * web worker, which the Content-Security-Policy would block), reporting progress from 0 to 100.
 */
export async function compressImage(
  file: File,
  kind: ImageKind,
  onProgress: (percent: number) => void,
): Promise<Uint8Array> {
  const { default: imageCompression } = await import("browser-image-compression");
  const compressed = await imageCompression(file, { ...IMAGE_TARGETS[kind], useWebWorker: false, onProgress });
  return new Uint8Array(await compressed.arrayBuffer());
}
