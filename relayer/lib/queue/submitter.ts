import {
  type Account,
  type Address,
  type Hash,
  keccak256,
  type PublicClient,
  parseTransaction,
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
  /** A transaction still pending this long after it was sent is replaced (same nonce, higher fees; default 60 s). */
  replaceAfterMs?: number;
  /** The highest `maxFeePerGas` a replacement may offer, in wei (default 500 gwei): beyond it, it is left pending. */
  maxFeePerGas?: bigint;
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
 * the node are broadcast again byte for byte (same nonce, same hash: they land at most once). A transaction still
 * pending after `replaceAfterMs` is replaced: the same nonce re-signed at higher fees, written down before it is sent,
 * and whichever of them is mined is recorded.
 */
export class Submitter {
  readonly #options: Required<Omit<SubmitterOptions, "log">> & { log: (line: string) => void };
  #nextNonce = 0;
  #isStopped = false;
  #wakeUp: (() => void) | undefined;
  #loops: Promise<void>[] = [];

  constructor(options: SubmitterOptions) {
    this.#options = {
      pollIntervalMs: 250,
      gasMarginPercent: 20,
      replaceAfterMs: 60_000,
      maxFeePerGas: 500_000_000_000n,
      log: () => {},
      ...options,
    };
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
          const isStuck = Date.now() - intent.transaction!.sentAt >= this.#options.replaceAfterMs;
          if (!(await this.#recordReceipt(intent)) && isStuck) await this.#replace(intent);
        } catch (error) {
          this.#options.log(`relayer: could not follow ${intent.transaction?.hash}: ${messageOf(error)}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, this.#options.pollIntervalMs));
    }
  }

  /**
   * Re-signs a stuck transaction with the same nonce, gas and call at higher fees: at least 10% more on both (what
   * nodes require of a replacement), or the market's if higher, within `maxFeePerGas`. Written down before it is
   * broadcast; the hashes it replaces stay watched, since any of them may be the one mined.
   */
  async #replace(intent: StoredIntent): Promise<void> {
    const { client, account, store, log, maxFeePerGas: cap } = this.#options;
    const { raw, hash, nonce } = intent.transaction!;
    const previous = parseTransaction(raw);
    const { maxFeePerGas: previousFee, maxPriorityFeePerGas: previousTip } = previous;
    if (previousFee === undefined || previousTip === undefined)
      throw new Error(`Transaction ${hash} is not an EIP-1559 one`);
    const market = await client.estimateFeesPerGas();
    const raise = (fee: bigint, floor: bigint) => {
      const bumped = (fee * 11n + 9n) / 10n;
      return bumped > floor ? bumped : floor;
    };
    const maxFeePerGas = raise(previousFee, market.maxFeePerGas);
    const priority = raise(previousTip, market.maxPriorityFeePerGas);
    if (raise(previousFee, 0n) > cap || raise(previousTip, 0n) > cap) {
      log(`relayer: ${hash} (nonce ${nonce}) is stuck at the highest fee allowed, ${previousFee} wei`);
      return;
    }
    const capped = maxFeePerGas > cap ? cap : maxFeePerGas;
    const replacement = await account.signTransaction({
      type: "eip1559",
      chainId: previous.chainId,
      to: previous.to,
      data: previous.data,
      value: previous.value,
      gas: previous.gas,
      nonce,
      maxFeePerGas: capped,
      maxPriorityFeePerGas: priority > capped ? capped : priority,
    });
    const replacementHash = keccak256(replacement);
    store.markReplaced(intent.id, { raw: replacement, hash: replacementHash });
    log(`relayer: ${hash} (nonce ${nonce}) pending too long, replaced by ${replacementHash} at ${capped} wei`);
    try {
      await client.sendRawTransaction({ serializedTransaction: replacement });
    } catch (error) {
      // Mined meanwhile (nonce too low) or refused: its receipt, or the next replacement, settles it.
      log(`relayer: the node refused replacement ${replacementHash}: ${messageOf(error)}`);
    }
  }

  /** The receipt of whichever of the intent's transactions was mined (the last sent or one it replaced), if any. */
  async #findReceipt(intent: StoredIntent): Promise<TransactionReceipt | undefined> {
    const { hash, replaced } = intent.transaction!;
    for (const candidate of [hash, ...replaced]) {
      try {
        return await this.#options.client.getTransactionReceipt({ hash: candidate });
      } catch (error) {
        if (!(error instanceof TransactionReceiptNotFoundError)) throw error;
      }
    }
    return undefined;
  }

  /** Records the intent's receipt if one of its transactions is mined; false while none is. */
  async #recordReceipt(intent: StoredIntent): Promise<boolean> {
    const receipt = await this.#findReceipt(intent);
    if (!receipt) return false;
    const summary = { blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, status: receipt.status };
    const cost = receipt.gasUsed * receipt.effectiveGasPrice;
    const failure =
      receipt.status === "success"
        ? undefined
        : ({
            code: "TransactionReverted",
            message: `Transaction ${receipt.transactionHash} reverted on chain`,
          } as const);
    this.#options.store.markMined(intent.id, receipt.transactionHash, summary, cost, failure);
    return true;
  }
}
