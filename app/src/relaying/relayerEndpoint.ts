import type { IntentKind } from "@grandrue/sdk";
import type { Address, Hash } from "viem";

/**
 * What a fee is asked for: a kind of intent, paid in `token`; for a checkout, how many orders it pays; for a buyer
 * action, its order's hook (`terms.hook`: the relayer adds the hook's gas unless it is the zero address).
 */
export type QuoteRequest = { kind: IntentKind; token: Address; orders?: number; hook?: Address };

/** Where a relayed intent stands, as the relayer reports it. */
export type RelayedStatus = "queued" | "submitted" | "confirmed";

/** A relayer's fee for one kind of intent, in base units of `token` (the order's currency). */
export type QuotedFee = { relayer: string; token: Address; fee: bigint };

/** Why a relayer did not submit an intent: its error code (`FeeTooLow`, `RateLimited`…) or `Unreachable`. */
export type RelayerFailure = {
  relayer: string;
  code: string;
  message: string;
  /** For `SimulationReverted`: the contract error the relayer decoded. */
  revert?: { name: string; args: Record<string, unknown> };
  /** For `FeeTooLow`: the fee the relayer asks now (base units), to be signed again. */
  required?: bigint;
};

/** The final state of an intent a relayer accepted. */
export type RelayedOutcome =
  | { status: "confirmed"; transactionHash: Hash }
  | { status: "failed"; transactionHash?: Hash; failure: RelayerFailure };

/** One relayer as the gasless path uses it (bound to `@grandrue/sdk`'s relayer client by `openRelayer`). */
export type RelayerEndpoint<Intent> = {
  url: string;
  /** The fee to sign for the request; throws the relayer's error when it refuses. */
  quote(request: QuoteRequest): Promise<bigint>;
  /** Sends the signed intent; answers with the relayer's id for it. */
  submit(intent: Intent): Promise<string>;
  /** Follows the intent until it is confirmed or failed, reporting each status on the way. */
  follow(id: string, onStatus: (status: RelayedStatus, transactionHash?: Hash) => void): Promise<RelayedOutcome>;
};
