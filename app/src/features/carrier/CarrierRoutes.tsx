import { Route, Switch } from "wouter";
import { NotFoundPage } from "../../components/layout/NotFoundPage.tsx";
import "../../styles/features/merchant.css";
import "../../styles/features/carrier.css";
import { CarrierHomePage } from "./components/CarrierHomePage.tsx";
import { CarrierProfilePage } from "./components/profile/CarrierProfilePage.tsx";
import { ShipmentPage } from "./components/shipment/ShipmentPage.tsx";

/**
 * The carrier's space, nested under `/carrier` (paths here are relative to it; use `~/…` for the rest of the app).
 * Loaded on first visit only. It shares the merchant space's form styles.
 */
export function CarrierRoutes() {
  return (
    <Switch>
      <Route path="/" component={CarrierHomePage} />
      <Route path="/register" component={CarrierProfilePage} />
      <Route path="/profile" component={CarrierProfilePage} />
      <Route path="/shipments/:orderId" component={ShipmentPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
