import {
  documentFields,
  MAX_CATEGORIES,
  MAX_CITY_LENGTH,
  MAX_LABELS,
  MAX_LEGAL_NAME_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_POSTCODE_LENGTH,
  MAX_SHOP_DESCRIPTION_LENGTH,
  MAX_SHOP_NAME_LENGTH,
  MAX_SHOP_STORY_LENGTH,
  MAX_STREET_LENGTH,
  MAX_TERMS_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from "@grandrue/sdk";
import { dayHoursProblem } from "./openingHours.ts";
import {
  type FieldProblem,
  legalNumbers,
  parseCoordinate,
  type ShopProfileField,
  type ShopProfileForm,
  type ShopProfileProblems,
} from "./shopProfile.ts";

function textProblem(text: string, max: number, isRequired: boolean): FieldProblem | undefined {
  if (isRequired && text.trim() === "") return "required";
  return text.length > max ? "tooLong" : undefined;
}

/**
 * Everything wrong with the form, field by field, in words the form can show (empty when it can be published).
 * @example validateShopProfile({ ...emptyShopProfile(), name: "" }).name // "required"
 */
export function validateShopProfile(form: ShopProfileForm): ShopProfileProblems {
  const problems: ShopProfileProblems = {};
  const set = (field: ShopProfileField, problem: FieldProblem | undefined) => {
    if (problem !== undefined) problems[field] = problem;
  };
  set("name", textProblem(form.name, MAX_SHOP_NAME_LENGTH, true));
  set("description", textProblem(form.description, MAX_SHOP_DESCRIPTION_LENGTH, true));
  set("story", textProblem(form.story, MAX_SHOP_STORY_LENGTH, false));
  if (form.logoProblem !== undefined) set("logo", form.logoProblem === "saving" ? "logoSaving" : "logoNotSaved");
  set("street", textProblem(form.street, MAX_STREET_LENGTH, true));
  set("city", textProblem(form.city, MAX_CITY_LENGTH, true));
  set(
    "postcode",
    form.postcode.trim() === ""
      ? "required"
      : new RegExp(`^[A-Za-z0-9][A-Za-z0-9 -]{0,${MAX_POSTCODE_LENGTH - 1}}$`).test(form.postcode.trim())
        ? undefined
        : "postcode",
  );
  set("country", /^[A-Z]{2}$/.test(form.country) ? undefined : "country");
  const lat = parseCoordinate(form.lat);
  const lon = parseCoordinate(form.lon);
  set(
    "lat",
    form.lat.trim() === "" ? "required" : Number.isFinite(lat) && Math.abs(lat) <= 90 ? undefined : "latitude",
  );
  set(
    "lon",
    form.lon.trim() === "" ? "required" : Number.isFinite(lon) && Math.abs(lon) <= 180 ? undefined : "longitude",
  );
  form.week.forEach((day, index) => {
    const problem = dayHoursProblem(day);
    set(
      `hours.${index}`,
      problem === undefined
        ? undefined
        : ({ time: "hoursTime", order: "hoursOrder", overlap: "hoursOverlap" } as const)[problem],
    );
  });
  set("categories", form.categories.length > MAX_CATEGORIES ? "tooMany" : undefined);
  set("labels", form.labels.length > MAX_LABELS ? "tooMany" : undefined);
  for (const field of ["returnsText", "deliveryText", "otherText"] as const)
    set(field, textProblem(form[field], MAX_TERMS_TEXT_LENGTH, false));
  const website = form.website.trim();
  set(
    "website",
    website.length > MAX_URL_LENGTH
      ? "tooLong"
      : website === "" || /^https:\/\/[^\s/@]+\.[^\s@]+$/.test(website)
        ? undefined
        : "website",
  );
  const phone = form.phone.trim();
  set(
    "phone",
    phone.length > MAX_PHONE_LENGTH
      ? "tooLong"
      : phone === "" || /^\+?[0-9][0-9 ().-]{2,}$/.test(phone)
        ? undefined
        : "phone",
  );
  const numbers = legalNumbers(form);
  const check = (
    value: string,
    field: "siret" | "ide" | "vatNumber",
    schema: { safeParse(value: unknown): { success: boolean } },
  ) => set(field, value === "" || schema.safeParse(value).success ? undefined : field);
  check(numbers.siret, "siret", documentFields.siret);
  check(numbers.ide, "ide", documentFields.swissUid);
  check(numbers.vatNumber, "vatNumber", documentFields.vatNumber);
  const hasNumber = numbers.siret !== "" || numbers.ide !== "" || numbers.vatNumber !== "";
  set(
    "legalName",
    hasNumber && form.legalName.trim() === ""
      ? "legalNameNeeded"
      : textProblem(form.legalName, MAX_LEGAL_NAME_LENGTH, false),
  );
  return problems;
}
