import type { OrderTerms } from "@grandrue/sdk";
import { chainNowKey, orderKeys } from "../../../market/index.ts";

/** What every order action needs: the order and the terms it committed to, and how to name it to people. */
export type OrderActionData = { orderId: bigint; terms: OrderTerms; reference: string };

/** Order actions change the order lists, the order and its timeline, and the credits. */
export function orderQueries(chainId: number) {
  return [orderKeys.all(chainId), ["credits", chainId], chainNowKey(chainId)];
}
