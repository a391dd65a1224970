import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../components/ui/Button.tsx";
import { Field } from "../components/ui/Field.tsx";
import { TextArea } from "../components/ui/TextArea.tsx";
import { useMarket } from "../market/useMarket.ts";
import { GaslessSwitch } from "./GaslessSwitch.tsx";
import { allowedRelayerOrigins, parseRelayerUrls, type RelayerUrlProblem, relayerName } from "./relayerUrls.ts";
import { useRelayingPreferences } from "./useRelaying.ts";

/**
 * `/settings`, network fees: whether every action goes through a relayer, and which relayers are tried in order —
 * the app's, or the shopper's own list (each on an address this page may reach). Kept on this device only.
 */
export function RelayerSettings() {
  const { t } = useTranslation();
  const { config } = useMarket();
  const [preferences, setPreferences] = useRelayingPreferences();
  const [text, setText] = useState((preferences.relayers ?? config.relayers).join("\n"));
  const [refusal, setRefusal] = useState<{ problem: RelayerUrlProblem; entry: string }>();
  const [isSaved, setSaved] = useState(false);
  const allowedOrigins = allowedRelayerOrigins(config.relayers, window.location.origin);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parseRelayerUrls(text, allowedOrigins);
    if ("problem" in parsed) return setRefusal(parsed);
    setRefusal(undefined);
    setText(parsed.urls.join("\n"));
    const isAppList = parsed.urls.join(",") === config.relayers.join(",");
    const { relayers: _previous, ...rest } = preferences;
    setPreferences(isAppList ? rest : { ...rest, relayers: parsed.urls });
    setSaved(true);
  };
  const chooseAppList = () => {
    const { relayers: _previous, ...rest } = preferences;
    setPreferences(rest);
    setText(config.relayers.join("\n"));
    setRefusal(undefined);
    setSaved(true);
  };
  return (
    <section className="relayer-settings" aria-labelledby="relayer-settings-title">
      <h2 id="relayer-settings-title">{t("relaying.settings.title")}</h2>
      <p>{t("relaying.settings.explain")}</p>
      <GaslessSwitch />
      <form onSubmit={submit} noValidate>
        <Field
          label={t("relaying.settings.listLabel")}
          hint={t("relaying.settings.listHint", { origins: allowedOrigins.join(", ") })}
          error={
            refusal === undefined
              ? undefined
              : t(`relaying.settings.refused.${refusal.problem}`, {
                  entry: refusal.entry,
                  origins: allowedOrigins.join(", "),
                })
          }
        >
          <TextArea
            name="relayers"
            rows={3}
            value={text}
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
          />
        </Field>
        {config.relayers.length > 0 && (
          <p className="muted">
            {t("relaying.settings.appList", { relayers: config.relayers.map(relayerName).join(", ") })}
          </p>
        )}
        <div className="relayer-settings__actions">
          <Button type="submit" variant="primary">
            {t("relaying.settings.save")}
          </Button>
          {preferences.relayers !== undefined && (
            <Button variant="quiet" onClick={chooseAppList}>
              {t("relaying.settings.useAppList")}
            </Button>
          )}
          {isSaved && <p role="status">{t("relaying.settings.saved")}</p>}
        </div>
      </form>
    </section>
  );
}
