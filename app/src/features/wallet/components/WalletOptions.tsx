import { useTranslation } from "react-i18next";
import { BaseError, UserRejectedRequestError } from "viem";
import { type Connector, useConnect, useConnectors } from "wagmi";
import { Banner } from "../../../components/ui/Banner.tsx";
import { WalletIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { shortHex } from "../../../lib/format.ts";
import { useMarketContext } from "../../../market/MarketContext.tsx";
import { errorMessage } from "../../../transaction/errorMessage.ts";
import { demoAccounts } from "../demoAccounts.ts";
import { DEV_WALLET_TYPE, devWalletConnectorId } from "../devWalletIds.ts";
import { demoAccountLabel } from "../hooks/useAccountName.ts";
import { PasskeyOptions } from "../passkey/components/PasskeyOptions.tsx";
import { PASSKEY_WALLET_TYPE } from "../passkey/passkeyIds.ts";

/**
 * The passkey wallet (no extension), the wallets this browser offers (announced through EIP-6963: MetaMask, Rabby…)
 * and, on the local dev chain, the demo town's accounts. Picking one connects it on the app's chain.
 */
export function WalletOptions({ onConnected }: { onConnected?: () => void }) {
  const { t } = useTranslation();
  const { config } = useMarketContext();
  const connectors = useConnectors();
  const {
    mutate: connect,
    isPending,
    variables,
    error,
  } = useConnect({ mutation: { onSuccess: () => onConnected?.() } });
  const installed = connectors.filter(
    (connector) => connector.type !== DEV_WALLET_TYPE && connector.type !== PASSKEY_WALLET_TYPE,
  );
  const demo = demoAccounts();
  const devWallets = connectors.flatMap((connector) => {
    const account = demo.find((candidate) => devWalletConnectorId(candidate) === connector.id);
    return account === undefined ? [] : [{ connector, account }];
  });
  const named = devWallets.filter(({ account }) => account.name !== undefined);
  const unnamed = devWallets.filter(({ account }) => account.name === undefined);
  const option = (connector: Connector, label: string, detail?: string) => (
    <li key={connector.uid}>
      <button
        type="button"
        className="wallet-option"
        disabled={isPending}
        onClick={() => connect({ connector, chainId: config.chainId })}
      >
        {connector.icon === undefined ? (
          <WalletIcon className="wallet-option__icon" />
        ) : (
          <img className="wallet-option__icon" src={connector.icon} alt="" />
        )}
        <span className="wallet-option__text">
          <span className="wallet-option__label">{label}</span>
          {detail !== undefined && <span className="wallet-option__detail">{detail}</span>}
        </span>
        {isPending && variables?.connector === connector && (
          <Spinner label={t("wallet.connecting")} isLabelHidden size="small" />
        )}
      </button>
    </li>
  );
  const demoOptions = (wallets: typeof devWallets) => (
    <ul className="wallet-options__list">
      {wallets.map(({ connector, account }) =>
        option(connector, demoAccountLabel(account, t), shortHex(account.address)),
      )}
    </ul>
  );
  return (
    <div className="wallet-options">
      {error !== null && <ConnectError error={error} />}
      <PasskeyOptions onConnected={onConnected} />
      <h3 className="wallet-options__heading">{t("wallet.installed")}</h3>
      {installed.length === 0 ? (
        <p className="wallet-options__none">{t("wallet.noneInstalled")}</p>
      ) : (
        <ul className="wallet-options__list">{installed.map((connector) => option(connector, connector.name))}</ul>
      )}
      {devWallets.length > 0 && (
        <>
          <h3 className="wallet-options__heading">{t("wallet.demoAccounts")}</h3>
          <p className="wallet-options__hint">{t("wallet.demoHint")}</p>
          {demoOptions(named)}
          {unnamed.length > 0 && (
            <details className="wallet-options__more">
              <summary>{t("wallet.moreTestAccounts", { count: unnamed.length })}</summary>
              {demoOptions(unnamed)}
            </details>
          )}
        </>
      )}
    </div>
  );
}

/** Why connecting failed (most often: refused in the wallet), in plain words. No contract is involved yet. */
function ConnectError({ error }: { error: Error }) {
  const { t, i18n } = useTranslation(["common", "errors"]);
  const isRejected =
    error instanceof BaseError && error.walk((cause) => cause instanceof UserRejectedRequestError) !== null;
  const parsed = { name: isRejected ? "UserRejected" : "Unknown", args: {}, message: error.message };
  return <Banner tone="error">{errorMessage(parsed, t, i18n.language)}</Banner>;
}
