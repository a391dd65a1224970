import type { Address, Hash } from "viem";

/** What a relayer is asked to submit: a kind of signed intent, as its HTTP contract names them. */
export type RelayedKind = "checkout" | "buyerAction" | "review" | "carrierCheckpoint";

/** Where a relayed intent stands, as the relayer reports it. */
export type RelayedStatus = "queued" | "submitted" | "confirmed";

/** A relayer's fee for one kind of intent, in base units of `token` (the order's currency). */
export type RelayerQuote = { relayer: string; token: Address; fee: bigint };

/** Why a relayer did not submit an intent: its error code (`FeeTooLow`, `RateLimited`…) or `Unreachable`. */
export type RelayerFailure = {
  relayer: string;
  code: string;
  message: string;
  /** For `SimulationReverted`: the contract error the relayer decoded. */
  revert?: { name: string; args: Record<string, unknown> };
};

/** The final state of an intent a relayer accepted. */
export type RelayedOutcome =
  | { status: "confirmed"; transactionHash: Hash }
  | { status: "failed"; transactionHash?: Hash; failure: RelayerFailure };

/** One relayer as the gasless path uses it (bound to `@grandrue/sdk`'s relayer client by `openRelayer`). */
export type RelayerEndpoint<Intent> = {
  url: string;
  /** The fee to sign for `kind` paid in `token`; throws a failure-shaped error when the relayer refuses. */
  quote(kind: RelayedKind, token: Address): Promise<bigint>;
  /** Sends the signed intent; answers with the relayer's id for it. */
  submit(intent: Intent): Promise<string>;
  /** Follows the intent until it is confirmed or failed, reporting each status on the way. */
  follow(id: string, onStatus: (status: RelayedStatus, transactionHash?: Hash) => void): Promise<RelayedOutcome>;
};
