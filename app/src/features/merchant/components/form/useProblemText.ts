import { useTranslation } from "react-i18next";

/** The sentence for a field problem (`merchant:form.errors.<problem>`), or undefined when there is none. */
export function useProblemText(): (
  problem: string | undefined,
  values?: Record<string, string | number>,
) => string | undefined {
  const { t } = useTranslation("merchant");
  return (problem, values) => (problem === undefined ? undefined : t(`form.errors.${problem}`, values ?? {}));
}
