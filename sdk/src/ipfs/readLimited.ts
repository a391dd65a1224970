import { ContentTooLargeError } from "./errors.ts";

/**
 * Reads a response body, stopping as soon as it exceeds `maxBytes` (an announced Content-Length
 * above the limit is refused before reading), so a hostile gateway cannot exhaust memory.
 * @throws {ContentTooLargeError}
 */
export async function readLimited(response: Response, maxBytes: number, gateway: string): Promise<Uint8Array> {
  const announced = Number(response.headers.get("Content-Length") ?? 0);
  if (announced > maxBytes) {
    await response.body?.cancel();
    throw new ContentTooLargeError(gateway, maxBytes);
  }
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); chunk.done !== true; chunk = await reader.read()) {
    length += chunk.value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new ContentTooLargeError(gateway, maxBytes);
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
