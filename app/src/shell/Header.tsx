import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { LanguageSwitch } from "../components/layout/LanguageSwitch.tsx";
import { Logo } from "../components/layout/Logo.tsx";
import { NavLink } from "../components/layout/NavLink.tsx";
import { BikeIcon, CloseIcon, MenuIcon, ReceiptIcon, StampCardIcon, StoreIcon } from "../components/ui/icons.tsx";
import { BasketLink } from "../features/basket/index.ts";
import { InboxLink } from "../features/inbox/index.ts";
import { WalletButton } from "../features/wallet/index.ts";
import { HeaderSearch } from "./HeaderSearch.tsx";

/**
 * The shop front's sign: logo, search, orders, the inbox, the merchant and carrier entries, language, wallet and basket.
 * On phones everything but the logo and the basket folds into a menu.
 */
export function Header() {
  const { t } = useTranslation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const [location] = useLocation();
  const menuId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the location changes
  useEffect(() => setMenuOpen(false), [location]);
  const closeMenu = () => setMenuOpen(false);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href="~/" className="site-header__logo" aria-label={t("nav.home")}>
          <Logo />
        </Link>
        <div className="site-header__search">
          <HeaderSearch />
        </div>
        <div className="site-header__quick">
          <InboxLink />
          <BasketLink />
          <button
            type="button"
            className="site-header__menu-button"
            aria-expanded={isMenuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {isMenuOpen ? <CloseIcon /> : <MenuIcon />}
            <span className="visually-hidden">{t("nav.menu")}</span>
          </button>
        </div>
      </div>
      <div id={menuId} className="site-header__menu" data-open={isMenuOpen}>
        <div className="site-header__menu-search">
          <HeaderSearch onSearched={closeMenu} />
        </div>
        <nav className="site-header__nav" aria-label={t("nav.label")}>
          <NavLink href="/orders" onNavigate={closeMenu}>
            <ReceiptIcon />
            {t("nav.orders")}
          </NavLink>
          <NavLink href="/cards" onNavigate={closeMenu}>
            <StampCardIcon />
            {t("nav.cards")}
          </NavLink>
          <NavLink href="/merchant" onNavigate={closeMenu}>
            <StoreIcon />
            {t("nav.merchant")}
          </NavLink>
          <NavLink href="/carrier" onNavigate={closeMenu}>
            <BikeIcon />
            {t("nav.carrier")}
          </NavLink>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitch />
          <WalletButton />
        </div>
      </div>
    </header>
  );
}
