import { describe, expect, test } from "vitest";
import { CLOSED, type TransactionEvent, type TransactionState, transactionReducer } from "./transactionState.ts";

const HASH = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
const REJECTED = { name: "UserRejected", args: {}, message: "rejected" };

function run(events: TransactionEvent[], from: TransactionState = CLOSED): TransactionState {
  return events.reduce(transactionReducer, from);
}

describe("transactionReducer", () => {
  test("follows review → wallet → pending → done on the happy path, keeping the hash", () => {
    expect(run([{ type: "open" }])).toEqual({ step: "review" });
    expect(run([{ type: "open" }, { type: "confirm" }])).toEqual({ step: "wallet" });
    expect(run([{ type: "open" }, { type: "confirm" }, { type: "sent", hash: HASH }])).toEqual({
      step: "pending",
      hash: HASH,
    });
    expect(run([{ type: "open" }, { type: "confirm" }, { type: "sent", hash: HASH }, { type: "succeeded" }])).toEqual({
      step: "done",
      hash: HASH,
    });
  });

  test("through a relayer: review → wallet → relay queued → relay submitted (hash) → done", () => {
    const queued = run([{ type: "open" }, { type: "confirm" }, { type: "relayed", relayer: "A", status: "queued" }]);
    expect(queued).toEqual({ step: "relay", relayer: "A", status: "queued" });
    const submitted = transactionReducer(queued, { type: "relayed", relayer: "A", status: "submitted", hash: HASH });
    expect(submitted).toEqual({ step: "relay", relayer: "A", status: "submitted", hash: HASH });
    const confirmed = transactionReducer(submitted, { type: "relayed", relayer: "A", status: "confirmed" });
    expect(confirmed).toEqual({ step: "relay", relayer: "A", status: "submitted", hash: HASH });
    expect(transactionReducer(confirmed, { type: "succeeded" })).toEqual({ step: "done", hash: HASH });
  });

  test("the next relayer starts without the hash of the one that failed", () => {
    const first = run([
      { type: "open" },
      { type: "confirm" },
      { type: "relayed", relayer: "A", status: "submitted", hash: HASH },
    ]);
    expect(transactionReducer(first, { type: "relayed", relayer: "B", status: "queued" })).toEqual({
      step: "relay",
      relayer: "B",
      status: "queued",
    });
    expect(run([{ type: "open" }, { type: "relayed", relayer: "A", status: "queued" }])).toEqual({ step: "review" });
  });

  test("a refusal in the wallet leads to the error step, and retry goes back to review", () => {
    const failed = run([{ type: "open" }, { type: "confirm" }, { type: "failed", error: REJECTED }]);
    expect(failed).toEqual({ step: "error", error: REJECTED, hash: undefined });
    expect(transactionReducer(failed, { type: "retry" })).toEqual({ step: "review" });
  });

  test("a failure after sending keeps the hash of what was sent", () => {
    const failed = run([
      { type: "open" },
      { type: "confirm" },
      { type: "sent", hash: HASH },
      { type: "failed", error: REJECTED },
    ]);
    expect(failed).toMatchObject({ step: "error", hash: HASH });
  });

  test("a second transaction sent in the same action (approve, then pay) updates the pending hash", () => {
    const second = "0x8f2a5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b2";
    expect(
      run([{ type: "open" }, { type: "confirm" }, { type: "sent", hash: HASH }, { type: "sent", hash: second }]),
    ).toEqual({ step: "pending", hash: second });
  });

  test("ignores events that make no sense in the current step, so no step is ever skipped", () => {
    expect(run([{ type: "confirm" }])).toEqual(CLOSED);
    expect(run([{ type: "open" }, { type: "sent", hash: HASH }])).toEqual({ step: "review" });
    expect(run([{ type: "open" }, { type: "succeeded" }])).toEqual({ step: "review" });
    expect(run([{ type: "open" }, { type: "confirm" }, { type: "open" }])).toEqual({ step: "wallet" });
    expect(run([{ type: "open" }, { type: "retry" }])).toEqual({ step: "review" });
  });

  test("closing from any step closes, and a late event after closing changes nothing", () => {
    const closed = run([{ type: "open" }, { type: "confirm" }, { type: "close" }]);
    expect(closed).toEqual(CLOSED);
    expect(run([{ type: "sent", hash: HASH }, { type: "succeeded" }], closed)).toEqual(CLOSED);
  });
});
