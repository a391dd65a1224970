import type { OrderStatus } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../../../components/ui/Badge.tsx";

const TONES: Record<OrderStatus, BadgeTone> = {
  None: "neutral",
  Paid: "warning",
  Accepted: "info",
  Shipped: "info",
  Delivered: "success",
  Completed: "success",
  Cancelled: "neutral",
  Declined: "neutral",
  Expired: "neutral",
  Disputed: "danger",
  Resolved: "neutral",
};

/** An order's status as the shop reads it ("À accepter", "Livrée"). */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("merchant");
  return <Badge tone={TONES[status]}>{t(`orderStatus.${status}`)}</Badge>;
}
