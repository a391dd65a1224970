import {
  DecryptionError,
  InvalidDeliveryCodeError,
  MarketError,
  parseMarketError,
  ReplicaQuorumError,
} from "@grandrue/sdk";
import { BaseError } from "viem";
import { describeMarketError } from "./contractErrorMessages.ts";
import { CliError, UsageError } from "./errors.ts";

/** What the CLI says when a command fails: one line, optional detail lines, and the exit status. */
export type ErrorReport = { message: string; details: readonly string[]; exitCode: 1 | 2 };

/**
 * Turns any error into a one-line message without stack trace: usage errors (exit status 2) point to `--help`,
 * contract errors are said in plain words, SDK and IPFS errors keep their own message.
 */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof UsageError) {
    const hint =
      error.command === undefined ? "run npm run cli -- --help" : `see npm run cli -- ${error.command} --help`;
    return { message: `${error.message} (${hint})`, details: [], exitCode: 2 };
  }
  if (error instanceof CliError) return { message: oneLine(error.message), details: error.details, exitCode: 1 };
  if (error instanceof MarketError)
    return { message: describeMarketError(parseMarketError(error)), details: [], exitCode: 1 };
  if (error instanceof ReplicaQuorumError) {
    const message = `${error.cid} is stored on ${error.stored.length} of the ${error.required} IPFS nodes required`;
    const details = error.failures.map(
      ({ replica, apiUrl, status, message: why }) =>
        `${replica} (${apiUrl}) refused: ${status === undefined ? "" : `HTTP ${status}, `}${oneLine(why)}`,
    );
    return { message, details, exitCode: 1 };
  }
  if (error instanceof DecryptionError)
    return { message: `Cannot decrypt the shipping label: ${oneLine(error.message)}`, details: [], exitCode: 1 };
  if (error instanceof InvalidDeliveryCodeError)
    return { message: `Invalid delivery code: ${error.message}`, details: [], exitCode: 1 };
  if (error instanceof BaseError) return { message: oneLine(error.shortMessage), details: [], exitCode: 1 };
  return { message: oneLine(error instanceof Error ? error.message : String(error)), details: [], exitCode: 1 };
}

function oneLine(text: string): string {
  return text.trim().replace(/:?\s*\n\s*(?:-\s*)?/g, "; ");
}
