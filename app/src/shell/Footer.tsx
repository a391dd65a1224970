import { useTranslation } from "react-i18next";
import { useMarketContext } from "../market/MarketContext.tsx";

/** What Grandrue promises, in one line, and which network this app talks to. */
export function Footer() {
  const { t } = useTranslation();
  const { config } = useMarketContext();
  return (
    <footer className="site-footer">
      <p className="site-footer__promise">{t("footer.promise")}</p>
      <p className="site-footer__network">{t("footer.network", { chain: config.chainName })}</p>
    </footer>
  );
}
