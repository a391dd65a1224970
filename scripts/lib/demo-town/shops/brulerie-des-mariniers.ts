import { openDays, SATURDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const brulerieDesMariniers: DemoShop = {
  key: "brulerie-des-mariniers",
  name: "Brûlerie des Mariniers",
  description:
    "Torréfacteur artisanal rue des Mariniers depuis 2020. Léa Fontaine et Malik Haddad achètent leurs cafés verts " +
    "à des coopératives de petits producteurs, payés au-dessus du prix équitable, et les torréfient chaque mardi " +
    "par fournées de cinq kilos. Grains ou moulu à la demande, servis dans vos boîtes ou dans nos sachets " +
    "compostables.",
  story:
    "Léa était barista à Lyon, Malik agronome au Pérou, dans une coopérative de café. Ils se sont installés dans " +
    "l’ancienne forge du quai, où le torréfacteur ronronne à côté du vieux soufflet.\n" +
    "La chaleur du torréfacteur chauffe la boutique l’hiver, et les pellicules de café partent en paillage chez " +
    "les maraîchers de la ferme des Noues.",
  address: { street: "9 rue des Mariniers", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.720676, lon: 2.443139 },
  openingHours: openDays(TUESDAY, SATURDAY, "09:00-18:30"),
  categories: ["coffee-roaster", "tea"],
  labels: ["fair-trade", "organic", "zero-waste"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Un café qui ne vous plaît pas ? Rapportez le sachet entamé dans les quinze jours, on vous en propose un " +
      "autre à goûter.",
    delivery:
      "Retrait à la brûlerie. Livraison par Les Biclous à Aubrelle, ou par les Navettes du Val dans tout le " +
      "Giennois, le lendemain de la torréfaction.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["eth", "eurc"], carriers: ["bike-courier", "electric-van"] },
  windows: { acceptHours: 48, shipHours: 72, deliveryHours: 72, returnHours: 336 },
};

const GRIND_VARIANTS = [
  { id: "grains", label: "En grains", available: true },
  { id: "moulu-espresso", label: "Moulu pour espresso", available: true },
  { id: "moulu-filtre", label: "Moulu pour filtre ou piston", available: true },
];

export const brulerieDesMariniersCatalog: DemoCatalogItem[] = [
  {
    id: "cafe-perou-cajamarca",
    title: "Café du Pérou, Cajamarca",
    description:
      "Arabica lavé cultivé à 1 800 m par une coopérative de 300 familles. Chocolat au lait, noisette, finale " +
      "douce. Notre café de tous les jours. Sachet de 250 g.",
    price: "8.90",
    variants: GRIND_VARIANTS,
    available: true,
    categories: ["coffee"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "coffee",
  },
  {
    id: "cafe-ethiopie-sidamo",
    title: "Café d’Éthiopie, Sidamo",
    description: "Arabica nature séché sur lits africains. Fruits rouges, jasmin, bergamote. Sachet de 250 g.",
    price: "9.80",
    variants: GRIND_VARIANTS,
    available: true,
    categories: ["coffee"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "coffee",
  },
  {
    id: "melange-des-mariniers",
    title: "Mélange des Mariniers pour l’espresso",
    description:
      "Brésil et Pérou, torréfaction un peu plus poussée : une crème épaisse, des notes de cacao. Sachet de 250 g.",
    price: "8.50",
    variants: GRIND_VARIANTS,
    available: true,
    categories: ["coffee"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "coffee",
  },
  {
    id: "cafe-colombie-decafeine",
    title: "Café de Colombie décaféiné à l’eau",
    description:
      "Décaféiné sans solvant, au procédé à l’eau de montagne. Caramel et pomme cuite, pour le café du soir. " +
      "Sachet de 250 g.",
    price: "9.50",
    variants: GRIND_VARIANTS,
    available: true,
    categories: ["coffee"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "coffee",
  },
  {
    id: "cafe-kenya-nyeri",
    title: "Café du Kenya, Nyeri",
    description: "Lot confidentiel de cassis et de pamplemousse, épuisé en trois semaines. Le prochain arrive en juin.",
    price: "11.50",
    variants: [],
    available: false,
    categories: ["coffee"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "coffee",
  },
  {
    id: "abonnement-cafe-du-mois",
    title: "Abonnement : le café du mois",
    description: "Quatre sachets de 250 g, un par semaine, torréfiés la veille. Une origine différente chaque mois.",
    price: "34.00",
    variants: [],
    available: true,
    categories: ["coffee", "subscription"],
    labels: [],
    pickup: true,
    delivery: true,
    illustration: "coffee",
  },
  {
    id: "cafetiere-a-piston",
    title: "Cafetière à piston, 8 tasses",
    description:
      "Verre borosilicaté et inox, toutes les pièces se remplacent. La méthode la plus simple pour un bon café.",
    price: "32.00",
    variants: [],
    available: true,
    categories: ["coffee-gear"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cup",
  },
  {
    id: "atelier-degustation",
    title: "Atelier dégustation du samedi matin",
    description: "Une heure et demie pour goûter cinq origines et cinq méthodes d’extraction, avec Léa. Six places.",
    price: "15.00",
    variants: [],
    available: true,
    categories: ["workshop"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "cup",
  },
];
