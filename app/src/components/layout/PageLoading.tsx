import { useTranslation } from "react-i18next";
import { Spinner } from "../ui/Spinner.tsx";

/** Shown while a part of the app (the merchant's or carrier's space) downloads on first visit. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading">
      <Spinner label={t("loading.page")} />
    </div>
  );
}
