/** The one transaction UX path (house style A4): define a `MarketTransaction`, `useTransaction` it, render the dialog. */
export { errorMessage, formatErrorArgs } from "./errorMessage.ts";
export { observeSentTransactions } from "./observeSentTransactions.ts";
export { TransactionDialog } from "./TransactionDialog.tsx";
export { transactionReducer, type TransactionEvent, type TransactionState } from "./transactionState.ts";
export type { DisplayItem, MarketTransaction, TransactionContext } from "./types.ts";
export { useTransaction, type TransactionHandle, type UseTransactionOptions } from "./useTransaction.ts";
export { useTransactionGuard, type TransactionGuard } from "./useTransactionGuard.ts";
