import type { LatLon } from "@grandrue/sdk";

/** The fictional market town the demo takes place in. */
export type DemoTown = {
  name: string;
  postcode: string;
  department: string;
  country: "FR";
  /** The market square, from which the town's shops lie within a kilometre. */
  centre: LatLon;
  population: number;
  /** One paragraph in French, for a welcome screen or the README. */
  presentation: string;
};

/**
 * Aubrelle-sur-Loire: an invented town of the Loiret on the south bank of the Loire, between Orléans and Gien.
 * Its coordinates and postcode are plausible for that stretch of the river; the town itself does not exist.
 */
export const DEMO_TOWN: DemoTown = {
  name: "Aubrelle-sur-Loire",
  postcode: "45600",
  department: "Loiret",
  country: "FR",
  centre: { lat: 47.716, lon: 2.441 },
  population: 5800,
  presentation:
    "Aubrelle-sur-Loire, 5 800 habitants, une halle du XIXe siècle, un quai où accostaient les gabares des mariniers " +
    "et une Grande Rue où l’on se dit encore bonjour. Marché le samedi matin sous la halle, marché de producteurs " +
    "le mercredi en fin d’après-midi. Ici, la boulangère connaît le meunier, le fromager affine les chèvres de la " +
    "ferme d’à côté et le réparateur de vélos vous apprend à régler vos freins vous-même.",
};

/** A spot from which to try a search in the demo, and what it shows. */
export type DemoPlace = {
  key: "place-du-marche" | "hameau-des-noues" | "la-graviere";
  name: string;
  location: LatLon;
  /** What searching from here demonstrates, for the README and the seed's console output. */
  demonstrates: string;
};

/**
 * Places to search from: the town centre, a hamlet next to the farm far out, and a spot with no shop within the
 * default 2 km search radius.
 */
export const DEMO_PLACES: DemoPlace[] = [
  {
    key: "place-du-marche",
    name: "Place du Marché, Aubrelle-sur-Loire",
    location: DEMO_TOWN.centre,
    demonstrates:
      'Eleven shops within a kilometre: "pain au levain" finds the bakery, "vélo" the bike shop and the repair café.',
  },
  {
    key: "hameau-des-noues",
    name: "Hameau des Noues",
    location: { lat: 47.653048, lon: 2.418945 },
    demonstrates:
      'Next to the farm, 7 km from town: "pain au levain" finds the farm\'s wood-fired bread nearby, while "roman" ' +
      "finds nothing near and falls back to the bookshop in town, marked as farther.",
  },
  {
    key: "la-graviere",
    name: "Lieu-dit La Gravière",
    location: { lat: 47.684524, lon: 2.49714 },
    demonstrates:
      'No shop within 2 km: "pain au levain" falls back to farther shops, the town bakery (5.5 km) before the farm ' +
      "(7.6 km).",
  },
];
