import type { ParsedMarketError } from "@grandrue/sdk";
import type { Hash } from "viem";

/**
 * Where a transaction stands in its one UX path:
 * review (what will happen) → wallet (waiting for the signature) → pending (sent, hash known) → done | error.
 */
export type TransactionState =
  | { step: "closed" }
  | { step: "review" }
  | { step: "wallet"; hash?: Hash }
  | { step: "pending"; hash: Hash }
  | { step: "done"; hash?: Hash }
  | { step: "error"; error: ParsedMarketError; hash?: Hash };

export type TransactionEvent =
  | { type: "open" }
  | { type: "confirm" }
  | { type: "sent"; hash: Hash }
  | { type: "succeeded" }
  | { type: "failed"; error: ParsedMarketError }
  | { type: "retry" }
  | { type: "close" };

export const CLOSED: TransactionState = { step: "closed" };

/**
 * The transaction dialog's state machine. Events that make no sense in the current step are ignored (a late
 * "sent" after the dialog was closed, a double "confirm"), so the UI can never skip a step.
 */
export function transactionReducer(state: TransactionState, event: TransactionEvent): TransactionState {
  switch (event.type) {
    case "open":
      return state.step === "closed" || state.step === "done" || state.step === "error" ? { step: "review" } : state;
    case "confirm":
      return state.step === "review" ? { step: "wallet" } : state;
    case "sent":
      return state.step === "wallet" || state.step === "pending" ? { step: "pending", hash: event.hash } : state;
    case "succeeded":
      return state.step === "wallet" || state.step === "pending" ? { step: "done", hash: hashOf(state) } : state;
    case "failed":
      return state.step === "wallet" || state.step === "pending"
        ? { step: "error", error: event.error, hash: hashOf(state) }
        : state;
    case "retry":
      return state.step === "error" ? { step: "review" } : state;
    case "close":
      return CLOSED;
  }
}

function hashOf(state: TransactionState): Hash | undefined {
  return "hash" in state ? state.hash : undefined;
}
