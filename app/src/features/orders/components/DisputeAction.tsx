import { useTranslation } from "react-i18next";
import { isAddressEqual, zeroAddress } from "viem";
import type { OrderActionData } from "../../../market/index.ts";
import { useMarket } from "../../../market/index.ts";
import openDispute from "../transactions/openDispute.ts";
import type { OrderActionRequest } from "../transactions/orderAction.ts";
import { OrderActionButton } from "./OrderActionButton.tsx";

/** "Something is wrong": what a dispute does, who decides without an agreement, and the button to open it. */
export function DisputeAction({
  action,
  onAction,
}: {
  action: OrderActionData;
  onAction(request: OrderActionRequest): void;
}) {
  const { t } = useTranslation("orders");
  const { deployment } = useMarket();
  const { arbitrator } = action.terms;
  const decider =
    arbitrator === zeroAddress
      ? "none"
      : isAddressEqual(arbitrator, deployment.contracts.MediatorArbitrator.address)
        ? "mediator"
        : "other";
  return (
    <li className="order-action">
      <p>{t("actions.dispute.text")}</p>
      <p className="muted">{t(`actions.dispute.decides.${decider}`)}</p>
      <div className="order-action__buttons">
        <OrderActionButton
          transaction={openDispute}
          onAction={onAction}
          data={{ ...action, arbitrator: t(`actions.dispute.decider.${decider}`) }}
          label={t("actions.dispute.button")}
          variant="danger"
        />
      </div>
    </li>
  );
}
