import { cidOfDigest, type OrderDetails } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { useChainNow, useDocument, useOrderWarranty } from "../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../transaction/index.ts";
import "../../../styles/features/services-shopper.css";
import { useWalletStatus } from "../../wallet/index.ts";
import { formatDay } from "../lib/formatDay.ts";
import fileWarrantyClaim from "../transactions/fileWarrantyClaim.ts";
import { ClaimState } from "./ClaimState.tsx";
import { WarrantyClaimForm } from "./WarrantyClaimForm.tsx";

/**
 * The warranty of a completed order covered by the shop's bond: until when it runs, "Faire jouer la garantie" for the
 * buyer while it does, and the claim's state once filed. Nothing for an order without warranty.
 */
export function WarrantyCard({ order, shopName }: { order: OrderDetails; shopName: string }) {
  const { t, i18n } = useTranslation("services");
  const { data: warranty } = useOrderWarranty(order.orderId);
  const { data: items } = useDocument("order-items", cidOfDigest(order.itemsDigest));
  const { address } = useWalletStatus();
  const now = useChainNow();
  const [isFormOpen, setFormOpen] = useState(false);
  const claim = useTransaction(fileWarrantyClaim, { onSuccess: () => setFormOpen(false) });
  if (warranty === undefined || (warranty.endsAt === undefined && warranty.claim === undefined)) return null;
  const isBuyer = address?.toLowerCase() === order.terms.buyer.toLowerCase();
  // The contract compares the warranty's end with the chain's clock, which may run ahead of this device's.
  const isRunning = warranty.endsAt !== undefined && now !== undefined && warranty.endsAt > now;
  const money = items === undefined ? undefined : { priceUnit: items.priceUnit, rate: BigInt(items.payment.rate) };
  const canClaim =
    isBuyer && isRunning && warranty.claim === undefined && order.state.status === "Completed" && money !== undefined;
  return (
    <Card title={t("warranty.title")} className="warranty-card">
      {warranty.endsAt !== undefined && (
        <p>
          {t(isRunning ? "warranty.runsUntil" : "warranty.endedOn", {
            date: formatDay(warranty.endsAt, i18n.language),
          })}
        </p>
      )}
      {warranty.claim !== undefined && <ClaimState claim={warranty.claim} money={money} />}
      {canClaim && !isFormOpen && (
        <>
          <p className="service-block__note">{t("warranty.intro")}</p>
          <Button onClick={() => setFormOpen(true)}>{t("warranty.open")}</Button>
        </>
      )}
      {canClaim && isFormOpen && (
        <WarrantyClaimForm order={order} money={money} shopName={shopName} onSubmit={claim.open} />
      )}
      <TransactionDialog handle={claim} />
    </Card>
  );
}
