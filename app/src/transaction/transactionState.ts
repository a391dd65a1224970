import type { Hash } from "viem";

/**
 * A failed action as the app words it: a failure the SDK decoded (a `ParsedMarketError`), a contract error a relayer
 * decoded (its arguments as JSON), or one of the app's own (`TokenNotPullable`, `RelayersFailed`). Each name is a key
 * of the `errors` namespace.
 */
export type ActionError = { name: string; args: Record<string, unknown>; message: string };

/**
 * Where a transaction stands in its one UX path:
 * review (what will happen) → wallet (waiting for the signature) → pending (sent, hash known) → done | error.
 * Through a relayer (the gasless path), the wallet only signs and the relayer reports the rest:
 * review (with its fee) → wallet → relay (queued, then submitted with the hash) → done | error.
 */
export type TransactionState =
  | { step: "closed" }
  | { step: "review" }
  | { step: "wallet"; hash?: Hash }
  | { step: "pending"; hash: Hash }
  | { step: "relay"; relayer: string; status: "queued" | "submitted"; hash?: Hash }
  | { step: "done"; hash?: Hash }
  | { step: "error"; error: ActionError; hash?: Hash };

export type TransactionEvent =
  | { type: "open" }
  | { type: "confirm" }
  | { type: "sent"; hash: Hash }
  | { type: "relayed"; relayer: string; status: "queued" | "submitted" | "confirmed"; hash?: Hash }
  | { type: "succeeded" }
  | { type: "failed"; error: ActionError }
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
    case "relayed": {
      if (state.step !== "wallet" && state.step !== "relay") return state;
      const hash = event.hash ?? (state.step === "relay" && state.relayer === event.relayer ? state.hash : undefined);
      const status = event.status === "queued" ? "queued" : "submitted";
      return { step: "relay", relayer: event.relayer, status, ...(hash !== undefined && { hash }) };
    }
    case "succeeded":
      return isWorking(state) ? { step: "done", hash: hashOf(state) } : state;
    case "failed":
      return isWorking(state) ? { step: "error", error: event.error, hash: hashOf(state) } : state;
    case "retry":
      return state.step === "error" ? { step: "review" } : state;
    case "close":
      return CLOSED;
  }
}

function isWorking(state: TransactionState): boolean {
  return state.step === "wallet" || state.step === "pending" || state.step === "relay";
}

function hashOf(state: TransactionState): Hash | undefined {
  return "hash" in state ? state.hash : undefined;
}
