import { DatabaseSync } from "node:sqlite";
import type { IntentKind, IntentState, IntentStatus, RelayerErrorCode } from "@grandrue/sdk";
import type { Address, Hash, Hex } from "viem";

/** An intent as the queue keeps it: what to send, and what happened to it. */
export type StoredIntent = {
  id: string;
  kind: IntentKind;
  status: IntentStatus;
  signer: Address;
  /** `contract:signer:nonce`: at most one live intent per signed nonce (a unique index enforces it). */
  nonceKey: string;
  /** The sponsorship that pays its gas (a shop id or "*"), when its fee is 0. */
  sponsor?: string;
  /** Gas cost charged to `sponsor`: reserved at acceptance, the real cost once mined, 0 if never sent. */
  sponsoredCost: bigint;
  deadline: bigint;
  call: { to: Address; data: Hex; value: bigint };
  gas: bigint;
  /**
   * The signed transaction last sent (`raw`, `hash`), the hashes it replaced at the same nonce with lower fees
   * (`replaced`, oldest first; any of them may be the one mined) and when it was written (`sentAt`, ms); once mined,
   * `hash` is the one that landed.
   */
  transaction?: { nonce: number; raw: Hex; hash: Hash; replaced: Hash[]; sentAt: number };
  receipt?: { blockNumber: bigint; gasUsed: bigint; status: "success" | "reverted" };
  error?: { code: RelayerErrorCode; message: string };
};

/** Another live intent already carries this signed nonce. */
export class DuplicateNonceError extends Error {
  constructor(nonceKey: string) {
    super(`An intent with nonce ${nonceKey} is already queued or done`);
    this.name = "DuplicateNonceError";
  }
}

type Row = Record<string, string | number | null>;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS intents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    signer TEXT NOT NULL,
    nonce_key TEXT NOT NULL,
    sponsor TEXT,
    sponsored_cost TEXT NOT NULL,
    deadline TEXT NOT NULL,
    call_to TEXT NOT NULL,
    call_data TEXT NOT NULL,
    call_value TEXT NOT NULL,
    gas TEXT NOT NULL,
    tx_nonce INTEGER,
    tx_raw TEXT,
    tx_hash TEXT,
    tx_replaced TEXT,
    receipt TEXT,
    error TEXT,
    updated_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS live_nonce ON intents (nonce_key) WHERE status <> 'failed';
  CREATE INDEX IF NOT EXISTS by_status ON intents (status, seq);
  CREATE INDEX IF NOT EXISTS by_sponsor ON intents (sponsor) WHERE sponsor IS NOT NULL;
`;

function fromRow(row: Row): StoredIntent {
  const receipt = row.receipt ? (JSON.parse(String(row.receipt)) as Record<string, string>) : undefined;
  return {
    id: String(row.id),
    kind: row.kind as IntentKind,
    status: row.status as IntentStatus,
    signer: row.signer as Address,
    nonceKey: String(row.nonce_key),
    sponsor: row.sponsor === null ? undefined : String(row.sponsor),
    sponsoredCost: BigInt(String(row.sponsored_cost)),
    deadline: BigInt(String(row.deadline)),
    call: { to: row.call_to as Address, data: row.call_data as Hex, value: BigInt(String(row.call_value)) },
    gas: BigInt(String(row.gas)),
    transaction:
      row.tx_hash === null
        ? undefined
        : {
            nonce: Number(row.tx_nonce),
            raw: row.tx_raw as Hex,
            hash: row.tx_hash as Hash,
            replaced: row.tx_replaced ? (JSON.parse(String(row.tx_replaced)) as Hash[]) : [],
            sentAt: Number(row.updated_at),
          },
    receipt: receipt && {
      blockNumber: BigInt(receipt.blockNumber!),
      gasUsed: BigInt(receipt.gasUsed!),
      status: receipt.status as "success" | "reverted",
    },
    error: row.error ? (JSON.parse(String(row.error)) as StoredIntent["error"]) : undefined,
  };
}

/**
 * The relayer's persistent queue, in one SQLite file (`node:sqlite`, synchronous, so each change is on disk before the
 * relayer answers or sends anything). The signed transaction is written before it is broadcast, so a restart finds
 * every intent either queued, sent with a known hash and raw bytes (rebroadcast as is: same nonce, same hash, at most
 * once on chain), or finished.
 */
export class IntentStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    this.#db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    this.#db.exec(SCHEMA);
    // Queues written before replacements existed lack the column.
    const columns = this.#db.prepare("PRAGMA table_info(intents)").all() as Row[];
    if (!columns.some((column) => column.name === "tx_replaced"))
      this.#db.exec("ALTER TABLE intents ADD COLUMN tx_replaced TEXT");
  }

  /** Queues an intent; throws {@link DuplicateNonceError} when a live intent has its nonce. */
  insert(intent: Omit<StoredIntent, "status" | "transaction" | "receipt" | "error">): void {
    try {
      this.#db
        .prepare(
          `INSERT INTO intents (id, kind, status, signer, nonce_key, sponsor, sponsored_cost, deadline, call_to,
             call_data, call_value, gas, updated_at)
           VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          intent.id,
          intent.kind,
          intent.signer,
          intent.nonceKey,
          intent.sponsor ?? null,
          intent.sponsoredCost.toString(),
          intent.deadline.toString(),
          intent.call.to,
          intent.call.data,
          intent.call.value.toString(),
          intent.gas.toString(),
          Date.now(),
        );
    } catch (error) {
      if (String((error as Error).message).includes("UNIQUE")) throw new DuplicateNonceError(intent.nonceKey);
      throw error;
    }
  }

  get(id: string): StoredIntent | undefined {
    const row = this.#db.prepare("SELECT * FROM intents WHERE id = ?").get(id) as Row | undefined;
    return row && fromRow(row);
  }

  /** The oldest intent still waiting to be sent. */
  nextQueued(): StoredIntent | undefined {
    const row = this.#db.prepare("SELECT * FROM intents WHERE status = 'queued' ORDER BY seq LIMIT 1").get() as
      | Row
      | undefined;
    return row && fromRow(row);
  }

  /** Intents sent and not yet mined, in the order of their transactions' nonces. */
  submitted(): StoredIntent[] {
    return (this.#db.prepare("SELECT * FROM intents WHERE status = 'submitted' ORDER BY tx_nonce").all() as Row[]).map(
      fromRow,
    );
  }

  /** Records the signed transaction: called before it is broadcast. */
  markSubmitted(
    id: string,
    transaction: Pick<NonNullable<StoredIntent["transaction"]>, "nonce" | "raw" | "hash">,
  ): void {
    this.#db
      .prepare(
        `UPDATE intents SET status = 'submitted', tx_nonce = ?, tx_raw = ?, tx_hash = ?, tx_replaced = NULL, updated_at = ?
           WHERE id = ?`,
      )
      .run(transaction.nonce, transaction.raw, transaction.hash, Date.now(), id);
  }

  /**
   * Records a replacement of the intent's pending transaction (same nonce, higher fees): called before it is
   * broadcast. The replaced hash is kept, since either may be mined.
   */
  markReplaced(id: string, replacement: { raw: Hex; hash: Hash }): void {
    const intent = this.get(id);
    if (intent?.status !== "submitted") throw new Error(`Intent ${id} has no pending transaction to replace`);
    const replaced = [...intent.transaction!.replaced, intent.transaction!.hash];
    this.#db
      .prepare("UPDATE intents SET tx_raw = ?, tx_hash = ?, tx_replaced = ?, updated_at = ? WHERE id = ?")
      .run(replacement.raw, replacement.hash, JSON.stringify(replaced), Date.now(), id);
  }

  /** Failed when the node refused its transaction: nothing was broadcast, so its nonce is free again. */
  markNotSent(id: string, error: NonNullable<StoredIntent["error"]>): void {
    this.#db
      .prepare(
        `UPDATE intents SET status = 'failed', error = ?, sponsored_cost = '0', tx_nonce = NULL, tx_raw = NULL,
           tx_hash = NULL, updated_at = ? WHERE id = ?`,
      )
      .run(JSON.stringify(error), Date.now(), id);
  }

  /**
   * Mined as `hash` (the last one sent or one it replaced): confirmed when it succeeded, else failed with `error`;
   * the sponsored cost becomes the real one.
   */
  markMined(
    id: string,
    hash: Hash,
    receipt: NonNullable<StoredIntent["receipt"]>,
    cost: bigint,
    error?: NonNullable<StoredIntent["error"]>,
  ): void {
    this.#db
      .prepare(
        `UPDATE intents SET status = ?, tx_hash = ?, receipt = ?, error = ?,
           sponsored_cost = CASE WHEN sponsor IS NULL THEN '0' ELSE ? END, updated_at = ? WHERE id = ?`,
      )
      .run(
        error ? "failed" : "confirmed",
        hash,
        JSON.stringify({
          ...receipt,
          blockNumber: receipt.blockNumber.toString(),
          gasUsed: receipt.gasUsed.toString(),
        }),
        error ? JSON.stringify(error) : null,
        cost.toString(),
        Date.now(),
        id,
      );
  }

  /** Failed before anything was mined: nothing was spent for it. */
  markFailed(id: string, error: NonNullable<StoredIntent["error"]>): void {
    this.#db
      .prepare("UPDATE intents SET status = 'failed', error = ?, sponsored_cost = '0', updated_at = ? WHERE id = ?")
      .run(JSON.stringify(error), Date.now(), id);
  }

  /** Gas cost charged to a sponsorship so far, reservations of live intents included. */
  sponsoredSpent(sponsor: string): bigint {
    const rows = this.#db.prepare("SELECT sponsored_cost FROM intents WHERE sponsor = ?").all(sponsor) as Row[];
    return rows.reduce((sum, row) => sum + BigInt(String(row.sponsored_cost)), 0n);
  }

  /** How many intents are in each status (for the status line and the tests). */
  counts(): Record<IntentStatus, number> {
    const counts = { queued: 0, submitted: 0, confirmed: 0, failed: 0 };
    for (const row of this.#db.prepare("SELECT status, COUNT(*) AS n FROM intents GROUP BY status").all() as Row[]) {
      counts[row.status as IntentStatus] = Number(row.n);
    }
    return counts;
  }

  close(): void {
    this.#db.close();
  }
}

/** The public view of a stored intent (`GET /intents/:id`). */
export function intentState(intent: StoredIntent): IntentState {
  return {
    id: intent.id,
    kind: intent.kind,
    status: intent.status,
    ...(intent.transaction && { transactionHash: intent.transaction.hash }),
    ...(intent.receipt && { receipt: intent.receipt }),
    ...(intent.error && { error: intent.error }),
  };
}
