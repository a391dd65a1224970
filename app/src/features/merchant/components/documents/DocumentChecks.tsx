import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useMarket } from "../../../../market/index.ts";
import { usePublishAgain, useShopDocumentChecks } from "../../hooks/useShopDocumentChecks.ts";
import { DocumentCheckRow } from "./DocumentCheckRow.tsx";

/** Every document of the shop with how many nodes hold it, and "publish again" where one is missing. */
export function DocumentChecks({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation("merchant");
  const { ipfs } = useMarket();
  const checks = useShopDocumentChecks(shopId);
  const publishAgain = usePublishAgain(shopId);
  const lacking = checks.data?.filter(({ held }) => held < ipfs.replicas.length).length ?? 0;
  return (
    <Card
      title={t("documents.checks.title")}
      subtitle={t("documents.checks.subtitle", { count: ipfs.replicas.length, quorum: ipfs.quorum })}
      actions={
        <Button variant="quiet" isLoading={checks.isFetching} onClick={() => void checks.refetch()}>
          {t("documents.checks.again")}
        </Button>
      }
    >
      {checks.data === undefined ? (
        checks.isError ? (
          <Banner tone="error" title={t("documents.checks.errorTitle")}>
            <p>{t("documents.checks.errorText")}</p>
          </Banner>
        ) : (
          <Spinner label={t("documents.checks.loading")} />
        )
      ) : (
        <>
          <p className={lacking === 0 ? "documents__summary" : "documents__summary documents__summary--lacking"}>
            {lacking === 0
              ? t("documents.checks.allKept", { count: checks.data.length })
              : t("documents.checks.lacking", { count: lacking, total: checks.data.length })}
          </p>
          <ul className="documents__list">
            {checks.data.map((check) => (
              <DocumentCheckRow
                key={`${check.kind}-${check.cid}`}
                shopId={shopId}
                check={check}
                nodeCount={ipfs.replicas.length}
                isPublishing={publishAgain.isPending && publishAgain.variables?.cid === check.cid}
                failure={publishAgain.variables?.cid === check.cid ? publishAgain.error?.message : undefined}
                onPublishAgain={() => publishAgain.mutate(check)}
              />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
