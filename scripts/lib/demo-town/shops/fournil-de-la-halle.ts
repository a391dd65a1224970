import { openDays, SATURDAY, SUNDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const fournilDeLaHalle: DemoShop = {
  key: "fournil-de-la-halle",
  name: "Le Fournil de la Halle",
  description:
    "Boulangerie au levain tenue par Mathilde et Karim Benali depuis 2014, face à la halle. Nos farines viennent du " +
    "moulin Thibault, à douze kilomètres, qui écrase le blé des paysans du Val. Pain au levain naturel, baguettes " +
    "de tradition et viennoiseries au beurre, façonnés à la main chaque nuit.",
  story:
    "Karim était ingénieur, Mathilde infirmière. En 2014, ils ont repris le fournil de Monsieur Dufresne, qui " +
    "cuisait ici depuis 1978 et leur a transmis son levain, toujours vivant.\n" +
    "Depuis, ils ont remplacé le four au fioul par un four à bois à accumulation, travaillent avec un seul " +
    "meunier et donnent chaque soir les invendus à l’épicerie solidaire de la rue des Écoles.",
  address: { street: "3 place du Marché", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.71636, lon: 2.441802 },
  openingHours: [
    ...openDays(TUESDAY, SATURDAY, "07:00-13:00", "15:30-19:30"),
    ...openDays(SUNDAY, SUNDAY, "07:00-12:30"),
  ],
  categories: ["bakery", "pastry"],
  labels: ["organic", "short-circuit", "local-currency", "handmade"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Le pain ne se reprend pas, mais s’il ne vous a pas plu, dites-le-nous : nous vous en donnerons un autre à " +
      "votre prochain passage.",
    delivery:
      "Retrait au comptoir dès 7 h. Livraison à vélo-cargo par Les Biclous dans Aubrelle, le jour même pour toute " +
      "commande passée avant 10 h.",
    other: "Fermé le lundi. Commandes de gâteaux et de pièces montées 48 h à l’avance.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  // Printed on its receipts; the numbers are invented but pass their checks (the town does not exist).
  legal: { name: "SARL Fournil de la Halle", siret: "81234567600017", vatNumber: "FR19812345676" },
  acceptance: { payments: ["local-currency", "eth", "eurc"], carriers: ["bike-courier"] },
  windows: { acceptHours: 24, shipHours: 24, deliveryHours: 24, returnHours: 168 },
};

export const fournilDeLaHalleCatalog: DemoCatalogItem[] = [
  {
    id: "pain-au-levain",
    title: "Pain au levain",
    description:
      "Notre pain de tous les jours : farine de blé T80 du moulin Thibault, levain naturel rafraîchi chaque matin " +
      "et vingt heures de fermentation. Croûte épaisse, mie crème légèrement acidulée ; il se garde cinq jours " +
      "dans un torchon.",
    price: "3.20",
    variants: [
      { id: "500g", label: "500 g", price: "3.20", available: true },
      { id: "1kg", label: "1 kg", price: "5.90", available: true },
      { id: "demi-tranche", label: "Demi-pain de 1 kg, tranché", price: "3.10", available: true },
    ],
    available: true,
    categories: ["bread"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "baguette-tradition",
    title: "Baguette de tradition",
    description:
      "Farine de tradition française, eau, sel de Guérande et une pointe de levain. Pétrissage lent, pointage de " +
      "douze heures au frais : une mie alvéolée et une croûte qui chante en sortant du four.",
    price: "1.30",
    variants: [],
    available: true,
    categories: ["bread"],
    labels: [],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "pain-complet-graines",
    title: "Pain complet aux graines",
    description:
      "Farine complète, graines de lin, de tournesol et de courge torréfiées au four. Idéal au petit-déjeuner ou " +
      "avec un chèvre frais de la ferme des Noues.",
    price: "4.10",
    variants: [],
    available: true,
    categories: ["bread"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "pain-de-seigle",
    title: "Pain de seigle",
    description:
      "Seigle de Sologne et levain de seigle, cuit longuement. Parfait avec les huîtres, le beurre salé ou la " +
      "charcuterie de la maison Perrin. Cuit le vendredi et le samedi seulement.",
    price: "3.80",
    variants: [],
    available: true,
    categories: ["bread"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "croissant-beurre",
    title: "Croissant au beurre",
    description:
      "Feuilletage au beurre AOP Charentes-Poitou, tourné à la main la veille et cuit à l’aube. Croustillant " +
      "dehors, fondant dedans.",
    price: "1.30",
    variants: [],
    available: true,
    categories: ["viennoiserie"],
    labels: [],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "croissant",
  },
  {
    id: "pain-au-chocolat",
    title: "Pain au chocolat",
    description: "Le même feuilletage que nos croissants et deux bâtons de chocolat noir équitable à 64 %.",
    price: "1.40",
    variants: [],
    available: true,
    categories: ["viennoiserie"],
    labels: ["fair-trade"],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    unit: "piece",
    illustration: "croissant",
  },
  {
    id: "brioche-tressee",
    title: "Brioche tressée au sucre perlé",
    description:
      "Brioche pur beurre aux œufs de la ferme des Noues, tressée à trois brins et parsemée de sucre perlé. " +
      "Environ 400 g, de quoi régaler six personnes au goûter.",
    price: "6.50",
    variants: [],
    available: true,
    categories: ["viennoiserie"],
    labels: ["short-circuit"],
    pickup: true,
    delivery: true,
    vatRate: "5.5",
    // Baked three a day: shoppers see how many are left.
    stock: 3,
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "tarte-fine-poires",
    title: "Tarte fine aux poires du verger",
    description:
      "Pâte feuilletée maison, crème d’amande et poires des vergers de Saint-Gondon, caramélisées au four. " +
      "À commander la veille.",
    price: "16.00",
    variants: [
      { id: "4-parts", label: "4 parts", price: "16.00", available: true },
      { id: "6-parts", label: "6 parts", price: "22.00", available: true, stock: 1 },
    ],
    available: true,
    categories: ["pastry"],
    labels: ["seasonal"],
    pickup: true,
    delivery: false,
    vatRate: "5.5",
    illustration: "tart",
  },
  {
    id: "galette-des-rois",
    title: "Galette des rois à la frangipane",
    description:
      "Frangipane maison aux amandes et au rhum ambré, fève en céramique façonnée par une potière de Gien. " +
      "En vente de l’Épiphanie à la fin janvier.",
    price: "24.00",
    variants: [],
    available: false,
    categories: ["pastry"],
    labels: ["seasonal"],
    pickup: true,
    delivery: false,
    vatRate: "5.5",
    unit: "piece",
    illustration: "tart",
  },
];
