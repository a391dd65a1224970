import type { OrderTerms } from "@grandrue/sdk";

/** What every order action needs: the order, its terms (the escrow checks them), and words for the review step. */
export type OrderActionData = {
  orderId: bigint;
  terms: OrderTerms;
  /** The shop's name, for "Cancel your order at Le Fournil de la Halle". */
  shopName: string;
  /** The order's total in the reader's words ("15,90 €"), when known. */
  total?: string;
};
