import { orderReference, release } from "@grandrue/sdk";
import type { CliCommand } from "../command.ts";
import { findOrder } from "../orders.ts";

export const ordersRelease: CliCommand = {
  name: "orders release",
  summary: "Release an order's money to the shop now, as its buyer (from Paid to Delivered)",
  arguments: ["orderId"],
  options: {},
  isSigning: true,
  help: "The carrier is paid if it picked the goods up; otherwise an unpaid delivery fee goes back to the buyer.",
  async run({ args, connection, wallet, print }) {
    const connected = await connection();
    const { orderId, terms } = await findOrder(connected, args[0]!);
    await release(await wallet(), connected.deployment, { terms });
    print(`Order ${orderReference(orderId)} released: the shop is paid`);
  },
};
