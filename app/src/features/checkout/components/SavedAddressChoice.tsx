import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";

export type SavedAddressChoiceProps = {
  /** Keep the address in this browser when the shopper goes on to the review. */
  shouldRemember: boolean;
  onRememberChange(shouldRemember: boolean): void;
  /** An address is saved in this browser now. */
  isSaved: boolean;
  onForget(): void;
};

/**
 * "Keep this address on this device", only when the shopper asks, with where it is kept and who can read it; a saved
 * address can be forgotten at once.
 */
export function SavedAddressChoice({ shouldRemember, onRememberChange, isSaved, onForget }: SavedAddressChoiceProps) {
  const { t } = useTranslation("orders");
  return (
    <div className="saved-address">
      <label className="checkbox">
        <input type="checkbox" checked={shouldRemember} onChange={(event) => onRememberChange(event.target.checked)} />
        <span>{t("checkout.savedAddress.remember")}</span>
      </label>
      <p className="muted">{t("checkout.savedAddress.where")}</p>
      {isSaved && (
        <p className="saved-address__saved">
          <span role="status">{t("checkout.savedAddress.saved")}</span>{" "}
          <Button size="small" variant="quiet" onClick={onForget}>
            {t("checkout.savedAddress.forget")}
          </Button>
        </p>
      )}
    </div>
  );
}
