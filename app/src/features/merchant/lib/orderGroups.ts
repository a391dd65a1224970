import type { OrderDetails, OrderStatus } from "@grandrue/sdk";

/** The inbox's groups, in the order a shopkeeper deals with them. */
export const ORDER_GROUPS = ["toAccept", "toPrepare", "onTheWay", "disputes", "delivered", "closed"] as const;
export type OrderGroup = (typeof ORDER_GROUPS)[number];

const GROUP_OF: Record<OrderStatus, OrderGroup | undefined> = {
  None: undefined,
  Paid: "toAccept",
  Accepted: "toPrepare",
  Shipped: "onTheWay",
  Disputed: "disputes",
  Delivered: "delivered",
  Completed: "closed",
  Resolved: "closed",
  Cancelled: "closed",
  Declined: "closed",
  Expired: "closed",
};

/** The group an order belongs in now. */
export function orderGroup(status: OrderStatus): OrderGroup | undefined {
  return GROUP_OF[status];
}

/** Orders by group; within a group, the most urgent deadline first (closed ones newest first). */
export function groupOrders(orders: readonly OrderDetails[]): Map<OrderGroup, OrderDetails[]> {
  const groups = new Map<OrderGroup, OrderDetails[]>(ORDER_GROUPS.map((group) => [group, []]));
  for (const order of orders) {
    const group = orderGroup(order.state.status);
    if (group !== undefined) groups.get(group)!.push(order);
  }
  for (const [group, list] of groups) {
    list.sort((a, b) => (group === "closed" ? b.paidAt - a.paidAt : a.state.deadline - b.state.deadline));
  }
  return groups;
}
