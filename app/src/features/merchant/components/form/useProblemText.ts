import { useTranslation } from "react-i18next";

/**
 * The sentence for a field problem (`merchant:form.errors.<problem>`), or undefined when there is none. Numbers in
 * `values` (a limit, a count) are written the reader's way: "4 000" in French.
 */
export function useProblemText(): (
  problem: string | undefined,
  values?: Record<string, string | number>,
) => string | undefined {
  const { t, i18n } = useTranslation("merchant");
  const number = new Intl.NumberFormat(i18n.language);
  return (problem, values) =>
    problem === undefined
      ? undefined
      : t(
          `form.errors.${problem}`,
          Object.fromEntries(
            Object.entries(values ?? {}).map(([name, value]) => [
              name,
              typeof value === "number" ? number.format(value) : value,
            ]),
          ),
        );
}
