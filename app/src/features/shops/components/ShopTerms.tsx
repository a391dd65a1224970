import type { IndexedShop, ShopMetadata } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { shortHex } from "../../../lib/format.ts";
import { useMarketContext } from "../../../market/MarketContext.tsx";
import { formatDuration, windowDays } from "../terms/formatDuration.ts";

/** The shop's terms in words: how fast it answers and hands over, how long there is to report a problem, who settles a disagreement, and its own texts. */
export function ShopTerms({ shop, metadata }: { shop: IndexedShop; metadata: ShopMetadata }) {
  const { t, i18n } = useTranslation("shopPage");
  const { deployment } = useMarketContext();
  const arbitratorName = (address: Address) =>
    isAddressEqual(address, deployment.contracts.MediatorArbitrator.address) ? t("terms.mediator") : shortHex(address);
  const arbitrators = [
    ...shop.arbitrators.map(arbitratorName),
    ...(shop.isAnyArbitratorAccepted ? [t("terms.anyArbitrator")] : []),
  ];
  const texts = (["returns", "delivery", "other"] as const).filter((key) => metadata.terms[key] !== undefined);
  return (
    <>
      <dl className="shop-facts">
        <dt>{t("terms.acceptTitle")}</dt>
        <dd>{t("terms.accept", { duration: formatDuration(shop.terms.acceptHours, i18n.language) })}</dd>
        <dt>{t("terms.shipTitle")}</dt>
        <dd>{t("terms.ship", { duration: formatDuration(shop.terms.shipHours, i18n.language) })}</dd>
        <dt>{t("terms.returnTitle")}</dt>
        <dd>{t("terms.return", { count: windowDays(shop.terms.returnHours) })}</dd>
        <dt>{t("terms.disputeTitle")}</dt>
        <dd>
          {arbitrators.length === 0
            ? t("terms.noArbitrator")
            : t("terms.dispute", { arbitrators: arbitrators.join(", ") })}
        </dd>
      </dl>
      {texts.map((key) => (
        <div key={key} className="shop-terms__text">
          <h3>{t(`terms.own.${key}`)}</h3>
          <p className="prose">{metadata.terms[key]}</p>
        </div>
      ))}
    </>
  );
}
