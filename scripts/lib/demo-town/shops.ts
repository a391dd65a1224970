import { UnknownDemoEntryError } from "./errors.ts";
import { boucheriePerrin } from "./shops/boucherie-perrin.ts";
import { brulerieDesMariniers } from "./shops/brulerie-des-mariniers.ts";
import { caveDuQuai } from "./shops/cave-du-quai.ts";
import { cyclesGirard } from "./shops/cycles-girard.ts";
import { epicerieLaMusette } from "./shops/epicerie-la-musette.ts";
import { fermeDesNoues } from "./shops/ferme-des-noues.ts";
import { fleursDeLise } from "./shops/fleurs-de-lise.ts";
import { fournilDeLaHalle } from "./shops/fournil-de-la-halle.ts";
import { fromagerieVallet } from "./shops/fromagerie-vallet.ts";
import { librairieMotsPassants } from "./shops/librairie-mots-passants.ts";
import { quincaillerieMartin } from "./shops/quincaillerie-martin.ts";
import { repairCafe } from "./shops/repair-cafe.ts";
import type { DemoShop, DemoShopKey } from "./types.ts";

/**
 * The twelve shops of Aubrelle-sur-Loire, in registration order: eleven within a kilometre of the market square
 * and one farm eight kilometres south.
 */
export const DEMO_SHOPS: DemoShop[] = [
  fournilDeLaHalle,
  epicerieLaMusette,
  librairieMotsPassants,
  fromagerieVallet,
  caveDuQuai,
  repairCafe,
  cyclesGirard,
  fleursDeLise,
  boucheriePerrin,
  quincaillerieMartin,
  brulerieDesMariniers,
  fermeDesNoues,
];

/**
 * The demo shop with this key.
 * @throws UnknownDemoEntryError if there is none.
 */
export function demoShop(key: DemoShopKey): DemoShop {
  const shop = DEMO_SHOPS.find((candidate) => candidate.key === key);
  if (shop === undefined) throw new UnknownDemoEntryError(`No demo shop "${key}"`);
  return shop;
}
