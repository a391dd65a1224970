import { FRIDAY, openDays, SATURDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const epicerieLaMusette: DemoShop = {
  key: "epicerie-la-musette",
  name: "La Musette, épicerie vrac",
  description:
    "Épicerie bio et vrac ouverte en 2019 par Sophie Garnier dans l’ancienne mercerie de la Grande Rue. Légumes " +
    "secs, farines, huiles et produits d’entretien au poids, dans vos bocaux ou dans les nôtres, consignés. Plus " +
    "de la moitié de nos produits viennent de moins de 80 km, et nous affichons le nom de chaque producteur.",
  story:
    "Sophie a grandi à Aubrelle et travaillé dix ans dans la grande distribution, à Orléans. Elle en est revenue " +
    "avec une conviction : on peut remplir un placard sans remplir une poubelle.\n" +
    "La Musette, c’est le sac que son grand-père emportait aux champs. Aujourd’hui, c’est une épicerie où l’on " +
    "vient avec ses contenants, où l’on goûte les lentilles avant d’en acheter un kilo, et où l’on croise les " +
    "producteurs le jeudi, jour de livraison.",
  address: { street: "27 Grande Rue", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.717079, lon: 2.438594 },
  openingHours: [
    ...openDays(TUESDAY, FRIDAY, "09:30-13:00", "15:00-19:00"),
    ...openDays(SATURDAY, SATURDAY, "09:00-19:00"),
  ],
  categories: ["organic-grocery", "grocery"],
  labels: ["organic", "zero-waste", "short-circuit", "fair-trade", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Un produit abîmé ou qui ne vous convient pas ? Rapportez-le dans les sept jours avec votre numéro de " +
      "commande : échange ou remboursement. Les bocaux consignés sont repris à tout moment (0,50 € par bocal).",
    delivery:
      "Retrait à l’épicerie ou livraison à vélo-cargo par Les Biclous dans un rayon de 5 km. Vos produits sont " +
      "servis dans des bocaux consignés ou des sacs en papier.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency", "eth", "eurc"], carriers: ["bike-courier"] },
  windows: { acceptHours: 24, shipHours: 48, deliveryHours: 48, returnHours: 168 },
};

export const epicerieLaMusetteCatalog: DemoCatalogItem[] = [
  {
    id: "lentilles-vertes-berry",
    title: "Lentilles vertes du Berry",
    description:
      "Label Rouge, cultivées par la famille Aubry à Chârost. Elles cuisent en vingt minutes sans trempage et " +
      "gardent leur tenue en salade.",
    price: "3.40",
    variants: [
      { id: "500g", label: "500 g", price: "3.40", available: true },
      { id: "1kg", label: "1 kg", price: "6.50", available: true },
    ],
    available: true,
    categories: ["dry-goods"],
    labels: [],
    pickup: true,
    delivery: true,
    illustration: "sack",
  },
  {
    id: "farine-t65-moulin-thibault",
    title: "Farine de blé T65 du moulin Thibault",
    description:
      "La farine du meunier d’Aubrelle, écrasée sur meule de pierre, pour les pâtes à tarte, les brioches et le " +
      "pain maison. La même que celle du Fournil de la Halle.",
    price: "2.60",
    variants: [],
    available: true,
    categories: ["dry-goods", "flour"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "sack",
  },
  {
    id: "huile-tournesol-beauce",
    title: "Huile de tournesol de Beauce",
    description:
      "Première pression à froid, par un paysan-huilier de Pithiviers. Servie au litre dans votre bouteille ou " +
      "dans une bouteille consignée.",
    price: "5.90",
    variants: [],
    available: true,
    categories: ["oil"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "litre",
    illustration: "bottle",
  },
  {
    id: "pates-coquillettes",
    title: "Coquillettes artisanales au blé dur",
    description:
      "Pâtes séchées lentement par une petite fabrique de Touraine, au blé dur cultivé en France. " +
      "Les coquillettes préférées des enfants du quartier.",
    price: "4.80",
    variants: [],
    available: true,
    categories: ["dry-goods", "pasta"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "sack",
  },
  {
    id: "chocolat-noir-equitable",
    title: "Chocolat noir 70 % équitable",
    description:
      "Tablette de 100 g de cacao d’une coopérative péruvienne, fabriquée par un chocolatier de Blois. " +
      "Emballage papier, sans aluminium.",
    price: "3.90",
    variants: [],
    available: true,
    categories: ["sweets"],
    labels: ["fair-trade"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "bar",
  },
  {
    id: "lessive-copeaux",
    title: "Lessive en copeaux de savon",
    description:
      "Copeaux de savon de Marseille à l’huile d’olive, à dissoudre dans l’eau chaude. Un kilo fait environ " +
      "quarante machines. Recette de lessive maison offerte.",
    price: "9.50",
    variants: [],
    available: true,
    categories: ["household"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "jar",
  },
  {
    id: "bocal-consigne",
    title: "Bocal consigné 1 L",
    description:
      "Bocal en verre à fermeture mécanique. La consigne vous est rendue quand vous le rapportez, même sans " +
      "ticket.",
    price: "0.50",
    variants: [],
    available: true,
    categories: ["household"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "jar",
  },
  {
    id: "riz-camargue",
    title: "Riz complet de Camargue",
    description: "IGP Camargue, d’un riziculteur d’Arles. Un goût de noisette, prêt en trente minutes.",
    price: "4.20",
    variants: [],
    available: false,
    categories: ["dry-goods"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "sack",
  },
];
