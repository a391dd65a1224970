import {
  LOYALTY_REWARD_SCHEMA_ID,
  type LoyaltyReward,
  MAX_REWARD_DESCRIPTION_LENGTH,
  MAX_REWARD_TITLE_LENGTH,
  parseLoyaltyReward,
} from "@grandrue/sdk";

/** The loyalty contract's `MAX_STAMPS_PER_ORDER`. */
export const MAX_STAMPS_PER_ORDER = 100;
/** The most stamps a reward may ask for here: a card people can fill (the contract allows any uint32). */
export const MAX_REWARD_STAMPS = 1000;

/** A stamp card's form, as typed. `stampsPerOrder` is only asked when the program opens (it never changes). */
export type ProgramForm = { stampsPerOrder: string; rewardThreshold: string; title: string; description: string };

/** What can be wrong with a field, as keys of `merchant:services.problems`. */
export type ProgramProblem =
  | "required"
  | "wholeNumber"
  | "tooManyPerOrder"
  | "tooManyForReward"
  | "tooLong"
  | "oneLine";
export type ProgramProblems = Partial<Record<keyof ProgramForm, ProgramProblem>>;

function countProblem(typed: string, maximum: number, tooMany: ProgramProblem): ProgramProblem | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return "required";
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1) return "wholeNumber";
  return Number(trimmed) > maximum ? tooMany : undefined;
}

/**
 * What is wrong with a stamp card form; an empty object when it can be published.
 * @example validateProgramForm({ stampsPerOrder: "1", rewardThreshold: "0", title: "Une baguette offerte", description: "" }).rewardThreshold // "wholeNumber"
 */
export function validateProgramForm(form: ProgramForm, { isNew }: { isNew: boolean }): ProgramProblems {
  const problems: ProgramProblems = {};
  const perOrder = isNew ? countProblem(form.stampsPerOrder, MAX_STAMPS_PER_ORDER, "tooManyPerOrder") : undefined;
  if (perOrder !== undefined) problems.stampsPerOrder = perOrder;
  const threshold = countProblem(form.rewardThreshold, MAX_REWARD_STAMPS, "tooManyForReward");
  if (threshold !== undefined) problems.rewardThreshold = threshold;
  const title = form.title.trim();
  if (title === "") problems.title = "required";
  else if (/[\r\n]/.test(title)) problems.title = "oneLine";
  else if (title.length > MAX_REWARD_TITLE_LENGTH) problems.title = "tooLong";
  if (form.description.trim().length > MAX_REWARD_DESCRIPTION_LENGTH) problems.description = "tooLong";
  return problems;
}

/** The `grandrue.loyalty-reward/1` document of a valid form (throws `DocumentValidationError` otherwise). */
export function rewardDocument(form: Pick<ProgramForm, "title" | "description">): LoyaltyReward {
  return parseLoyaltyReward({
    schema: LOYALTY_REWARD_SCHEMA_ID,
    title: form.title.trim(),
    description: form.description.trim(),
  });
}
