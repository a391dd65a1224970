import { UnknownDemoEntryError } from "./errors.ts";
import type { DemoCarrier, DemoCarrierKey } from "./types.ts";

/**
 * The bike couriers' cooperative. Its area is the six 5-character geohash cells (about 5 × 5 km each) around the
 * town: every town shop is inside, the farm is not.
 */
export const bikeCourier: DemoCarrier = {
  key: "bike-courier",
  name: "Les Biclous, coursiers à vélo-cargo",
  description:
    "Coopérative de quatre coursiers fondée en 2019 à Aubrelle-sur-Loire. Nos vélos-cargos à assistance " +
    "électrique portent jusqu’à 150 kg, avec des caissons isothermes pour le frais. Nous passons chez les " +
    "commerçants deux fois par jour, à 11 h et à 17 h, et livrons en main propre contre votre code de livraison.",
  serviceArea: {
    geohashes: ["u03xq", "u03xr", "u03xw", "u03xx", "u03z2", "u03z8"],
    postcodes: ["45600"],
  },
  fees: [
    { label: "Centre-ville, moins de 1,5 km", maxDistanceKm: 1.5, price: "3.50" },
    { label: "Jusqu’à 5 km", maxDistanceKm: 5, price: "5.90" },
    { label: "Au-delà de 5 km, dans notre zone", price: "8.50" },
  ],
  priceUnit: "EUR",
  sustainability:
    "Zéro émission à l’usage, des batteries rechargées à l’électricité d’une coopérative citoyenne et des " +
    "coursiers salariés, associés de leur coopérative.",
  vehicle: "cargo-bike",
};

/** The regional electric-van firm: four-character cells covering about 25 km around the town, farm included. */
export const electricVan: DemoCarrier = {
  key: "electric-van",
  name: "Les Navettes du Val",
  description:
    "Transporteur régional installé à Gien depuis 2015 : six fourgons électriques réfrigérés qui relient les " +
    "fermes, les villages et les commerces du Giennois et du Sullias. Tournées groupées le mardi, le jeudi et le " +
    "samedi, pour que chaque trajet serve plusieurs commandes.",
  serviceArea: {
    geohashes: ["u03q", "u03r", "u03w", "u03x", "u03y", "u03z", "u092", "u098", "u09b"],
    postcodes: ["45600", "45500", "45570", "45730", "45110"],
  },
  fees: [
    { label: "Jusqu’à 10 km", maxDistanceKm: 10, price: "6.90" },
    { label: "Jusqu’à 25 km", maxDistanceKm: 25, price: "9.90" },
    { label: "Dans tout le Giennois et le Sullias", price: "14.50" },
  ],
  priceUnit: "EUR",
  sustainability:
    "Fourgons 100 % électriques rechargés sous les ombrières solaires de notre dépôt, tournées groupées et " +
    "emballages consignés rapportés aux producteurs.",
  vehicle: "electric-van",
};

/** Both demo carriers. */
export const DEMO_CARRIERS: DemoCarrier[] = [bikeCourier, electricVan];

/**
 * The demo carrier with this key.
 * @throws UnknownDemoEntryError if there is none.
 */
export function demoCarrier(key: DemoCarrierKey): DemoCarrier {
  const carrier = DEMO_CARRIERS.find((candidate) => candidate.key === key);
  if (carrier === undefined) throw new UnknownDemoEntryError(`No demo carrier "${key}"`);
  return carrier;
}
