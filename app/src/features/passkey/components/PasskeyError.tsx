import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { PasskeyCancelledError, PasskeyUnavailableError } from "../webauthn.ts";

/** Why creating or using a passkey failed, in plain words: closed prompt, no WebAuthn here, or anything else. */
export function PasskeyError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const key =
    error instanceof PasskeyCancelledError
      ? "passkey.errors.cancelled"
      : error instanceof PasskeyUnavailableError
        ? "passkey.errors.unavailable"
        : "passkey.errors.other";
  return <Banner tone="error">{t(key)}</Banner>;
}
