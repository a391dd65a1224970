import { useParams } from "wouter";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { parseIdParam } from "../../../lib/routeParams.ts";
import "../../../styles/features/basket.css";
import "../../../styles/features/orders.css";
import { OrderView } from "./OrderView.tsx";

/** `/orders/:orderId`: one order's progress, delivery code, and what the buyer can do next. */
export function OrderPage() {
  const { orderId } = useParams<{ orderId: string }>();
  const id = parseIdParam(orderId);
  if (id === undefined) return <NotFoundPage />;
  return <OrderView key={id.toString()} orderId={id} />;
}
