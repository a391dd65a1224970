/** Shop categories offered as one tap (`merchant:suggestions.categories.<slug>`); anything else can be typed. */
export const CATEGORY_SUGGESTIONS = [
  "bakery",
  "grocery",
  "butcher",
  "cheese",
  "wine",
  "coffee-roaster",
  "bookshop",
  "florist",
  "bike-shop",
  "hardware",
  "farm",
  "repair",
] as const;

/** Labels offered as one tap (`merchant:suggestions.labels.<slug>`), for shops and items. */
export const LABEL_SUGGESTIONS = [
  "organic",
  "short-circuit",
  "local-currency",
  "handmade",
  "fair-trade",
  "zero-waste",
  "seasonal",
  "second-hand",
] as const;
