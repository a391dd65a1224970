import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { CopyableValue } from "../../../../components/ui/CopyableValue.tsx";
import { QrCode } from "../../../../components/ui/QrCode.tsx";
import { useAddPasskey } from "../hooks/useAddPasskey.ts";
import { usePasskeyWallet } from "../hooks/usePasskeyWallet.ts";
import { PasskeyError } from "./PasskeyError.tsx";

/**
 * The connected passkey account: where to receive euros (address to copy, QR code), whether this device's passkey
 * carries the privacy seed, adding a passkey from another device, and what losing every passkey means.
 */
export function PasskeyAccountCard({ address }: { address: Address }) {
  const { t } = useTranslation();
  const { active } = usePasskeyWallet();
  const add = useAddPasskey(address, active?.name ?? "");
  return (
    <section className="passkey-account" aria-labelledby="passkey-account-heading">
      <h2 id="passkey-account-heading">{t("passkey.account.title", { name: active?.name ?? "" })}</h2>
      <p>{t("passkey.account.receive")}</p>
      <CopyableValue label={t("passkey.account.address")} value={address} />
      <QrCode
        text={address}
        size={176}
        errorCorrection="M"
        alt={t("passkey.account.qr")}
        className="passkey-account__qr"
      />
      {active !== undefined && !active.hasPrf && (
        <Banner tone="info" title={t("passkey.account.noPrfTitle")}>
          {t("passkey.account.noPrf")}
        </Banner>
      )}
      <h3>{t("passkey.recovery.title")}</h3>
      <p>{t("passkey.recovery.lead")}</p>
      {add.error !== null && <PasskeyError error={add.error} />}
      {add.isSuccess && <Banner tone="info">{t("passkey.recovery.added")}</Banner>}
      <Button onClick={() => add.mutate()} isLoading={add.isPending}>
        {t("passkey.recovery.add")}
      </Button>
      <Banner tone="warning" title={t("passkey.lossTitle")}>
        {t("passkey.loss")}
      </Banner>
    </section>
  );
}
