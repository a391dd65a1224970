const SNIFF_LENGTH = 512;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean =>
  prefix.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Control characters that never appear in text files (everything below space except \t \n \f \r, and DEL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * Guesses a file's media type from its first bytes, for the few kinds a shop publishes:
 * PNG, JPEG, GIF, WebP, SVG, JSON and UTF-8 text; anything else is `application/octet-stream`.
 *
 * @example
 * sniffContentType(new TextEncoder().encode('{"name":"Bakery"}')) // 'application/json'
 */
export function sniffContentType(head: Uint8Array): string {
  if (startsWith(head, [0x89, ...ascii("PNG\r\n\x1a\n")])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) return "image/gif";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  const text = decodeUtf8Prefix(head.subarray(0, SNIFF_LENGTH));
  if (text === undefined || BINARY_CONTROL.test(text)) return "application/octet-stream";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start)) return "image/svg+xml";
  if (start.startsWith("{") || start.startsWith("[")) return "application/json";
  return "text/plain; charset=utf-8";
}

/** Decodes UTF-8, tolerating a multi-byte character cut at the end; `undefined` if not UTF-8. */
function decodeUtf8Prefix(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}
