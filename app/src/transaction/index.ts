/** The one transaction UX path (house style A4): define a `MarketTransaction`, `useTransaction` it, render the dialog. */
export { errorMessage, formatErrorArgs } from "./errorMessage.ts";
export { failureText } from "./failureText.ts";
export { observeSentTransactions } from "./observeSentTransactions.ts";
export { RelayFailures } from "./RelaySteps.tsx";
export { TransactionDialog } from "./TransactionDialog.tsx";
export { TransactionReference } from "./TransactionReference.tsx";
export { type TransactionEvent, type TransactionState, transactionReducer } from "./transactionState.ts";
export type {
  DisplayItem,
  MarketTransaction,
  NotRelayable,
  RelayedTransaction,
  SignedIntent,
  TransactionContext,
} from "./types.ts";
export { type TransactionHandle, type UseTransactionOptions, useTransaction } from "./useTransaction.ts";
export { type TransactionGuard, useTransactionGuard } from "./useTransactionGuard.ts";
