import type { ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";

/** Who sold: the shop's legal name and numbers when it published them, its trading name and address. */
export function ShopIdentity({ shop }: { shop: ShopMetadata | undefined }) {
  const { t } = useTranslation("orders");
  if (shop === undefined) return <p className="receipt__seller">{t("receipt.unknownShop")}</p>;
  const { legal, address } = shop;
  return (
    <address className="receipt__seller">
      <strong>{legal?.name ?? shop.name}</strong>
      {legal !== undefined && legal.name !== shop.name && <span>{shop.name}</span>}
      <span>{address.street}</span>
      <span>
        {address.postcode} {address.city} ({address.country})
      </span>
      {legal?.siret !== undefined && <span>{t("receipt.siret", { number: legal.siret })}</span>}
      {legal?.ide !== undefined && <span>{t("receipt.ide", { number: legal.ide })}</span>}
      {legal?.vatNumber !== undefined && <span>{t("receipt.vatNumber", { number: legal.vatNumber })}</span>}
      {legal === undefined && <span className="muted">{t("receipt.noLegal")}</span>}
    </address>
  );
}
