import { useTranslation } from "react-i18next";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { OwnIndexerRefusal } from "../../indexers/checkOwnIndexer.ts";
import { indexerName } from "../../indexers/indexerName.ts";

export type OwnIndexerFieldProps = {
  text: string;
  onText(text: string): void;
  /** Why the URL last saved was refused, shown under the field. */
  refusal: OwnIndexerRefusal | undefined;
  /** The origins this page may reach (its Content-Security-Policy's). */
  allowedOrigins: readonly string[];
};

/** The address of the shopper's own indexer, with where it may be and why it was refused. */
export function OwnIndexerField({ text, onText, refusal, allowedOrigins }: OwnIndexerFieldProps) {
  const { t } = useTranslation("searchSettings");
  const origins = allowedOrigins.join(", ");
  const error =
    refusal === undefined
      ? undefined
      : "url" in refusal
        ? t(`refused.${refusal.problem}`, { indexer: indexerName(refusal.url) })
        : t(`refused.${refusal.problem}`, { text: text.trim(), origins });
  return (
    <Field label={t("ownLabel")} hint={t("ownHint", { origins })} error={error} className="indexer-settings__own">
      <TextInput
        type="url"
        name="own-indexer"
        value={text}
        onChange={(event) => onText(event.target.value)}
        placeholder="https://index.example.org"
        inputMode="url"
        autoComplete="url"
      />
    </Field>
  );
}
