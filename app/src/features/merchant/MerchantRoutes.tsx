import { Redirect, Route, Switch } from "wouter";
import { NotFoundPage } from "../../components/layout/NotFoundPage.tsx";
import "../../styles/features/merchant.css";
import { MerchantHomePage } from "./components/MerchantHomePage.tsx";
import { NewShopPage } from "./components/new-shop/NewShopPage.tsx";
import { ShopOrderPage } from "./components/orders/ShopOrderPage.tsx";
import { SHOP_SECTIONS, ShopAdminPage } from "./components/ShopAdminPage.tsx";

/**
 * The merchant's space, nested under `/merchant` (paths here are relative to it; use `~/…` for the rest of the
 * app). Loaded on first visit only, so shoppers never download it.
 */
export function MerchantRoutes() {
  return (
    <Switch>
      <Route path="/" component={MerchantHomePage} />
      <Route path="/new" component={NewShopPage} />
      <Route path="/shops/:shopId">{(params) => <Redirect to={`/shops/${params.shopId}/catalog`} replace />}</Route>
      {SHOP_SECTIONS.map((section) => (
        <Route key={section} path={`/shops/:shopId/${section}`}>
          <ShopAdminPage section={section} />
        </Route>
      ))}
      <Route path="/shops/:shopId/orders/:orderId" component={ShopOrderPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
