import { complete, orderReference } from "@grandrue/sdk";
import type { CliCommand } from "../command.ts";
import { findOrder } from "../orders.ts";

export const ordersComplete: CliCommand = {
  name: "orders complete",
  summary: "Complete an order whose return window has passed (anyone may): the shop and the carrier are paid",
  arguments: ["orderId"],
  options: {},
  isSigning: true,
  async run({ args, connection, wallet, print }) {
    const connected = await connection();
    const { orderId, terms } = await findOrder(connected, args[0]!);
    await complete(await wallet(), connected.deployment, { terms });
    print(`Order ${orderReference(orderId)} completed: the shop and the carrier are paid`);
  },
};
