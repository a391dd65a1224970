import type { OrderDetails, OrderStatus } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { EmptyState } from "../../../../components/ui/EmptyState.tsx";
import { BikeIcon } from "../../../../components/ui/icons.tsx";
import { PadlockNote } from "../../../../components/ui/PadlockNote.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useChainNow, useOrders } from "../../../../market/index.ts";
import { useEncryptionKey } from "../../../merchant/index.ts";
import { ShipmentCard } from "./ShipmentCard.tsx";

const GROUPS = [
  { name: "toPickUp", statuses: ["Accepted"] },
  { name: "onTheWay", statuses: ["Shipped"] },
  { name: "waiting", statuses: ["Paid"] },
  { name: "done", statuses: ["Delivered", "Completed", "Disputed", "Resolved"] },
] as const satisfies readonly { name: string; statuses: readonly OrderStatus[] }[];

/** The parcels this carrier was chosen for, by what they need now; addresses decrypted once the key is unlocked. */
export function ShipmentsList({ carrier }: { carrier: Address }) {
  const { t } = useTranslation("carrier");
  const orders = useOrders({ carrier });
  const now = useChainNow();
  const carrierKey = useEncryptionKey({ role: "carrier" });
  if (orders.isLoading) return <Spinner label={t("shipments.loading")} />;
  if (orders.isError) {
    return (
      <Banner tone="error" title={t("shipments.loadErrorTitle")}>
        <p>{t("shipments.loadErrorText")}</p>
      </Banner>
    );
  }
  const list = orders.data ?? [];
  if (list.length === 0) {
    return (
      <EmptyState icon={<BikeIcon />} title={t("home.shipmentsTitle")} headingLevel={2}>
        <p>{t("home.shipmentsText")}</p>
      </EmptyState>
    );
  }
  const inGroup = (statuses: readonly OrderStatus[]): OrderDetails[] =>
    list.filter((order) => statuses.includes(order.state.status));
  return (
    <div className="shipments">
      {carrierKey.keys === undefined && (
        <div className="shipments__unlock">
          <PadlockNote>{t("shipments.addressesWhy")}</PadlockNote>
          <Button onClick={() => void carrierKey.unlock()} isLoading={carrierKey.isUnlocking}>
            {t("shipments.showAddresses")}
          </Button>
        </div>
      )}
      {GROUPS.map(({ name, statuses }) => {
        const group = inGroup(statuses);
        if (group.length === 0) return null;
        return (
          <section key={name} aria-labelledby={`shipments-${name}`}>
            <h2 id={`shipments-${name}`} className="section__title">
              {t(`shipments.groups.${name}`, { count: group.length })}
            </h2>
            <ul className="shipments__list">
              {group.map((order) => (
                <li key={order.orderId.toString()}>
                  <ShipmentCard order={order} now={now} keys={carrierKey.keys} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
