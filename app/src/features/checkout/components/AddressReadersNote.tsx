import { useTranslation } from "react-i18next";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import type { BasketGroup } from "../../basket/index.ts";
import { joinNames } from "../../basket/index.ts";
import { addressReaders } from "../model/checkoutOrders.ts";

/** The padlock and exactly who can read the address: "Seuls Le Fournil de la Halle et Les Biclous peuvent lire votre adresse". */
export function AddressReadersNote({ groups }: { groups: readonly BasketGroup[] }) {
  const { t, i18n } = useTranslation("orders");
  const readers = addressReaders(groups);
  if (readers.length === 0) return null;
  return (
    <PadlockNote className="address-readers">
      {t("checkout.details.readers", { count: readers.length, readers: joinNames(readers, i18n.language) })}{" "}
      {t("checkout.details.readersWhy")}
    </PadlockNote>
  );
}
