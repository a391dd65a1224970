import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { useDeviceIpfsTokens, useMarketContext } from "../../../../market/index.ts";
import { NodeTokenForm } from "./NodeTokenForm.tsx";

/** The configured IPFS nodes, with the token this device writes to each with; the merchant's own stay here only. */
export function NodeTokens() {
  const { t } = useTranslation("merchant");
  const { config } = useMarketContext();
  const deviceTokens = useDeviceIpfsTokens();
  return (
    <Card title={t("documents.tokens.title")} subtitle={t("documents.tokens.subtitle")}>
      <ul className="documents__tokens">
        {config.ipfsReplicas.map((replica) => (
          <li key={replica.apiUrl}>
            <NodeTokenForm
              replica={replica}
              source={
                deviceTokens[replica.apiUrl] !== undefined
                  ? "device"
                  : replica.token !== undefined
                    ? "configuration"
                    : "none"
              }
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
