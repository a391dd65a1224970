import { Button, type ButtonVariant } from "../../../components/ui/Button.tsx";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { type OrderActionRequest, orderAction } from "../transactions/orderAction.ts";

export type OrderActionButtonProps<Data> = {
  transaction: MarketTransaction<Data>;
  data: Data;
  label: string;
  variant?: ButtonVariant;
  onAction(request: OrderActionRequest): void;
};

/** A button that opens one order action in the order page's transaction dialog. */
export function OrderActionButton<Data>({
  transaction,
  data,
  label,
  variant = "secondary",
  onAction,
}: OrderActionButtonProps<Data>) {
  return (
    <Button variant={variant} onClick={() => onAction(orderAction(transaction, data))}>
      {label}
    </Button>
  );
}
