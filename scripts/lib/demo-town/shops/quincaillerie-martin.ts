import { FRIDAY, MONDAY, openDays, SATURDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const quincaillerieMartin: DemoShop = {
  key: "quincaillerie-martin",
  name: "Quincaillerie Martin",
  description:
    "La quincaillerie de la rue des Tanneurs, dans la famille Martin depuis 1931. Pierre, le petit-fils, vend " +
    "encore les vis à l’unité, reproduit les clés, affûte les couteaux et trouve le joint introuvable. Outils " +
    "forgés garantis à vie, articles de jardin, bocaux et tout ce qu’il faut pour réparer plutôt que racheter.",
  story:
    "Son grand-père Marcel vendait des clous et des lampes à pétrole aux mariniers ; son père a ajouté le rayon " +
    "jardin. Pierre, lui, a gardé les tiroirs en chêne et le comptoir d’origine, et a ajouté un coin conseil " +
    "où l’on vient avec la pièce cassée dans la poche.\n" +
    "Il travaille avec deux forges françaises et refuse les outils qu’on ne peut pas réparer.",
  address: { street: "17 rue des Tanneurs", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.716719, lon: 2.446079 },
  openingHours: [
    ...openDays(MONDAY, FRIDAY, "08:30-12:00", "14:00-18:30"),
    ...openDays(SATURDAY, SATURDAY, "08:30-12:00"),
  ],
  categories: ["hardware", "garden"],
  labels: ["repairable", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Article non utilisé repris sous trente jours. Outils forgés garantis à vie : s’ils cassent, Pierre les " +
      "répare ou les échange.",
    delivery:
      "Retrait au magasin. Livraison par Les Biclous dans Aubrelle ; pour les articles lourds ou encombrants et " +
      "les villages alentour, par les Navettes du Val.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency"], carriers: ["bike-courier", "electric-van"] },
  windows: { acceptHours: 48, shipHours: 72, deliveryHours: 72, returnHours: 720 },
};

export const quincaillerieMartinCatalog: DemoCatalogItem[] = [
  {
    id: "reproduction-de-cle",
    title: "Reproduction de clé",
    description:
      "Faite devant vous en cinq minutes. Les clés de sécurité sont commandées chez le fabricant sur présentation " +
      "de la carte de propriété.",
    price: "4.50",
    variants: [
      { id: "plate", label: "Clé plate", price: "4.50", available: true },
      { id: "gorges", label: "Clé à gorges", price: "9.00", available: true },
      { id: "securite", label: "Clé de sécurité sur carte", price: "28.00", available: true },
    ],
    available: true,
    categories: ["keys", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    unit: "piece",
    illustration: "key",
  },
  {
    id: "affutage-couteaux",
    title: "Affûtage de couteaux et de ciseaux",
    description: "Sur meule à eau, pour ne pas détremper l’acier. Déposés le matin, prêts le soir.",
    price: "4.00",
    variants: [],
    available: true,
    categories: ["sharpening", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    unit: "piece",
    illustration: "knife",
  },
  {
    id: "bocaux-conserve",
    title: "Bocaux à conserve 1 L, lot de 6",
    description: "Verre épais fabriqué en France, joints caoutchouc et couvercles de rechange vendus à l’unité.",
    price: "16.90",
    variants: [],
    available: true,
    categories: ["kitchen"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "jar",
  },
  {
    id: "beche-forgee",
    title: "Bêche forgée, manche en frêne",
    description:
      "Forgée d’une seule pièce par une taillanderie de la Loire, près de Saint-Étienne, manche de frêne remplaçable.",
    price: "39.00",
    variants: [],
    available: true,
    categories: ["garden-tools"],
    labels: ["repairable"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "spade",
  },
  {
    id: "vis-bois-inox",
    title: "Vis à bois inox, boîte de 100",
    description: "Inox A2, tête fraisée, empreinte étoile. Pour les terrasses et le mobilier de jardin.",
    price: "8.90",
    variants: [
      { id: "4x30", label: "4 × 30 mm", price: "8.90", available: true },
      { id: "5x50", label: "5 × 50 mm", price: "12.40", available: true },
    ],
    available: true,
    categories: ["fasteners"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "screw",
  },
  {
    id: "ampoule-led-filament",
    title: "Ampoule LED à filament E27",
    description: "Lumière chaude 2 700 K, équivalent 60 W pour 7 W. Se recycle au magasin.",
    price: "6.90",
    variants: [],
    available: true,
    categories: ["lighting"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "lamp",
  },
  {
    id: "arrosoir-zinc",
    title: "Arrosoir en zinc 10 L",
    description: "Pomme en laiton démontable, soudures à l’étain. Celui de nos grands-parents, qui dure autant qu’eux.",
    price: "42.00",
    variants: [],
    available: true,
    categories: ["garden-tools"],
    labels: ["repairable"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "watering-can",
  },
  {
    id: "tondeuse-helicoidale",
    title: "Tondeuse manuelle hélicoïdale",
    description: "Silencieuse, sans moteur, lames réaffûtables. Rupture de stock, réassort prévu en mars.",
    price: "129.00",
    variants: [],
    available: false,
    categories: ["garden-tools"],
    labels: ["repairable"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "spade",
  },
];
