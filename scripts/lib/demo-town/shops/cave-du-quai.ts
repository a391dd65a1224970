import { openDays, SATURDAY, SUNDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const caveDuQuai: DemoShop = {
  key: "cave-du-quai",
  name: "La Cave du Quai",
  description:
    "Caviste quai de la Loire depuis 2017. Nadia Ferrand goûte chaque vin avant de le rentrer et connaît presque " +
    "tous les vignerons par leur prénom : Coteaux du Giennois, Sancerre, Menetou-Salon, Quincy, et quelques " +
    "coups de cœur d’ailleurs. Bières de la brasserie de l’Écluse, jus et pétillants sans alcool des vergers du Val.",
  story:
    "Nadia a fait les vendanges à Sancerre pendant ses études et n’en est jamais vraiment repartie. Elle a " +
    "transformé l’ancien entrepôt des mariniers en cave, en gardant les poutres et les anneaux d’amarrage.\n" +
    "Le vendredi soir, dégustation gratuite avec un vigneron invité ; les bouteilles vides consignées repartent " +
    "chez les domaines qui les lavent et les remplissent à nouveau.",
  address: { street: "14 quai de la Loire", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.720317, lon: 2.436723 },
  openingHours: [
    ...openDays(TUESDAY, SATURDAY, "10:00-12:30", "15:00-19:30"),
    ...openDays(SUNDAY, SUNDAY, "10:00-12:30"),
  ],
  categories: ["wine", "beer"],
  labels: ["short-circuit", "organic", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Une bouteille bouchonnée ? Rapportez-la entamée dans les quinze jours, nous la remplaçons. Les bouteilles " +
      "arrivées cassées sont remboursées sur photo.",
    delivery:
      "Retrait à la cave. Nadia livre elle-même les caisses de six bouteilles le vendredi soir dans Aubrelle ; " +
      "ailleurs, Les Biclous (5 km) ou les Navettes du Val livrent sous 72 heures.",
    other: "La vente d’alcool est interdite aux mineurs. L’abus d’alcool est dangereux pour la santé.",
  },
  fulfilment: { pickup: true, ownDelivery: true },
  acceptance: { payments: ["local-currency", "eth"], carriers: ["bike-courier", "electric-van"] },
  windows: { acceptHours: 48, shipHours: 72, deliveryHours: 72, returnHours: 336 },
};

export const caveDuQuaiCatalog: DemoCatalogItem[] = [
  {
    id: "coteaux-du-giennois-rouge",
    title: "Coteaux du Giennois rouge, domaine des Lignières",
    description:
      "Pinot noir et gamay plantés sur les silex de la rive droite, à vingt minutes d’ici. Fruité, léger, à boire " +
      "frais avec une volaille ou un crottin demi-sec.",
    price: "11.50",
    variants: [],
    available: true,
    categories: ["red-wine"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "sancerre-blanc",
    title: "Sancerre blanc, cuvée Terres blanches",
    description:
      "Sauvignon sur marnes kimméridgiennes, vinifié par une jeune vigneronne de Bué. Agrumes, pierre à fusil : " +
      "l’accord parfait avec le chèvre.",
    price: "18.90",
    variants: [],
    available: true,
    categories: ["white-wine"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "menetou-salon-rouge",
    title: "Menetou-Salon rouge",
    description: "Pinot noir soyeux, élevé un an en fûts anciens. Pour un bœuf bourguignon de la maison Perrin.",
    price: "16.50",
    variants: [],
    available: true,
    categories: ["red-wine"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "quincy",
    title: "Quincy blanc",
    description:
      "Sauvignon des sables et graviers du Cher, vif et floral. Le vin de l’apéritif et des poissons de Loire.",
    price: "14.20",
    variants: [],
    available: true,
    categories: ["white-wine"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "cremant-de-loire",
    title: "Crémant de Loire brut",
    description:
      "Chenin et chardonnay, méthode traditionnelle, dix-huit mois sur lattes. Fines bulles, notes de brioche.",
    price: "13.90",
    variants: [],
    available: true,
    categories: ["sparkling-wine"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "biere-ecluse-blonde",
    title: "Bière blonde de l’Écluse",
    description:
      "Brassée à Aubrelle, à deux rues d’ici, avec l’orge maltée d’une coopérative beauceronne et le houblon d’un " +
      "jeune houblonnier du Loiret. Non filtrée, refermentée en bouteille.",
    price: "3.40",
    variants: [
      { id: "33cl", label: "33 cl", price: "3.40", available: true },
      { id: "75cl", label: "75 cl", price: "7.20", available: true },
    ],
    available: true,
    categories: ["beer"],
    labels: ["short-circuit"],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "petillant-pomme",
    title: "Pétillant de pomme sans alcool",
    description: "Pommes des vergers de Saint-Gondon, pressées et légèrement gazéifiées. Pour ceux qui conduisent.",
    price: "4.20",
    variants: [],
    available: true,
    categories: ["soft-drinks"],
    labels: ["short-circuit"],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "coffret-val-de-loire",
    title: "Coffret découverte du Val de Loire",
    description:
      "Un Coteaux du Giennois, un Sancerre et un crémant dans une caisse en bois de peuplier de Sologne, avec les " +
      "fiches de dégustation de Nadia.",
    price: "45.00",
    variants: [],
    available: true,
    categories: ["gift-box"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "bottle",
  },
  {
    id: "sancerre-rouge",
    title: "Sancerre rouge, vieilles vignes",
    description: "Le millésime est épuisé ; le suivant arrive après sa mise en bouteille, au printemps.",
    price: "21.50",
    variants: [],
    available: false,
    categories: ["red-wine"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
];
