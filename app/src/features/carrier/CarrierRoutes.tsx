import { Route, Switch } from "wouter";
import { NotFoundPage } from "../../components/layout/NotFoundPage.tsx";
import { CarrierHomePage } from "./components/CarrierHomePage.tsx";
import { CarrierRegisterPage } from "./components/CarrierRegisterPage.tsx";
import { ShipmentPage } from "./components/ShipmentPage.tsx";

/**
 * The carrier's space, nested under `/carrier` (paths here are relative to it; use `~/…` for the rest of the app).
 * Loaded on first visit only.
 */
export function CarrierRoutes() {
  return (
    <Switch>
      <Route path="/" component={CarrierHomePage} />
      <Route path="/register" component={CarrierRegisterPage} />
      <Route path="/shipments/:orderId" component={ShipmentPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
