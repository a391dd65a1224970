import {
  type Deployment,
  type EventPosition,
  getLogsInRanges,
  getOrderState,
  type MarketReadClient,
  type OrderStatus,
  orderPaidEvent,
  type PaidOrder,
  paidOrderFromLog,
  positionEvents,
  toTopic,
} from "@grandrue/sdk";

/** An order paid to the shop: its terms, when it was paid, and where it stands now. */
export type PaidOrderNotice = PaidOrder & EventPosition & { status: OrderStatus };

export type ReadPaidOrdersParameters = { shopId: bigint; fromBlock: bigint; toBlock: bigint };

/**
 * The orders paid to `shopId` from `fromBlock` to `toBlock`, in chain order, each with its current status: the
 * escrow's `OrderPaid` events filtered on their indexed shop id, read in bounded ranges by the SDK.
 */
export async function readPaidOrders(
  client: MarketReadClient,
  deployment: Deployment,
  { shopId, fromBlock, toBlock }: ReadPaidOrdersParameters,
): Promise<PaidOrderNotice[]> {
  const logs = await getLogsInRanges(client, {
    address: deployment.contracts.Escrow.address,
    events: [orderPaidEvent],
    topics: [null, toTopic(shopId)], // OrderPaid(orderId, shopId, buyer): topic 2 is the shop
    fromBlock,
    toBlock,
  });
  const orders = await positionEvents(
    client,
    logs.map((log) => ({ log, event: paidOrderFromLog(log) })),
  );
  return Promise.all(
    orders.map(async (order) => ({
      ...order,
      status: (await getOrderState(client, deployment, { orderId: order.orderId })).status,
    })),
  );
}
