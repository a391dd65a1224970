import type { CarrierForm, CarrierProblems } from "../../lib/carrierForm.ts";

/** What each section of the carrier form gets. */
export type CarrierSectionProps = {
  form: CarrierForm;
  onChange(patch: Partial<CarrierForm>): void;
  problems: CarrierProblems;
};
