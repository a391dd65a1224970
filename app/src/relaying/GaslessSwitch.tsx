import { useTranslation } from "react-i18next";
import { useRelaying } from "./useRelaying.ts";

/**
 * "Pay the network fee in the order's currency, through a relayer": the shopper's switch (kept on this device), with
 * why it is on by itself when the wallet holds none of the chain's coin, or why it cannot be when no relayer is known.
 */
export function GaslessSwitch() {
  const { t } = useTranslation();
  const relaying = useRelaying();
  if (relaying.relayers.length === 0) return <p className="gasless-switch muted">{t("relaying.switch.noRelayer")}</p>;
  return (
    <div className="gasless-switch">
      <label className="checkbox">
        <input
          type="checkbox"
          name="gasless"
          checked={relaying.isRelayed}
          disabled={relaying.lacksNativeCoin === true}
          onChange={(event) => relaying.setAlwaysRelayed(event.target.checked)}
        />
        <span>{t("relaying.switch.label")}</span>
      </label>
      <p className="muted">
        {relaying.lacksNativeCoin === true ? t("relaying.switch.noNativeCoin") : t("relaying.switch.explain")}
      </p>
    </div>
  );
}
