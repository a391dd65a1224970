import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { passkeyErrorKey } from "../passkeyErrorKey.ts";

/** Why creating or using a passkey failed, in plain words (closed prompt, no WebAuthn here, no relayer, no euros). */
export function PasskeyError({ error }: { error: Error }) {
  const { t } = useTranslation();
  return <Banner tone="error">{t(passkeyErrorKey(error))}</Banner>;
}
