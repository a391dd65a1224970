import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConfig } from "wagmi";
import { getConnectorClient } from "wagmi/actions";
import { useMarket } from "../market/useMarket.ts";
import { observeSentTransactions } from "./observeSentTransactions.ts";
import { CLOSED, type TransactionState, transactionReducer } from "./transactionState.ts";
import type { MarketTransaction } from "./types.ts";
import { type TransactionGuard, useTransactionGuard } from "./useTransactionGuard.ts";

export type UseTransactionOptions<Result> = {
  /** Queries to refetch on success, on top of the transaction's own `invalidates`. */
  invalidateKeys?: QueryKey[];
  /** Called once the transaction is confirmed and the queries are refreshed (e.g. to empty the basket). */
  onSuccess?(result: Result): void;
};

/** What `TransactionDialog` renders and what a page calls `open(data)` on. */
export type TransactionHandle<Data, Result> = {
  transaction: MarketTransaction<Data, Result>;
  state: TransactionState;
  data: Data | undefined;
  /** Set once the transaction succeeded (boxed, so a `void` result still counts). */
  result: { value: Result } | undefined;
  /** Set while the wallet is missing or on another chain; `confirm` then does nothing. */
  guard: TransactionGuard | undefined;
  open(data: Data): void;
  confirm(): Promise<void>;
  retry(): void;
  close(): void;
};

/**
 * The one way the app writes to the chain (house style A4): `open(data)` shows what will happen, `confirm()` asks
 * the wallet, follows the transaction until it is recorded, refreshes the affected queries, and decodes any
 * failure for people. Render `<TransactionDialog handle={…} />` next to the button that opens it.
 * @example
 * const payment = useTransaction(checkoutTransaction, { onSuccess: () => basket.clear() })
 * <Button onClick={() => payment.open({ orders })}>{t("orders:checkout.pay")}</Button>
 * <TransactionDialog handle={payment} />
 */
export function useTransaction<Data, Result>(
  transaction: MarketTransaction<Data, Result>,
  options: UseTransactionOptions<Result> = {},
): TransactionHandle<Data, Result> {
  const [state, dispatch] = useReducer(transactionReducer, CLOSED);
  const [data, setData] = useState<Data>();
  const [result, setResult] = useState<{ value: Result }>();
  const runId = useRef(0);
  const market = useMarket();
  const wagmiConfig = useConfig();
  const queryClient = useQueryClient();
  const guard = useTransactionGuard();
  const { i18n } = useTranslation();
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const open = useCallback(
    (next: Data) => {
      void i18n.loadNamespaces("errors"); // ready before anything can fail
      setData(next);
      setResult(undefined);
      dispatch({ type: "open" });
    },
    [i18n],
  );

  const confirm = useCallback(async () => {
    if (data === undefined || guard !== undefined || state.step !== "review") return;
    const run = ++runId.current;
    const isCurrent = () => run === runId.current;
    dispatch({ type: "confirm" });
    try {
      const connected = await getConnectorClient(wagmiConfig, { chainId: market.config.chainId });
      const walletClient = observeSentTransactions(connected, (hash) => {
        if (isCurrent()) dispatch({ type: "sent", hash });
      });
      const value = await transaction.transaction({ ...market, walletClient }, data);
      const keys = [
        ...(transaction.invalidates?.(data, market.config.chainId) ?? []),
        ...(optionsRef.current.invalidateKeys ?? []),
      ];
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      optionsRef.current.onSuccess?.(value);
      if (!isCurrent()) return;
      setResult({ value });
      dispatch({ type: "succeeded" });
    } catch (error) {
      // The decoder carries every contract's error ABI: it loads with the first failure, not with the page.
      const { parseMarketError } = await import("./marketErrorDecoder.ts");
      if (isCurrent()) dispatch({ type: "failed", error: parseMarketError(error) });
    }
  }, [data, guard, state.step, wagmiConfig, market, transaction, queryClient]);

  const retry = useCallback(() => dispatch({ type: "retry" }), []);
  const close = useCallback(() => {
    runId.current += 1;
    dispatch({ type: "close" });
  }, []);

  return { transaction, state, data, result, guard, open, confirm, retry, close };
}
