import { UnknownDemoEntryError } from "./errors.ts";
import { boucheriePerrinCatalog } from "./shops/boucherie-perrin.ts";
import { brulerieDesMariniersCatalog } from "./shops/brulerie-des-mariniers.ts";
import { caveDuQuaiCatalog } from "./shops/cave-du-quai.ts";
import { cyclesGirardCatalog } from "./shops/cycles-girard.ts";
import { epicerieLaMusetteCatalog } from "./shops/epicerie-la-musette.ts";
import { fermeDesNouesCatalog } from "./shops/ferme-des-noues.ts";
import { fleursDeLiseCatalog } from "./shops/fleurs-de-lise.ts";
import { fournilDeLaHalleCatalog } from "./shops/fournil-de-la-halle.ts";
import { fromagerieValletCatalog } from "./shops/fromagerie-vallet.ts";
import { librairieMotsPassantsCatalog } from "./shops/librairie-mots-passants.ts";
import { quincaillerieMartinCatalog } from "./shops/quincaillerie-martin.ts";
import { repairCafeCatalog } from "./shops/repair-cafe.ts";
import type { DemoCatalogItem, DemoShopKey } from "./types.ts";

/** The items each demo shop sells. Item ids are unique across the whole town, not only within a shop. */
export const DEMO_CATALOGS: Readonly<Record<DemoShopKey, DemoCatalogItem[]>> = {
  "fournil-de-la-halle": fournilDeLaHalleCatalog,
  "epicerie-la-musette": epicerieLaMusetteCatalog,
  "librairie-mots-passants": librairieMotsPassantsCatalog,
  "fromagerie-vallet": fromagerieValletCatalog,
  "cave-du-quai": caveDuQuaiCatalog,
  "repair-cafe": repairCafeCatalog,
  "cycles-girard": cyclesGirardCatalog,
  "fleurs-de-lise": fleursDeLiseCatalog,
  "boucherie-perrin": boucheriePerrinCatalog,
  "quincaillerie-martin": quincaillerieMartinCatalog,
  "brulerie-des-mariniers": brulerieDesMariniersCatalog,
  "ferme-des-noues": fermeDesNouesCatalog,
};

/**
 * An item of a demo shop's catalog.
 * @throws UnknownDemoEntryError if the shop does not sell it.
 */
export function demoCatalogItem(shop: DemoShopKey, itemId: string): DemoCatalogItem {
  const item = DEMO_CATALOGS[shop].find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new UnknownDemoEntryError(`The demo shop "${shop}" has no item "${itemId}"`);
  return item;
}
