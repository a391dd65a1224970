import { MAX_CATEGORIES, MAX_LABELS } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import type { ShopProfileForm, ShopProfileProblems } from "../../lib/shopProfile.ts";
import { CATEGORY_SUGGESTIONS, LABEL_SUGGESTIONS } from "../../lib/suggestions.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { SlugPicker } from "../form/SlugPicker.tsx";
import { useProblemText } from "../form/useProblemText.ts";

/** What the shop sells (categories) and what sets it apart (labels), for search and the shop page. */
export function CatalogueFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  return (
    <Card title={t("form.categories.title")}>
      <SlugPicker
        legend={t("form.categories.categories")}
        hint={t("form.categories.categoriesHint")}
        suggestions={CATEGORY_SUGGESTIONS.map((slug) => ({ slug, label: t(`suggestions.categories.${slug}`) }))}
        value={form.categories}
        onChange={(categories) => onChange({ categories })}
        max={MAX_CATEGORIES}
        error={problemText(problems.categories, { max: MAX_CATEGORIES })}
      />
      <SlugPicker
        legend={t("form.categories.labels")}
        hint={t("form.categories.labelsHint")}
        suggestions={LABEL_SUGGESTIONS.map((slug) => ({ slug, label: t(`suggestions.labels.${slug}`) }))}
        value={form.labels}
        onChange={(labels) => onChange({ labels })}
        max={MAX_LABELS}
        error={problemText(problems.labels, { max: MAX_LABELS })}
      />
    </Card>
  );
}
