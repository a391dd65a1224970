import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { WrongNetworkBanner } from "../features/wallet/index.ts";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";

/** Every page's frame: skip link, header, wrong-network banner, the page itself, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <Header />
      <WrongNetworkBanner />
      <main id="main" className="app__main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </div>
  );
}
