import type { OrderTermsMismatch } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { shortHex } from "../../../../lib/format.ts";
import { durationInWords } from "../../shared/time.ts";

/** A sentence for each way an order differs from the shop's terms ("The customer asked for 3 days to report a problem; your terms say 7 days"). */
export function useMismatchText(): (mismatch: OrderTermsMismatch) => string {
  const { t } = useTranslation("merchant");
  return (mismatch) => {
    switch (mismatch.name) {
      case "ShipWindowMismatch":
      case "DeliveryWindowMismatch":
      case "ReturnWindowMismatch":
        return t(`orders.mismatch.${mismatch.name}`, {
          expected: durationInWords(mismatch.expected, t),
          actual: durationInWords(mismatch.actual, t),
        });
      case "ShopMismatch":
        return t("orders.mismatch.ShopMismatch");
      case "PayoutMismatch":
      case "HookMismatch":
        return t(`orders.mismatch.${mismatch.name}`, {
          expected: shortHex(mismatch.expected),
          actual: shortHex(mismatch.actual),
        });
      default:
        return t(`orders.mismatch.${mismatch.name}`, { actual: shortHex(mismatch.actual) });
    }
  };
}
