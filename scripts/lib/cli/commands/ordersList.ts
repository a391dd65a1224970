import { listOrders, type OrderFilter, orderReference } from "@grandrue/sdk";
import { type Address, getAddress, isAddress } from "viem";
import { parseShopId, stringOption } from "../arguments.ts";
import type { CliCommand } from "../command.ts";
import { UsageError } from "../errors.ts";
import { formatTable, formatTime } from "../format.ts";
import { tokenBook } from "../tokens.ts";

function addressOption(value: string, option: string): Address {
  if (!isAddress(value)) throw new UsageError(`--${option} takes an address, not "${value}"`, "orders list");
  return getAddress(value);
}

function orderFilter(options: Record<string, string | boolean | undefined>): OrderFilter {
  const shop = stringOption(options, "shop");
  const buyer = stringOption(options, "buyer");
  const carrier = stringOption(options, "carrier");
  if ([shop, buyer, carrier].filter((value) => value !== undefined).length !== 1) {
    throw new UsageError(
      "orders list needs exactly one of --shop <shopId>, --buyer <address> and --carrier <address>",
      "orders list",
    );
  }
  if (shop !== undefined) return { shopId: parseShopId(shop) };
  if (buyer !== undefined) return { buyer: addressOption(buyer, "buyer") };
  return { carrier: addressOption(carrier!, "carrier") };
}

export const ordersList: CliCommand = {
  name: "orders list",
  summary: "List the orders of a shop, a buyer or a carrier, oldest first",
  arguments: [],
  options: {
    shop: { type: "string", valueName: "shopId", description: "the orders placed with this shop" },
    buyer: { type: "string", valueName: "address", description: "the orders this account placed" },
    carrier: { type: "string", valueName: "address", description: "the orders this carrier delivers" },
  },
  isSigning: false,
  help:
    "ORDER is each order's reference, as the app shows it: every order command takes it as it is.\n" +
    "AMOUNT is the items' price, DELIVERY FEE what the buyer paid for delivery (to the carrier, or to the shop when\n" +
    "it delivers itself) and TOTAL PAID their sum, all in TOKEN.\n" +
    "NEXT DEADLINE is the one of the next step (accept, ship, deliver, return, dispute), in UTC.",
  async run({ options, connection, print }) {
    const filter = orderFilter(options);
    const { publicClient, deployment } = await connection();
    const orders = await listOrders(publicClient, deployment, filter);
    if (orders.length === 0) {
      print("No orders.");
      return;
    }
    const tokens = tokenBook(publicClient);
    const rows = await Promise.all(
      orders.map(async ({ orderId, terms, state }) => {
        const [amount, deliveryFee, total] = await Promise.all(
          [terms.amount, terms.deliveryFee, terms.amount + terms.deliveryFee].map((value) =>
            tokens.format(terms.token, value),
          ),
        );
        return [
          orderReference(orderId),
          state.status,
          amount!.amount,
          deliveryFee!.amount,
          total!.amount,
          total!.symbol,
          formatTime(state.deadline),
        ];
      }),
    );
    print(formatTable(["order", "status", "amount", "delivery fee", "total paid", "token", "next deadline"], rows));
  },
};
