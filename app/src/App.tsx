import { lazy, Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { NotFoundPage } from "./components/layout/NotFoundPage.tsx";
import { PageLoading } from "./components/layout/PageLoading.tsx";
import { ErrorBoundary } from "./components/ui/ErrorBoundary.tsx";
import { ErrorPage } from "./components/ui/ErrorPage.tsx";
import { BasketPage } from "./features/basket/index.ts";
import { FindPage, SearchSettingsPage } from "./features/discover/index.ts";
import { InboxPage } from "./features/inbox/index.ts";
import { LabelIssuersPage, StampCardsPage } from "./features/services-shopper/index.ts";
import { WalletPage, WithWallet } from "./features/wallet/index.ts";
import { AppLayout } from "./shell/AppLayout.tsx";

// A first visit loads the find page and what the header needs (basket, wallet button); every other page downloads
// when first opened, with the wallet stack (wagmi, connectors), which the find page never needs.
const ShopPage = lazy(() => import("./features/shops/index.ts").then((feature) => ({ default: feature.ShopPage })));
const ItemPage = lazy(() => import("./features/shops/index.ts").then((feature) => ({ default: feature.ItemPage })));
const CheckoutPage = lazy(() =>
  import("./features/checkout/index.ts").then((feature) => ({ default: feature.CheckoutPage })),
);
const OrdersPage = lazy(() =>
  import("./features/orders/index.ts").then((feature) => ({ default: feature.OrdersPage })),
);
const OrderPage = lazy(() => import("./features/orders/index.ts").then((feature) => ({ default: feature.OrderPage })));
const ReceiptPage = lazy(() =>
  import("./features/receipts/index.ts").then((feature) => ({ default: feature.ReceiptPage })),
);
const MerchantSpace = lazy(() =>
  import("./features/merchant/index.ts").then((feature) => ({ default: feature.MerchantSpace })),
);
// The demo faucet exists only in builds for the local test network (chain 31337, the default): for any other chain id
// the condition is false at build time (literals only, so the bundler folds it) and the page is left out.
const FaucetPage =
  import.meta.env.VITE_CHAIN_ID === undefined || import.meta.env.VITE_CHAIN_ID === "31337"
    ? lazy(() => import("./features/faucet/index.ts").then((feature) => ({ default: feature.FaucetPage })))
    : undefined;
const CarrierRoutes = lazy(() =>
  import("./features/carrier/index.ts").then((feature) => ({ default: feature.CarrierRoutes })),
);

/** Every route of the app. A failing page shows an error page (cleared by navigating); the header stays. */
export function App() {
  const [location] = useLocation();
  return (
    <AppLayout>
      <ErrorBoundary resetKey={location} fallback={(error, reset) => <ErrorPage error={error} onRetry={reset} />}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path="/" component={FindPage} />
            <Route>
              <WithWallet>
                <WalletRoutes />
              </WithWallet>
            </Route>
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}

/** Every route but the find page: they connect, sign or read the connected wallet through wagmi. */
function WalletRoutes() {
  return (
    <Switch>
      <Route path="/shops/:shopId" component={ShopPage} />
      <Route path="/shops/:shopId/items/:itemId" component={ItemPage} />
      <Route path="/basket" component={BasketPage} />
      <Route path="/checkout" component={CheckoutPage} />
      <Route path="/orders" component={OrdersPage} />
      <Route path="/orders/:orderId" component={OrderPage} />
      <Route path="/receipts/:orderId" component={ReceiptPage} />
      <Route path="/inbox" component={InboxPage} />
      <Route path="/cards" component={StampCardsPage} />
      <Route path="/labels" component={LabelIssuersPage} />
      <Route path="/merchant" nest>
        <MerchantSpace />
      </Route>
      <Route path="/carrier" nest>
        <CarrierRoutes />
      </Route>
      <Route path="/wallet" component={WalletPage} />
      {FaucetPage !== undefined && <Route path="/faucet" component={FaucetPage} />}
      <Route path="/settings" component={SearchSettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
