import { FRIDAY, openDays, SATURDAY, SUNDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const fromagerieVallet: DemoShop = {
  key: "fromagerie-vallet",
  name: "Fromagerie Vallet",
  description:
    "Fromager-affineur rue de la Halle depuis 2011. Jérôme Vallet choisit ses fromages de chèvre chez une " +
    "douzaine de fermes du Berry, de Touraine et de Sologne et les affine lui-même, de quelques jours à " +
    "plusieurs semaines, dans la cave voûtée sous la boutique. Conseils d’accords avec la Cave du Quai, tenue " +
    "par Nadia, son épouse.",
  story:
    "Fils de chevrier à Chavignol, Jérôme a appris l’affinage chez un maître fromager de Tours avant d’ouvrir sa " +
    "boutique à Aubrelle. La cave, creusée dans le calcaire au XVIIe siècle, garde naturellement 11 °C et 90 % " +
    "d’humidité.\n" +
    "Il n’achète qu’en direct, paie les fermes au prix qu’elles fixent et vend les talons de comté pour la " +
    "soupe plutôt que de les jeter.",
  address: { street: "5 rue de la Halle", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.715191, lon: 2.442604 },
  openingHours: [
    ...openDays(TUESDAY, FRIDAY, "08:30-12:30", "15:30-19:15"),
    ...openDays(SATURDAY, SATURDAY, "08:00-13:00", "15:00-19:00"),
    ...openDays(SUNDAY, SUNDAY, "09:00-12:30"),
  ],
  categories: ["cheese", "dairy"],
  labels: ["short-circuit", "seasonal", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Un fromage qui n’est pas à votre goût ou pas au bon affinage ? Dites-le-nous dans les trois jours : nous " +
      "le remplaçons ou vous remboursons.",
    delivery:
      "Retrait à la boutique ou livraison à vélo-cargo par Les Biclous, en caisson isotherme, dans un rayon de " +
      "5 km.",
    other: "Plateaux pour les fêtes et les mariages sur commande, une semaine à l’avance.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency", "eth", "eurc"], carriers: ["bike-courier"] },
  windows: { acceptHours: 24, shipHours: 48, deliveryHours: 24, returnHours: 168 },
};

export const fromagerieValletCatalog: DemoCatalogItem[] = [
  {
    id: "crottin-de-chavignol",
    title: "Crottin de Chavignol AOP",
    description:
      "Lait cru de chèvre, ferme Giraud à Sainte-Gemme-en-Sancerrois. Frais, il est doux et crémeux ; sec, il " +
      "devient cassant et noisette. Choisissez votre affinage.",
    price: "3.10",
    variants: [
      { id: "frais", label: "Frais (10 jours)", price: "3.10", available: true },
      { id: "demi-sec", label: "Demi-sec (3 semaines)", price: "3.30", available: true },
      { id: "sec", label: "Sec (6 semaines)", price: "3.50", available: false },
    ],
    available: true,
    categories: ["goat-cheese"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
  {
    id: "selles-sur-cher",
    title: "Selles-sur-Cher AOP",
    description:
      "Le palet cendré de la vallée du Cher, à croûte bleutée et pâte fine, légèrement salée. Sa croûte se " +
      "mange, c’est là qu’est le goût.",
    price: "6.20",
    variants: [],
    available: true,
    categories: ["goat-cheese"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
  {
    id: "valencay",
    title: "Valençay AOP",
    description:
      "La pyramide tronquée du Berry, cendrée, affinée trois semaines dans notre cave. Fondant sous la croûte, " +
      "plus ferme à cœur.",
    price: "7.50",
    variants: [],
    available: true,
    categories: ["goat-cheese"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
  {
    id: "olivet-cendre",
    title: "Olivet cendré",
    description:
      "Le fromage de vache du Loiret, autrefois affiné par les vignerons dans la cendre de sarments. Fait à " +
      "Olivet par l’une des dernières fromageries de la tradition.",
    price: "5.80",
    variants: [],
    available: true,
    categories: ["cow-cheese"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
  {
    id: "comte-18-mois",
    title: "Comté AOP 18 mois",
    description:
      "Meule d’été d’une fruitière du Haut-Doubs, affinée dix-huit mois : cristaux de tyrosine, arômes de " +
      "noisette grillée et de beurre.",
    price: "7.45",
    variants: [
      { id: "250g", label: "Part d’environ 250 g", price: "7.45", available: true },
      { id: "500g", label: "Part d’environ 500 g", price: "14.90", available: true },
    ],
    available: true,
    categories: ["cow-cheese"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    illustration: "cheese",
  },
  {
    id: "beurre-de-baratte",
    title: "Beurre cru de baratte demi-sel",
    description:
      "Baratté à l’ancienne dans une laiterie du Perche, aux cristaux de sel de Noirmoutier. Motte de 250 g.",
    price: "4.60",
    variants: [],
    available: true,
    categories: ["butter"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
  {
    id: "plateau-a-partager",
    title: "Plateau de fromages à partager",
    description:
      "Cinq fromages de saison choisis par Jérôme, du plus doux au plus corsé, avec un petit mot sur chacun et " +
      "le vin que Nadia leur conseille.",
    price: "28.00",
    variants: [
      { id: "4-personnes", label: "Pour 4 personnes", price: "28.00", available: true },
      { id: "8-personnes", label: "Pour 8 personnes", price: "52.00", available: true },
    ],
    available: true,
    categories: ["cheese-board"],
    labels: ["seasonal"],
    pickup: true,
    delivery: true,
    illustration: "cheese",
  },
  {
    id: "sainte-maure",
    title: "Sainte-Maure-de-Touraine AOP",
    description:
      "La bûche à la paille de seigle, de la ferme des Rochettes. La prochaine fournée sort de la cave dans une " +
      "semaine.",
    price: "9.80",
    variants: [],
    available: false,
    categories: ["goat-cheese"],
    labels: ["raw-milk"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "cheese",
  },
];
