import { IMAGE_TARGETS, type ImageKind, ImageProblemError } from "./images.ts";

/** Encoding qualities tried in turn until the picture fits its byte budget. */
const QUALITIES = [0.9, 0.8, 0.7, 0.6, 0.5] as const;
/** How much smaller each further round draws the picture when even the lowest quality is too heavy. */
const SHRINK = 0.75;
const MAX_ROUNDS = 4;

type Surface = {
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  encode(type: string, quality: number): Promise<Blob>;
};

/** A drawing surface: an OffscreenCanvas where the browser has one, else a detached `<canvas>`. */
function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== "undefined") {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (context === null) throw new ImageProblemError("cannotResize");
    return { context, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (context === null) throw new ImageProblemError("cannotResize");
  return {
    context,
    encode: (type, quality) =>
      new Promise((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob === null ? reject(new ImageProblemError("cannotResize")) : resolve(blob)),
          type,
          quality,
        ),
      ),
  };
}

/** Draws the picture at `scale`; in JPEG (for a browser that cannot write WebP) on white, which has no transparency. */
async function encodeAt(bitmap: ImageBitmap, scale: number, quality: number, type: string): Promise<Blob> {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const { context, encode } = surface(width, height);
  if (type === "image/jpeg") {
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(bitmap, 0, 0, width, height);
  return encode(type, quality);
}

/**
 * Resizes and recompresses a checked picture in the browser with its own canvas — no library, no worker, nothing
 * fetched — to at most the kind's size on its longer side and its byte budget, in WebP (JPEG where the browser
 * cannot write WebP), reporting progress from 0 to 100.
 * @throws ImageProblemError `undecodable` when the browser cannot draw the file, `cannotResize` when it cannot
 *   make it small enough.
 */
export async function resizeImage(
  file: Blob,
  kind: ImageKind,
  onProgress: (percent: number) => void,
): Promise<Uint8Array> {
  const { maxWidthOrHeight, maxBytes } = IMAGE_TARGETS[kind];
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ImageProblemError("undecodable");
  }
  try {
    onProgress(20);
    let scale = Math.min(1, maxWidthOrHeight / Math.max(bitmap.width, bitmap.height));
    let type = "image/webp";
    const attempts = MAX_ROUNDS * QUALITIES.length;
    for (let round = 0; round < MAX_ROUNDS; round += 1, scale *= SHRINK) {
      for (const [index, quality] of QUALITIES.entries()) {
        const blob = await encodeAt(bitmap, scale, quality, type);
        if (blob.type !== type) {
          // This browser writes no WebP (it returned a PNG): use JPEG instead, from the same quality.
          type = "image/jpeg";
          const jpeg = await encodeAt(bitmap, scale, quality, type);
          if (jpeg.size <= maxBytes) return new Uint8Array(await jpeg.arrayBuffer());
          continue;
        }
        onProgress(20 + (80 * (round * QUALITIES.length + index + 1)) / attempts);
        if (blob.size <= maxBytes) return new Uint8Array(await blob.arrayBuffer());
      }
    }
    throw new ImageProblemError("cannotResize");
  } finally {
    bitmap.close();
  }
}
