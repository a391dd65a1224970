import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { HttpError } from "./httpError.ts";

export interface UploadedFile {
  /** The part's filename, URI-decoded as kubo-rpc-client encodes it; empty when none was sent. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads the file parts of a Kubo-style `multipart/form-data` upload into memory.
 * The whole body is always consumed (so the client can read the error response);
 * once the files exceed `maxBytes` in total the rest is discarded and a 413 is thrown.
 * Directory parts (`application/x-directory`) are refused with a 400.
 *
 * @example
 * const files = await readUploadedFiles(req, 10 * 1024 * 1024)
 */
export async function readUploadedFiles(req: IncomingMessage, maxBytes: number): Promise<UploadedFile[]> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers });
  } catch (error) {
    req.resume();
    throw new HttpError(400, `Expected a multipart/form-data upload: ${(error as Error).message}`);
  }
  const files: UploadedFile[] = [];
  let total = 0;
  let failure: HttpError | undefined;

  parser.on("file", (_field, stream, info) => {
    if (info.mimeType === "application/x-directory") {
      failure ??= new HttpError(400, "Directories are not supported: add files one by one");
    }
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) failure = new HttpError(413, `Upload exceeds the limit of ${maxBytes} bytes`);
      if (failure === undefined) chunks.push(chunk);
    });
    stream.on("end", () => {
      if (failure === undefined) files.push({ name: decodeFilename(info.filename), bytes: Buffer.concat(chunks) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", (error: Error) => {
      req.unpipe(parser);
      req.resume();
      reject(new HttpError(400, `Malformed multipart upload: ${error.message}`));
    });
    req.pipe(parser);
  });
  if (failure !== undefined) throw failure;
  if (files.length === 0) throw new HttpError(400, "The upload contains no file");
  return files;
}

function decodeFilename(filename: string | undefined): string {
  if (filename === undefined) return "";
  try {
    return decodeURIComponent(filename);
  } catch {
    return filename;
  }
}
