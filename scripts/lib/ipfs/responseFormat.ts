import { HttpError } from "./httpError.ts";

/** What a gateway request asks for: the raw block, a CAR of the DAG, or the decoded file. */
export type ResponseFormat = "raw" | "car" | "file";

const ACCEPTED_MEDIA_TYPES: Readonly<Record<string, ResponseFormat>> = {
  "application/vnd.ipld.raw": "raw",
  "application/vnd.ipld.car": "car",
};

/**
 * Picks the response format as the trustless gateway spec says: `?format=` wins over `Accept`;
 * among `Accept` media types the first verifiable one listed is used; otherwise the file itself.
 *
 * @example
 * responseFormat(null, 'application/vnd.ipld.car; version=1') // 'car'
 */
export function responseFormat(formatParam: string | null, accept: string | undefined): ResponseFormat {
  if (formatParam !== null && formatParam !== "") {
    if (formatParam === "raw" || formatParam === "car") return formatParam;
    throw new HttpError(400, `Unsupported format "${formatParam}": this gateway serves format=raw and format=car`);
  }
  for (const mediaRange of (accept ?? "").split(",")) {
    const format = ACCEPTED_MEDIA_TYPES[mediaRange.split(";")[0]!.trim().toLowerCase()];
    if (format !== undefined) return format;
  }
  return "file";
}
