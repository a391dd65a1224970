import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useCapabilities, useConfig } from "wagmi";
import { getConnectorClient } from "wagmi/actions";
import { useMarket } from "../market/useMarket.ts";
import {
  firstQuote,
  openRelayer,
  type QuotedFee,
  type QuoteRequest,
  type RelayerFailure,
  RelayersFailedError,
  relayThroughList,
  TokenNotPullableError,
  useRelaying,
} from "../relaying/index.ts";
import { observeSentTransactions } from "./observeSentTransactions.ts";
import { sendThroughPaymaster } from "./sendThroughPaymaster.ts";
import { type ActionError, CLOSED, type TransactionState, transactionReducer } from "./transactionState.ts";
import type { MarketTransaction, NotRelayable } from "./types.ts";
import { type TransactionGuard, useTransactionGuard } from "./useTransactionGuard.ts";

export type UseTransactionOptions<Result> = {
  /** Queries to refetch on success, on top of the transaction's own `invalidates`. */
  invalidateKeys?: QueryKey[];
  /** Called once the transaction is confirmed and the queries are refreshed (e.g. to empty the basket). */
  onSuccess?(result: Result): void;
};

/** The relayer's fee as the review step shows it: being asked, found (with who failed first), or nobody answers. */
export type RelayQuoteView =
  | { status: "finding" }
  | { status: "found"; fee: QuotedFee; failures: readonly RelayerFailure[] }
  | { status: "failed"; failures: readonly RelayerFailure[] };

/** The gasless path of an open transaction: what is relayed, the fee, and the relayers that failed on the way. */
export type RelayView = {
  plan: QuoteRequest | NotRelayable;
  quote: RelayQuoteView;
  failures: readonly RelayerFailure[];
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
  /** Set when the action goes through a relayer (the wallet lacks the chain's coin, or the shopper chose it). */
  relay: RelayView | undefined;
  /**
   * The paymaster service paying the network fee, when the wallet offers EIP-5792 calls with the `paymasterService`
   * capability and the app names one (`VITE_PAYMASTER_URL`): the wallet sends, the paymaster pays, no relayer.
   */
  paymaster: string | undefined;
  /** Whether `confirm` can start now: no guard, and a relayer's fee known when relayed. */
  canConfirm: boolean;
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
  const relaying = useRelaying(transaction.relayed !== undefined && state.step !== "closed");
  const [failures, setFailures] = useState<RelayerFailure[]>([]);
  /** A relayer refused the signed fee as too low and named its fee: the shopper confirms (and signs) it again. */
  const [raisedFee, setRaisedFee] = useState<QuotedFee>();
  const { paymasterUrl, chainId } = market.config;
  const capabilities = useCapabilities({
    chainId,
    query: { enabled: paymasterUrl !== undefined && state.step !== "closed" && guard === undefined, retry: false },
  });
  const paymaster = capabilities.data?.paymasterService?.supported === true ? paymasterUrl : undefined;
  const plan =
    transaction.relayed !== undefined && data !== undefined && relaying.isRelayed && paymaster === undefined
      ? transaction.relayed.quote(data)
      : undefined;
  const quoteRequest = plan === undefined || "notRelayable" in plan ? undefined : plan;
  const relayerList = relaying.relayers.join(",");
  const endpoints = useMemo(() => (relayerList === "" ? [] : relayerList.split(",").map(openRelayer)), [relayerList]);
  const quote = useQuery({
    queryKey: ["relayerQuote", relayerList, quoteRequest],
    queryFn: () => firstQuote(endpoints, quoteRequest!),
    enabled: quoteRequest !== undefined && state.step === "review",
    refetchInterval: 60_000,
    retry: false,
  });
  const quoteView: RelayQuoteView = raisedFee
    ? { status: "found", fee: raisedFee, failures: [] }
    : quote.data
      ? { status: "found", fee: quote.data.quote, failures: quote.data.failures }
      : quote.error instanceof RelayersFailedError
        ? { status: "failed", failures: quote.error.failures }
        : { status: "finding" };

  const open = useCallback(
    (next: Data) => {
      void i18n.loadNamespaces("errors"); // ready before anything can fail
      setData(next);
      setResult(undefined);
      setFailures([]);
      setRaisedFee(undefined);
      dispatch({ type: "open" });
    },
    [i18n],
  );

  const fee = raisedFee ?? quote.data?.quote;
  const canConfirm = guard === undefined && (quoteRequest === undefined || fee !== undefined);
  const confirm = useCallback(async () => {
    if (data === undefined || !canConfirm || state.step !== "review") return;
    const run = ++runId.current;
    const isCurrent = () => run === runId.current;
    dispatch({ type: "confirm" });
    setFailures([]);
    try {
      const connected = await getConnectorClient(wagmiConfig, { chainId: market.config.chainId });
      const sender = paymaster === undefined ? connected : sendThroughPaymaster(connected, paymaster);
      const walletClient = observeSentTransactions(sender, (hash) => {
        if (isCurrent()) dispatch({ type: "sent", hash });
      });
      const context = { ...market, walletClient };
      let value: Result;
      if (quoteRequest !== undefined && fee !== undefined && transaction.relayed !== undefined) {
        const signed = await transaction.relayed.sign(context, data, fee.fee);
        const quoted = endpoints.filter((endpoint) => endpoint.url === fee.relayer);
        const { transactionHash } = await relayThroughList({
          relayers: [...quoted, ...endpoints.filter((endpoint) => endpoint.url !== fee.relayer)],
          quoteRequest,
          signedFee: fee.fee,
          intent: signed.intent,
          onStatus: (relayer, status, hash) => {
            if (isCurrent()) dispatch({ type: "relayed", relayer, status, hash });
          },
          onFailure: (failure) => {
            if (isCurrent()) setFailures((previous) => [...previous, failure]);
          },
        });
        value = await signed.finish(transactionHash);
      } else {
        value = await transaction.transaction(context, data);
      }
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
      if (error instanceof TokenNotPullableError) {
        if (isCurrent())
          dispatch({ type: "failed", error: { name: "TokenNotPullable", args: {}, message: error.message } });
        return;
      }
      if (error instanceof RelayersFailedError) {
        if (isCurrent()) {
          setFailures([...error.failures]);
          setRaisedFee(raisedFeeOf(error, quoteRequest?.token));
          dispatch({ type: "failed", error: relayersFailure(error) });
        }
        return;
      }
      // The decoder carries every contract's error ABI: it loads with the first failure, not with the page.
      const { parseMarketError } = await import("./marketErrorDecoder.ts");
      if (isCurrent()) dispatch({ type: "failed", error: parseMarketError(error) });
    }
  }, [
    data,
    canConfirm,
    state.step,
    wagmiConfig,
    market,
    transaction,
    queryClient,
    quoteRequest,
    fee,
    endpoints,
    paymaster,
  ]);

  const retry = useCallback(() => dispatch({ type: "retry" }), []);
  const close = useCallback(() => {
    runId.current += 1;
    dispatch({ type: "close" });
  }, []);

  const relay = plan === undefined ? undefined : { plan, quote: quoteView, failures };
  return { transaction, state, data, result, guard, relay, paymaster, canConfirm, open, confirm, retry, close };
}

/**
 * A relayer's `required` fee is the gas of the intent it simulated, at that moment's price, without any margin; the
 * new signature changes the calldata (a new authorization nonce) and the price moves, so the fee signed again keeps
 * a tenth more, which the review shows before the shopper signs.
 */
const RAISED_FEE_HEADROOM_DIVISOR = 10n;

/** The fee the first relayer that refused the signed one as too low asks instead, to show and sign on retry. */
function raisedFeeOf(error: RelayersFailedError, token: Address | undefined): QuotedFee | undefined {
  const tooLow = error.failures.find((failure) => failure.code === "FeeTooLow" && failure.required !== undefined);
  if (tooLow?.required === undefined || token === undefined) return undefined;
  const fee = tooLow.required + tooLow.required / RAISED_FEE_HEADROOM_DIVISOR;
  return { relayer: tooLow.relayer, token, fee };
}

/**
 * What the dialog says when no relayer sent the action: the contract error a relayer decoded (the order moved on…),
 * else `errors:RelayersFailed`, each relayer's reason being listed beside it.
 */
function relayersFailure(error: RelayersFailedError): ActionError {
  const revert = error.failures.at(-1)?.revert;
  return revert === undefined
    ? { name: "RelayersFailed", args: {}, message: error.message }
    : { name: revert.name, args: revert.args, message: error.message };
}
