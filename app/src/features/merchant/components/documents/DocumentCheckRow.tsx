import type { ReplicaHoldingState, ShopDocumentCheck } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Badge, type BadgeTone } from "../../../../components/ui/Badge.tsx";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";

const STATE_TONES: Record<ReplicaHoldingState, BadgeTone> = {
  holds: "success",
  missing: "warning",
  lying: "danger",
  unreachable: "warning",
  failing: "danger",
};

function heldTone(held: number, nodeCount: number): BadgeTone {
  if (held === nodeCount) return "success";
  return held === 0 ? "danger" : "warning";
}

export type DocumentCheckRowProps = {
  shopId: bigint;
  check: ShopDocumentCheck;
  nodeCount: number;
  isPublishing: boolean;
  /** Why publishing this document again failed, in the reader's words. */
  failure?: string;
  onPublishAgain(): void;
};

/** One document: what it is, how many nodes hold it, each node's answer, and "publish again" when one lacks it. */
export function DocumentCheckRow({
  shopId,
  check,
  nodeCount,
  isPublishing,
  failure,
  onPublishAgain,
}: DocumentCheckRowProps) {
  const { t } = useTranslation("merchant");
  return (
    <li className="documents__item">
      <div className="documents__heading">
        <p className="documents__name">
          {check.orderId === undefined ? (
            t(`documents.kinds.${check.kind}${check.attachments.length === 0 ? "" : "WithFiles"}`, {
              count: check.attachments.length,
            })
          ) : (
            <Link href={`/shops/${shopId}/orders/${check.orderId}`}>
              {t(`documents.kinds.${check.kind}`, { reference: orderReference(check.orderId) })}
            </Link>
          )}
        </p>
        <Badge tone={heldTone(check.held, nodeCount)}>
          {t("documents.held", { held: check.held, count: nodeCount })}
        </Badge>
      </div>
      <ul className="documents__nodes" aria-label={t("documents.nodesLabel")}>
        {check.replicas.map(({ replica, state }) => (
          <li key={replica}>
            <Badge tone={STATE_TONES[state]}>{t(`documents.states.${state}`, { node: replica })}</Badge>
          </li>
        ))}
      </ul>
      <p className="documents__cid">{check.cid}</p>
      {failure !== undefined && (
        <Banner tone="error" title={t("documents.publishAgain.failed")}>
          <p>{failure}</p>
        </Banner>
      )}
      {check.held < nodeCount && (
        <Button size="small" isLoading={isPublishing} onClick={onPublishAgain}>
          {t("documents.publishAgain.button")}
        </Button>
      )}
    </li>
  );
}
