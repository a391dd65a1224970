import type { Deployment, IpfsClient, RelayerIntent } from "@grandrue/sdk";
import type { QueryKey } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import type { Account, Chain, Client, Hash, Transport, WalletClient } from "viem";
import type { QuoteRequest } from "../relaying/index.ts";

/** A line of the review step: what will happen, in plain words ("Amount held until delivery", "12,40 €"). */
export type DisplayItem = { label: string; value: string };

/** What a transaction's `transaction` function gets: the market and the connected wallet, on the right chain. */
export type TransactionContext = {
  deployment: Deployment;
  publicClient: Client<Transport, Chain>;
  /** Sends through the connected wallet; each transaction it sends moves the dialog to "pending". */
  walletClient: WalletClient<Transport, Chain, Account>;
  ipfs: IpfsClient;
};

/**
 * One on-chain action as the app offers it (house style A3). Write it as a module:
 * `export default { title, displayItems, transaction } satisfies MarketTransaction<ConfirmDeliveryData>`.
 * @example
 * const confirmDelivery = {
 *   title: (_, t) => t("orders:confirmDelivery.title"),
 *   displayItems: ({ total }, t) => [{ label: t("orders:confirmDelivery.release"), value: total }],
 *   transaction: ({ walletClient, deployment }, { terms }) => release(walletClient, deployment, { terms }),
 *   invalidates: ({ orderId }, chainId) => [["order", chainId, orderId]],
 * } satisfies MarketTransaction<{ orderId: bigint; terms: OrderTerms; total: string }>
 */
export type MarketTransaction<Data, Result = unknown> = {
  /** The dialog's title: the action in a few words ("Pay 2 orders"). */
  title(data: Data, t: TFunction): string;
  /** What will happen, shown before the wallet opens. */
  displayItems(data: Data, t: TFunction): DisplayItem[];
  /** Does the work: IPFS uploads, then the SDK write action(s). Throw to fail; errors are decoded for people. */
  transaction(context: TransactionContext, data: Data): Promise<Result>;
  /** Said when it worked ("Your order is paid: the shop has 24 hours to accept it."). */
  successMessage?(data: Data, result: Result, t: TFunction): string;
  /** Queries whose data the action changed; refetched on success. */
  invalidates?(data: Data, chainId: number): QueryKey[];
  /** The same action signed for a relayer to submit (the gasless path); without it the wallet always sends. */
  relayed?: RelayedTransaction<Data, Result>;
};

/** Why an action cannot go through a relayer (`common:relaying.fee.<reason>` says it to people). */
export type NotRelayable = { notRelayable: "mixedCurrencies" | "noCurrency" | "walletOnly" };

/** A signed intent ready for the relayers, and how the action's result is read once it is confirmed. */
export type SignedIntent<Result> = {
  intent: RelayerIntent;
  /** The action's result from its confirmed transaction (e.g. the paid orders from the receipt's events). */
  finish(transactionHash: Hash): Promise<Result>;
};

/**
 * An action through a relayer: the wallet signs (no transaction, no native coin), a relayer of the shopper's list
 * submits and takes the fee the dialog showed, in the order's currency.
 */
export type RelayedTransaction<Data, Result> = {
  /** What the relayers are asked a fee for (the intent's kind, the order's token), or why it cannot be relayed. */
  quote(data: Data): QuoteRequest | NotRelayable;
  /** Does the off-chain work (IPFS) and has the wallet sign the intent, paying the relayer `fee` at most. */
  sign(context: TransactionContext, data: Data, fee: bigint): Promise<SignedIntent<Result>>;
};
