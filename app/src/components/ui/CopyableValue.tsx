import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";

/**
 * A long value people may need whole (an order id, an address): shown in full, wrapping, with a button that copies it.
 * @example <CopyableValue label={t("common:order.fullId")} value={orderIdHex(orderId)} />
 */
export function CopyableValue({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  };
  return (
    <p className="copyable-value">
      <span className="copyable-value__label">{label}</span> <code className="copyable-value__text">{value}</code>{" "}
      <Button size="small" variant="quiet" onClick={() => void copy()}>
        <span aria-live="polite">{isCopied ? t("actions.copied") : t("actions.copy")}</span>
      </Button>
    </p>
  );
}
