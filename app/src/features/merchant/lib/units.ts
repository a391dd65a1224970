/** Units offered for an item's price (`merchant:units.<slug>`); "" is "per item, no unit". */
export const ITEM_UNITS = [
  "",
  "piece",
  "kg",
  "100g",
  "litre",
  "bottle",
  "jar",
  "bunch",
  "dozen",
  "pack",
  "hour",
] as const;
