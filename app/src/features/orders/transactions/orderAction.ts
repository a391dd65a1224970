import type { QueryKey } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import type { QuoteRequest } from "../../../relaying/index.ts";
import type {
  DisplayItem,
  MarketTransaction,
  NotRelayable,
  SignedIntent,
  TransactionContext,
} from "../../../transaction/index.ts";

/** One order action with its data, ready for the order page's single transaction dialog. */
export type OrderActionRequest = {
  title(t: TFunction): string;
  displayItems(t: TFunction): DisplayItem[];
  run(context: TransactionContext): Promise<unknown>;
  successMessage(result: unknown, t: TFunction): string;
  invalidates(chainId: number): QueryKey[];
  /** The action through a relayer, when it can go through one. */
  relayed?: {
    quote(): QuoteRequest | NotRelayable;
    sign(context: TransactionContext, fee: bigint): Promise<SignedIntent<unknown>>;
  };
};

/**
 * Binds an order action module to its data. The order page runs every action through one dialog that outlives the
 * button that opened it: once an order is cancelled or reviewed its button disappears, but "done" must still show.
 * @example onAction(orderAction(cancelOrder, { orderId, terms, shopName }))
 */
export function orderAction<Data>(transaction: MarketTransaction<Data>, data: Data): OrderActionRequest {
  return {
    title: (t) => transaction.title(data, t),
    displayItems: (t) => transaction.displayItems(data, t),
    run: (context) => transaction.transaction(context, data),
    successMessage: (result, t) => transaction.successMessage?.(data, result, t) ?? t("common:transaction.done.text"),
    invalidates: (chainId) => transaction.invalidates?.(data, chainId) ?? [],
    ...(transaction.relayed !== undefined && {
      relayed: {
        quote: () => transaction.relayed!.quote(data),
        sign: (context, fee) => transaction.relayed!.sign(context, data, fee),
      },
    }),
  };
}

/** The order page's one transaction: whichever action was asked for. */
const runOrderAction = {
  title: (request, t) => request.title(t),
  displayItems: (request, t) => request.displayItems(t),
  transaction: (context, request) => request.run(context),
  successMessage: (request, result, t) => request.successMessage(result, t),
  invalidates: (request, chainId) => request.invalidates(chainId),
  relayed: {
    quote: (request) => request.relayed?.quote() ?? { notRelayable: "walletOnly" },
    sign: (context, request, fee) => {
      if (request.relayed === undefined) throw new TypeError("This order action cannot go through a relayer");
      return request.relayed.sign(context, fee);
    },
  },
} satisfies MarketTransaction<OrderActionRequest>;

export default runOrderAction;
