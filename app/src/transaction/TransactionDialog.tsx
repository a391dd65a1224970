import { useTranslation } from "react-i18next";
import { Button } from "../components/ui/Button.tsx";
import { Dialog } from "../components/ui/Dialog.tsx";
import { RelayFailures, RelayStep } from "./RelaySteps.tsx";
import { DoneStep, ErrorStep, PendingStep, ReviewStep, TransactionProgress, WalletStep } from "./TransactionSteps.tsx";
import type { TransactionHandle } from "./useTransaction.ts";

/**
 * The dialog of the one transaction path: review → wallet → pending → done or error, driven by `useTransaction`.
 * Closing it while the chain is working does not cancel anything; the affected queries still refresh.
 */
export function TransactionDialog<Data, Result>({ handle }: { handle: TransactionHandle<Data, Result> }) {
  const { t } = useTranslation();
  const { state, data, transaction, guard, relay, paymaster } = handle;
  if (state.step === "closed" || data === undefined) return null;
  const { result } = handle;
  const successMessage =
    result !== undefined && transaction.successMessage !== undefined
      ? transaction.successMessage(data, result.value, t)
      : t("transaction.done.text");
  return (
    <Dialog isOpen onClose={handle.close} title={transaction.title(data, t)} footer={<Footer handle={handle} />}>
      <TransactionProgress state={state} isRelayed={relay !== undefined && !("notRelayable" in relay.plan)} />
      {state.step === "review" && (
        <ReviewStep items={transaction.displayItems(data, t)} guard={guard} relay={relay} paymaster={paymaster} />
      )}
      {state.step === "wallet" && <WalletStep />}
      {state.step === "pending" && <PendingStep hash={state.hash} />}
      {state.step === "relay" && (
        <RelayStep relayer={state.relayer} status={state.status} hash={state.hash} failures={relay?.failures ?? []} />
      )}
      {state.step === "done" && <DoneStep message={successMessage} />}
      {state.step === "error" && <ErrorStep error={state.error} />}
      {(state.step === "done" || state.step === "error") && relay !== undefined && relay.failures.length > 0 && (
        <RelayFailures failures={relay.failures} />
      )}
    </Dialog>
  );
}

function Footer<Data, Result>({ handle }: { handle: TransactionHandle<Data, Result> }) {
  const { t } = useTranslation();
  switch (handle.state.step) {
    case "review":
      return (
        <>
          <Button variant="quiet" onClick={handle.close}>
            {t("actions.cancel")}
          </Button>
          <Button variant="primary" disabled={!handle.canConfirm} onClick={() => void handle.confirm()}>
            {t("transaction.confirm")}
          </Button>
        </>
      );
    case "error":
      return (
        <>
          <Button variant="quiet" onClick={handle.close}>
            {t("actions.close")}
          </Button>
          <Button variant="primary" onClick={handle.retry}>
            {t("actions.retry")}
          </Button>
        </>
      );
    case "done":
      return (
        <Button variant="primary" onClick={handle.close}>
          {t("actions.done")}
        </Button>
      );
    default:
      return (
        <Button variant="quiet" onClick={handle.close}>
          {t("transaction.hide")}
        </Button>
      );
  }
}
