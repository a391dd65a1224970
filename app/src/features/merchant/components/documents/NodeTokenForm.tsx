import type { IpfsReplica } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { setDeviceIpfsToken } from "../../../../market/index.ts";

/** Where the token written to a node comes from: this device, the app's configuration, or nowhere. */
export type TokenSource = "device" | "configuration" | "none";

/** One node: its name and address, where its token comes from, and a form to keep or forget one on this device. */
export function NodeTokenForm({ replica, source }: { replica: IpfsReplica; source: TokenSource }) {
  const { t } = useTranslation("merchant");
  const [token, setToken] = useState("");
  const [problem, setProblem] = useState<"empty" | "spaces" | "storage">();
  const save = (value: string | undefined) => {
    try {
      setDeviceIpfsToken(replica.apiUrl, value);
      setToken("");
      setProblem(undefined);
    } catch {
      setProblem("storage");
    }
  };
  return (
    <form
      className="stack documents__token"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = token.trim();
        if (value === "") setProblem("empty");
        else if (/\s/.test(value)) setProblem("spaces");
        else save(value);
      }}
    >
      <p>
        <strong>{replica.name}</strong> <span className="muted">{replica.apiUrl}</span>
      </p>
      <p>{t(`documents.tokens.source.${source}`)}</p>
      <Field
        label={t("documents.tokens.label", { node: replica.name })}
        hint={t("documents.tokens.hint")}
        error={problem === undefined ? undefined : t(`documents.tokens.problems.${problem}`)}
      >
        <TextInput
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
      </Field>
      <div className="button-row">
        <Button type="submit">{t("documents.tokens.save")}</Button>
        {source === "device" && (
          <Button variant="quiet" onClick={() => save(undefined)}>
            {t("documents.tokens.forget")}
          </Button>
        )}
      </div>
    </form>
  );
}
