import {
  type Account,
  type Address,
  type Hash,
  keccak256,
  type PublicClient,
  TransactionNotFoundError,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
} from "viem";
import { revertFailure } from "../intents/simulateIntent.ts";
import type { IntentStore, StoredIntent } from "./intentStore.ts";

export type SubmitterOptions = {
  client: PublicClient;
  /** The relayer's own account, a local key: transactions are signed here and written down before they are sent. */
  account: Account & { signTransaction: NonNullable<Account["signTransaction"]> };
  store: IntentStore;
  /** How often receipts are looked for and the queue is looked at when nothing woke it (default 250 ms). */
  pollIntervalMs?: number;
  /** Gas limit above the estimate, in percent (default 20). */
  gasMarginPercent?: number;
  log?: (line: string) => void;
};

function messageOf(error: unknown): string {
  return (error as { shortMessage?: string }).shortMessage ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The one sender of the relayer's account. It takes the queue's intents in order, gives each the next nonce of the
 * account, signs, records the signed transaction, then broadcasts it; a second loop records the receipts. Only this
 * object picks nonces, so concurrent requests can neither reuse one nor leave a gap. After a crash, {@link start}
 * first settles what the last run left: transactions already mined are recorded, transactions signed but unknown to
 * the node are broadcast again byte for byte (same nonce, same hash: they land at most once).
 */
export class Submitter {
  readonly #options: Required<Omit<SubmitterOptions, "log">> & { log: (line: string) => void };
  #nextNonce = 0;
  #isStopped = false;
  #wakeUp: (() => void) | undefined;
  #loops: Promise<void>[] = [];

  constructor(options: SubmitterOptions) {
    this.#options = { pollIntervalMs: 250, gasMarginPercent: 20, log: () => {}, ...options };
  }

  get address(): Address {
    return this.#options.account.address;
  }

  /** Settles the previous run's transactions, then starts sending and watching. */
  async start(): Promise<void> {
    await this.#recover();
    this.#loops = [this.#sendLoop(), this.#watchLoop()];
  }

  /** A new intent is queued: send it now rather than at the next poll. */
  wake(): void {
    this.#wakeUp?.();
  }

  /** Stops after the transaction being sent, if any (the queue keeps the rest for the next start). */
  async stop(): Promise<void> {
    this.#isStopped = true;
    this.wake();
    await Promise.all(this.#loops);
  }

  async #pause(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.#options.pollIntervalMs);
      this.#wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.#wakeUp = undefined;
  }

  async #recover(): Promise<void> {
    const { client, store, log } = this.#options;
    const minedCount = await client.getTransactionCount({ address: this.address, blockTag: "latest" });
    for (const intent of store.submitted()) {
      const { hash, raw, nonce } = intent.transaction!;
      if (await this.#recordReceipt(intent)) continue;
      if (await this.#isKnown(hash)) continue;
      if (nonce < minedCount) {
        store.markFailed(intent.id, {
          code: "Internal",
          message: `Transaction ${hash} was dropped: its nonce ${nonce} was used by another one`,
        });
        continue;
      }
      try {
        await client.sendRawTransaction({ serializedTransaction: raw });
        log(`relayer: sent ${hash} again (intent ${intent.id}, nonce ${nonce}) after a restart`);
      } catch (error) {
        if (!(await this.#isKnown(hash))) store.markNotSent(intent.id, { code: "Internal", message: messageOf(error) });
      }
    }
    this.#nextNonce = await client.getTransactionCount({ address: this.address, blockTag: "pending" });
  }

  async #isKnown(hash: Hash): Promise<boolean> {
    try {
      await this.#options.client.getTransaction({ hash });
      return true;
    } catch (error) {
      if (error instanceof TransactionNotFoundError) return false;
      throw error;
    }
  }

  async #sendLoop(): Promise<void> {
    while (!this.#isStopped) {
      const intent = this.#options.store.nextQueued();
      if (!intent) {
        await this.#pause();
        continue;
      }
      try {
        await this.#send(intent);
      } catch (error) {
        // The node is unreachable or answered nonsense: keep the intent queued and try again at the next poll.
        this.#options.log(`relayer: could not send intent ${intent.id}: ${messageOf(error)}`);
        await this.#pause();
      }
    }
  }

  async #send(intent: StoredIntent): Promise<void> {
    const { client, account, store, gasMarginPercent } = this.#options;
    // The deadline, the simulation and the gas price, asked at once (each is a round trip to the node).
    const [block, estimate, fees] = await Promise.all([
      client.getBlock(),
      client.estimateGas({ account: this.address, ...intent.call }).catch((error: unknown) => error as Error),
      client.estimateFeesPerGas(),
    ]);
    if (block.timestamp > intent.deadline) {
      store.markFailed(intent.id, { code: "DeadlineExpired", message: `The deadline ${intent.deadline} has passed` });
      return;
    }
    if (estimate instanceof Error) {
      const failure = revertFailure(estimate);
      if (failure.code === "Internal") throw estimate;
      store.markFailed(intent.id, { code: failure.code, message: failure.message });
      return;
    }
    const gas = estimate;
    const nonce = this.#nextNonce;
    const raw = await account.signTransaction({
      type: "eip1559",
      chainId: client.chain!.id,
      to: intent.call.to,
      data: intent.call.data,
      value: intent.call.value,
      gas: (gas * BigInt(100 + gasMarginPercent)) / 100n,
      nonce,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    });
    const hash = keccak256(raw);
    store.markSubmitted(intent.id, { nonce, raw, hash });
    try {
      await client.sendRawTransaction({ serializedTransaction: raw });
    } catch (error) {
      if (!(await this.#isKnown(hash))) {
        store.markNotSent(intent.id, { code: "Internal", message: `The node refused it: ${messageOf(error)}` });
        this.#nextNonce = await client.getTransactionCount({ address: this.address, blockTag: "pending" });
        return;
      }
    }
    this.#nextNonce = nonce + 1;
  }

  async #watchLoop(): Promise<void> {
    // Receipts are looked for when a block comes, and at least every second (a read that failed is retried).
    let lastBlock = -1n;
    let lastLook = 0;
    while (!this.#isStopped) {
      const blockNumber = await this.#options.client.getBlockNumber({ cacheTime: 0 }).catch(() => lastBlock);
      const isDue = blockNumber !== lastBlock || Date.now() - lastLook > 1_000;
      const pending = isDue ? this.#options.store.submitted() : [];
      if (isDue) [lastBlock, lastLook] = [blockNumber, Date.now()];
      for (const intent of pending) {
        try {
          await this.#recordReceipt(intent);
        } catch (error) {
          this.#options.log(`relayer: could not read the receipt of ${intent.transaction?.hash}: ${messageOf(error)}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, this.#options.pollIntervalMs));
    }
  }

  /** Records the intent's receipt if its transaction is mined; false while it is not. */
  async #recordReceipt(intent: StoredIntent): Promise<boolean> {
    let receipt: TransactionReceipt;
    try {
      receipt = await this.#options.client.getTransactionReceipt({ hash: intent.transaction!.hash });
    } catch (error) {
      if (error instanceof TransactionReceiptNotFoundError) return false;
      throw error;
    }
    const summary = { blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, status: receipt.status };
    const cost = receipt.gasUsed * receipt.effectiveGasPrice;
    const failure =
      receipt.status === "success"
        ? undefined
        : ({
            code: "TransactionReverted",
            message: `Transaction ${receipt.transactionHash} reverted on chain`,
          } as const);
    this.#options.store.markMined(intent.id, summary, cost, failure);
    return true;
  }
}
