import { useTranslation } from "react-i18next";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { useServiceContract } from "../../../market/index.ts";

/** "My stamp cards", for the orders page; nothing when the deployment has no loyalty service. */
export function StampCardsLink() {
  const { t } = useTranslation("services");
  if (useServiceContract("LoyaltyStamps") === undefined) return null;
  return (
    <LinkButton href="~/cards" variant="quiet" size="small">
      {t("cards.title")}
    </LinkButton>
  );
}
