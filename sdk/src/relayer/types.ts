import type { Address, Hash, Hex } from "viem";
import type { SignedCheckpoint } from "../delivery/types.ts";
import type { SignedBuyerAction, SignedCheckout } from "../orders/signed/signBuyerIntent.ts";
import type { TokenPull } from "../orders/signed/tokenPull.ts";
import type { OrderTerms } from "../orders/types.ts";
import type { Passkey } from "../passkeys/passkey.ts";
import type { SignedBatch } from "../passkeys/signedBatch.ts";
import type { SignedReview } from "../reviews/signReview.ts";

/** What a relayer submits, each kind to its own contract function (see relayer/README.md). */
export const INTENT_KINDS = ["checkout", "buyerAction", "review", "carrierCheckpoint", "passkeyBatch"] as const;

export type IntentKind = (typeof INTENT_KINDS)[number];

/** A buyer's signed checkout (`Escrow.checkoutBySig`), with the fee the relayer takes and how the tokens are pulled. */
export type CheckoutIntent = { kind: "checkout" } & SignedCheckout & {
    /** The relayer's fee in the orders' token, at most the signed `maxFee` (0: sponsored). */
    fee: bigint;
    /** Pulls the orders' total plus `fee` from the buyer. */
    tokenPull: TokenPull;
  };

/** A buyer's signed action on an order (`Escrow.relayBuyerAction`), with the relayer's fee and how it is pulled. */
export type BuyerActionIntent = { kind: "buyerAction" } & SignedBuyerAction & {
    /** The relayer's fee in the order's token, at most the signed `maxFee` (0: sponsored). */
    fee: bigint;
    /** Pulls `fee` from the buyer ({@link allowancePull} when the fee is 0). */
    feePull: TokenPull;
  };

/** A buyer's signed review (`Reviews.reviewBySig`); reviews carry no fee, so only a sponsoring relayer takes them. */
export type ReviewIntent = { kind: "review" } & SignedReview;

/** A carrier's offline-signed checkpoint (`DeliveryAttestations.attestBySig`); no fee, sponsored by the order's shop. */
export type CarrierCheckpointIntent = { kind: "carrierCheckpoint" } & SignedCheckpoint & { terms: OrderTerms };

/**
 * A passkey account's signed batch: `execute` on the account, or, for its first batch, `createAccountAndExecute` on
 * the factory (`create`). The relayer's fee is a `transfer(relayer, fee)` of an accepted token inside `calls`.
 */
export type PasskeyBatchIntent = { kind: "passkeyBatch"; account: Address; signature: Hex } & SignedBatch & {
    /** Present when the account does not exist yet: the factory creates it and runs the batch. */
    create?: { factory: Address; passkey: Passkey; salt?: Hex };
  };

/** Any intent a relayer takes (`POST /intents`). */
export type RelayerIntent =
  | CheckoutIntent
  | BuyerActionIntent
  | ReviewIntent
  | CarrierCheckpointIntent
  | PasskeyBatchIntent;

/** A token the relayer takes its fee in, and the smallest fee it accepts (base units). */
export type AcceptedToken = { address: Address; symbol: string; decimals: number; minimumFee: bigint };

/**
 * A shop whose zero-fee actions (sponsored buyer actions, reviews, carrier checkpoints) the relayer pays the gas of,
 * while `remaining` (native coin, wei) lasts; `shopId` `"*"` stands for every shop.
 */
export type SponsoredShop = { shopId: bigint | "*"; remaining: bigint };

/** What a relayer accepts (`GET /policy`). */
export type RelayerPolicy = {
  chainId: number;
  /** The relayer's submitting account: the fee's recipient (a passkey batch's `transfer` names it). */
  relayer: Address;
  escrow: Address;
  acceptedTokens: AcceptedToken[];
  sponsoredShops: SponsoredShop[];
  /** The latest deadline it takes, in seconds from now: signatures valid longer are refused. */
  maxDeadlineSeconds: number;
};

/** The fee to sign for an intent of `kind` paid in `token` (`POST /quote`), valid until `validUntil` (unix seconds). */
export type RelayerQuote = { token: Address; fee: bigint; gasPrice: bigint; validUntil: number };

/** Where an intent is: waiting in the relayer's queue, sent, mined successfully, or failed (with `error`). */
export type IntentStatus = "queued" | "submitted" | "confirmed" | "failed";

/** Why a request or an intent failed. `Network` and `Timeout` are the client's own (no answer from the relayer). */
export const RELAYER_ERROR_CODES = [
  "BadRequest",
  "BadSignature",
  "DeadlineExpired",
  "NonceUsed",
  "FeeTooLow",
  "TokenNotAccepted",
  "NotSponsored",
  "SimulationReverted",
  "TransactionReverted",
  "RateLimited",
  "NotFound",
  "Internal",
  "Network",
  "Timeout",
] as const;

export type RelayerErrorCode = (typeof RELAYER_ERROR_CODES)[number];

/** An intent's state (`GET /intents/:id`). */
export type IntentState = {
  id: string;
  kind: IntentKind;
  status: IntentStatus;
  /** Set once submitted (and kept if it then fails). */
  transactionHash?: Hash;
  /** Set once mined. */
  receipt?: { blockNumber: bigint; gasUsed: bigint; status: "success" | "reverted" };
  /** Set when `status` is `failed`. */
  error?: { code: RelayerErrorCode; message: string };
};
