import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useMarketContext } from "../market/MarketContext.tsx";

/** What Grandrue promises, in one line, which network this app talks to, and where its search is set. */
export function Footer() {
  const { t } = useTranslation();
  const { config } = useMarketContext();
  return (
    <footer className="site-footer">
      <p className="site-footer__promise">{t("footer.promise")}</p>
      <p className="site-footer__network">{t("footer.network", { chain: config.chainName })}</p>
      <p className="site-footer__settings">
        <Link href="~/settings">{t("footer.settings")}</Link>
      </p>
    </footer>
  );
}
