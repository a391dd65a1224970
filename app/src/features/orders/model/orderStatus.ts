import type { OrderStatus } from "@grandrue/sdk";
import type { BadgeTone } from "../../../components/ui/Badge.tsx";

/**
 * The words key (`orders:status.<key>`) and badge tone of an order's status, as the buyer reads it: "Payée, en
 * attente du commerce", "En route"… An order with a carrier that left the shop is "on its way", one without is
 * "handed over" (the shop's own delivery or the counter).
 * @example orderStatusWords("Shipped", true) // { key: "onTheWay", tone: "info" }
 */
export function orderStatusWords(status: OrderStatus, hasCarrier: boolean): { key: string; tone: BadgeTone } {
  switch (status) {
    case "None":
      return { key: "unknown", tone: "neutral" };
    case "Paid":
      return { key: "paid", tone: "warning" };
    case "Accepted":
      return { key: hasCarrier ? "acceptedCarrier" : "accepted", tone: "info" };
    case "Shipped":
      return { key: hasCarrier ? "onTheWay" : "shipped", tone: "info" };
    case "Delivered":
      return { key: "delivered", tone: "success" };
    case "Completed":
      return { key: "completed", tone: "success" };
    case "Cancelled":
      return { key: "cancelled", tone: "neutral" };
    case "Declined":
      return { key: "declined", tone: "danger" };
    case "Expired":
      return { key: "expired", tone: "neutral" };
    case "Disputed":
      return { key: "disputed", tone: "danger" };
    case "Resolved":
      return { key: "resolved", tone: "neutral" };
  }
}
