import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { usePasskeyWallet } from "../hooks/usePasskeyWallet.ts";
import { PasskeyError } from "./PasskeyError.tsx";

/**
 * "Pay with a passkey" in the wallet menu: the passkeys this device created, one tap each, and a name and one tap to
 * create a new one (no extension, no seed phrase). Says before the first deposit what losing every passkey means.
 */
export function PasskeyOptions({ onConnected }: { onConnected?: () => void }) {
  const { t } = useTranslation();
  const { isAvailable, passkeys, create, use, find } = usePasskeyWallet({
    onConnected,
    foundName: t("passkey.foundName"),
  });
  const [name, setName] = useState("");
  const [isNameMissing, setIsNameMissing] = useState(false);
  if (!isAvailable) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setIsNameMissing(true);
    setIsNameMissing(false);
    create.mutate(name);
  };
  const error = create.error ?? use.error ?? find.error;
  return (
    <section className="wallet-options__passkey" aria-labelledby="passkey-heading">
      <h3 className="wallet-options__heading" id="passkey-heading">
        {t("passkey.heading")}
      </h3>
      <p className="wallet-options__hint">{t("passkey.hint")}</p>
      {error !== null && <PasskeyError error={error} />}
      {passkeys.length > 0 && (
        <ul className="wallet-options__list">
          {passkeys.map((stored) => (
            <li key={stored.credentialId}>
              <button
                type="button"
                className="wallet-option"
                disabled={use.isPending || create.isPending}
                onClick={() => use.mutate(stored.credentialId)}
              >
                <span className="wallet-option__text">
                  <span className="wallet-option__label">{t("passkey.use", { name: stored.name })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="passkey-create" onSubmit={submit} noValidate>
        <Field
          label={t("passkey.name")}
          hint={t("passkey.nameHint", { name: name.trim() || "…" })}
          error={isNameMissing && t("passkey.nameMissing")}
        >
          <TextInput
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={40}
            autoComplete="given-name"
          />
        </Field>
        <Button type="submit" variant="primary" isLoading={create.isPending}>
          {t("passkey.create")}
        </Button>
      </form>
      <Button variant="quiet" onClick={() => find.mutate()} isLoading={find.isPending}>
        {t("passkey.find")}
      </Button>
      <Banner tone="warning" title={t("passkey.lossTitle")}>
        {t("passkey.loss")}
      </Banner>
    </section>
  );
}
