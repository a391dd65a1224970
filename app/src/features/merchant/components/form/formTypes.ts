/** What a form section gets: the values it edits, a way to change some of them, and the problems to show. */
export type SectionProps<Form, Problems> = {
  form: Form;
  onChange(patch: Partial<Form>): void;
  /** Problems to show now (empty until the person first tries to save). */
  problems: Problems;
};
