import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { useMarket } from "../../../../market/useMarket.ts";
import { checkOwnIndexer, type OwnIndexerRefusal } from "../../indexers/checkOwnIndexer.ts";
import { indexerName } from "../../indexers/indexerName.ts";
import type { IndexerPreference } from "../../indexers/indexerPreference.ts";
import { allowedIndexerOrigins } from "../../indexers/ownIndexerUrl.ts";
import { useIndexerPreference } from "../../indexers/useIndexerPreference.ts";
import { IndexerOption } from "./IndexerOption.tsx";
import { IndexerStatus } from "./IndexerStatus.tsx";
import { OwnIndexerField } from "./OwnIndexerField.tsx";

type Option = "automatic" | "none" | "own" | `url:${string}`;

function optionOf(preference: IndexerPreference, configured: readonly string[]): Option {
  if (preference.kind !== "url") return preference.kind;
  return configured.includes(preference.url) ? `url:${preference.url}` : "own";
}

/** Which indexer the find page asks: automatic, one of the app's, the shopper's own (checked first), or none. */
export function IndexerSettingsForm() {
  const { t } = useTranslation("searchSettings");
  const { config, deployment } = useMarket();
  const [preference, setPreference] = useIndexerPreference();
  const [option, setOption] = useState<Option>(() => optionOf(preference, config.indexers));
  const [ownText, setOwnText] = useState(preference.kind === "url" && option === "own" ? preference.url : "");
  const [refusal, setRefusal] = useState<OwnIndexerRefusal>();
  const [isChecking, setChecking] = useState(false);
  const [saved, setSaved] = useState<IndexerPreference>();
  const allowedOrigins = allowedIndexerOrigins(config.indexers, window.location.origin);

  const choose = (next: string) => {
    setOption(next as Option);
    setRefusal(undefined);
    setSaved(undefined);
  };
  const save = (next: IndexerPreference) => {
    setPreference(next);
    setSaved(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    if (option === "automatic" || option === "none") return save({ kind: option });
    if (option.startsWith("url:")) return save({ kind: "url", url: option.slice(4) });
    setChecking(true);
    const checked = await checkOwnIndexer(ownText, allowedOrigins, deployment);
    setChecking(false);
    if ("problem" in checked) return setRefusal(checked);
    setRefusal(undefined);
    setOwnText(checked.url);
    save({ kind: "url", url: checked.url });
  };
  return (
    <form className="indexer-settings" onSubmit={submit} noValidate>
      <fieldset>
        <legend className="indexer-settings__legend">{t("legend")}</legend>
        <IndexerOption
          value="automatic"
          isChecked={option === "automatic"}
          onChoose={choose}
          label={t("automatic")}
          detail={
            config.indexers.length === 0
              ? t("noneConfigured")
              : t("automaticDetail", { indexers: config.indexers.map(indexerName).join(", ") })
          }
        />
        {config.indexers.map((url) => (
          <IndexerOption
            key={url}
            value={`url:${url}`}
            isChecked={option === `url:${url}`}
            onChoose={choose}
            label={indexerName(url)}
            detail={<IndexerStatus url={url} />}
          />
        ))}
        <IndexerOption value="own" isChecked={option === "own"} onChoose={choose} label={t("own")} />
        {option === "own" && (
          <OwnIndexerField text={ownText} onText={setOwnText} refusal={refusal} allowedOrigins={allowedOrigins} />
        )}
        <IndexerOption
          value="none"
          isChecked={option === "none"}
          onChoose={choose}
          label={t("none")}
          detail={t("noneDetail")}
        />
      </fieldset>
      <div className="indexer-settings__actions">
        <Button type="submit" variant="primary" isLoading={isChecking}>
          {t("save")}
        </Button>
        {saved !== undefined && (
          <p role="status" className="indexer-settings__saved">
            {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}
