import {
  type CatalogItem,
  catalogItemSchema,
  currencyMinorUnits,
  MAX_ITEM_DESCRIPTION_LENGTH,
  MAX_ITEM_TITLE_LENGTH,
  MAX_STOCK,
  MAX_VARIANT_LABEL_LENGTH,
  PRICE_PATTERN,
  safeParseInEnglish,
} from "@grandrue/sdk";
import { toSlug } from "./slugs.ts";

/** One variant as the item form edits it (its own price is optional). A variant added in the form has a `new-…` id until saved. */
export type VariantForm = { id: string; label: string; price: string; available: boolean; stock: string };

/** The id a variant added in the form carries until the item is saved (then it becomes the slug of its label). */
export const NEW_VARIANT_PREFIX = "new-";

/** A catalog item as the form edits it: prices, stock and VAT rate as typed ("3,20", "5,5" work; empty: none). */
export type ItemForm = Omit<CatalogItem, "price" | "variants" | "unit" | "stock" | "vatRate"> & {
  price: string;
  unit: string;
  variants: VariantForm[];
  stock: string;
  vatRate: string;
};

/** A field of the item form; `other` holds the schema's own words for anything the form does not check itself. */
export type ItemField = "title" | "description" | "price" | "variants" | "stock" | "vatRate" | "other";
export type ItemProblems = Partial<Record<ItemField, string>>;

export function emptyItemForm(): ItemForm {
  return {
    id: "",
    title: "",
    description: "",
    images: [],
    price: "",
    unit: "",
    variants: [],
    available: true,
    categories: [],
    labels: [],
    pickup: true,
    delivery: true,
    stock: "",
    vatRate: "",
  };
}

export function itemFormFrom(item: CatalogItem): ItemForm {
  return {
    ...item,
    unit: item.unit ?? "",
    stock: item.stock?.toString() ?? "",
    vatRate: item.vatRate ?? "",
    variants: item.variants.map((variant) => ({
      id: variant.id,
      label: variant.label,
      price: variant.price ?? "",
      available: variant.available,
      stock: variant.stock?.toString() ?? "",
    })),
  };
}

/** A typed price in the document's form: spaces and currency signs dropped, a decimal comma made a point. */
export function normalizePrice(typed: string): string {
  return typed.replace(/[\s\u00a0\u202f€]|CHF|EUR/gi, "").replace(",", ".");
}

function priceProblem(typed: string, priceUnit: string): string | undefined {
  const price = normalizePrice(typed);
  if (price === "") return "required";
  if (!PRICE_PATTERN.test(price)) return "price";
  return (price.split(".")[1]?.length ?? 0) > currencyMinorUnits(priceUnit) ? "pricePrecision" : undefined;
}

/** A typed stock count: empty (not counted) or a whole number from 0 to MAX_STOCK. */
function isStockValid(typed: string): boolean {
  const text = typed.trim();
  return text === "" || (/^\d{1,6}$/.test(text) && Number(text) <= MAX_STOCK);
}

/** A typed VAT rate in the document's form: "5,5 %" → "5.5". */
function normalizeVatRate(typed: string): string {
  return typed.replace(/[\s%]/g, "").replace(",", ".");
}

/**
 * What is wrong with an item, as keys of `merchant:form.errors` (plus the schema's own words for anything else).
 * @example validateItemForm({ ...emptyItemForm(), title: "Baguette", price: "1,2O" }, "EUR").price // "price"
 */
export function validateItemForm(form: ItemForm, priceUnit: string): ItemProblems {
  const problems: ItemProblems = {};
  if (form.title.trim() === "") problems.title = "required";
  else if (form.title.length > MAX_ITEM_TITLE_LENGTH) problems.title = "tooLong";
  if (form.description.length > MAX_ITEM_DESCRIPTION_LENGTH) problems.description = "tooLong";
  const price = priceProblem(form.price, priceUnit);
  if (price !== undefined) problems.price = price;
  const variantLabels = form.variants.map((variant) => variant.label.trim().toLowerCase());
  if (
    form.variants.some(
      (variant) =>
        variant.label.trim() === "" || (variant.price !== "" && priceProblem(variant.price, priceUnit) !== undefined),
    )
  ) {
    problems.variants = "variant";
  } else if (form.variants.some((variant) => variant.label.trim().length > MAX_VARIANT_LABEL_LENGTH)) {
    problems.variants = "variantTooLong";
  } else if (new Set(variantLabels).size !== variantLabels.length) {
    problems.variants = "variantTwice";
  }
  if (!isStockValid(form.stock)) problems.stock = "stock";
  if (form.variants.some((variant) => !isStockValid(variant.stock))) problems.variants = "stock";
  const vatRate = normalizeVatRate(form.vatRate);
  if (vatRate !== "" && !/^(?:100|[1-9]?\d)(?:\.\d{1,2})?$/.test(vatRate)) problems.vatRate = "vatRate";
  if (Object.keys(problems).length === 0) {
    const checked = safeParseInEnglish(catalogItemSchema, itemFromForm({ ...form, id: form.id || "item" }));
    if (!checked.success)
      problems.other = checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  }
  return problems;
}

/** The catalog item of a valid form. */
export function itemFromForm(form: ItemForm): CatalogItem {
  const unit = form.unit.trim();
  const taken = form.variants
    .filter((variant) => !variant.id.startsWith(NEW_VARIANT_PREFIX))
    .map((variant) => variant.id);
  const variantIds = form.variants.map((variant) => {
    if (!variant.id.startsWith(NEW_VARIANT_PREFIX)) return variant.id;
    const id = variantIdFor(variant.label, taken);
    taken.push(id);
    return id;
  });
  return {
    id: form.id,
    title: form.title.trim(),
    description: form.description.replace(/\r\n?/g, "\n").trim(),
    images: form.images,
    price: normalizePrice(form.price),
    variants: form.variants.map((variant, index) => ({
      id: variantIds[index]!,
      label: variant.label.trim(),
      ...(variant.price.trim() !== "" && { price: normalizePrice(variant.price) }),
      available: variant.available,
      ...(variant.stock.trim() !== "" && { stock: Number(variant.stock.trim()) }),
    })),
    available: form.available,
    categories: form.categories,
    labels: form.labels,
    pickup: form.pickup,
    delivery: form.delivery,
    ...(unit !== "" && { unit }),
    ...(form.stock.trim() !== "" && { stock: Number(form.stock.trim()) }),
    ...(form.vatRate.trim() !== "" && { vatRate: normalizeVatRate(form.vatRate) }),
  };
}

/** A variant id from its label, unique within the item ("1 kg" → "1-kg"). */
export function variantIdFor(label: string, taken: readonly string[]): string {
  const base = toSlug(label) || "variant";
  let id = base;
  for (let number = 2; taken.includes(id); number += 1) id = `${base}-${number}`;
  return id;
}
