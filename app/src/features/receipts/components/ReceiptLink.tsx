import { useTranslation } from "react-i18next";
import { LinkButton } from "../../../components/ui/Button.tsx";

/** "Receipt" from an order page: the buyer's copy, or the shop's from the merchant space. */
export function ReceiptLink({ orderId, copy }: { orderId: bigint; copy: "buyer" | "shop" }) {
  const { t } = useTranslation("orders");
  return (
    <LinkButton href={`~/receipts/${orderId}${copy === "shop" ? "?copy=shop" : ""}`} size="small">
      {t("receipt.link")}
    </LinkButton>
  );
}
