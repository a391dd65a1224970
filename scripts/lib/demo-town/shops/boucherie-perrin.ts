import { openDays, SATURDAY, SUNDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const boucheriePerrin: DemoShop = {
  key: "boucherie-perrin",
  name: "Boucherie Perrin",
  description:
    "Boucherie-charcuterie de la Grande Rue, tenue par Bernard Perrin depuis 1989 et par son fils Julien depuis " +
    "2015. Bœuf limousin et agneau de trois élevages du Berry, porc et volailles de Sologne, tous à moins de " +
    "40 km : nous allons choisir les bêtes sur place. Charcuterie, terrines et rillettes faites maison.",
  story:
    "Bernard a repris la boucherie de son oncle à vingt-cinq ans. Julien, lui, voulait être cuisinier ; il est " +
    "revenu avec les recettes de pâté en croûte qui ont valu à la maison une médaille au concours régional.\n" +
    "Ils travaillent la bête entière, des morceaux nobles aux abats, et les os finissent en fonds de sauce " +
    "vendus au comptoir.",
  address: { street: "41 Grande Rue", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.71654, lon: 2.43699 },
  openingHours: [
    ...openDays(TUESDAY, SATURDAY, "07:30-12:30", "15:00-19:00"),
    ...openDays(SUNDAY, SUNDAY, "08:00-12:30"),
  ],
  categories: ["butcher", "delicatessen"],
  labels: ["short-circuit", "handmade", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "La viande fraîche ne se reprend pas, mais si un morceau vous a déçu, dites-le à Julien : il vous en coupera " +
      "un autre.",
    delivery:
      "Retrait au comptoir ou livraison par Les Biclous dans Aubrelle, en caisson réfrigéré, le matin même pour " +
      "toute commande passée la veille avant 18 h.",
    other: "Les poids sont indicatifs : le prix au kilo fait foi, et nous ajustons à la pesée.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency"], carriers: ["bike-courier"] },
  windows: { acceptHours: 24, shipHours: 48, deliveryHours: 24, returnHours: 168 },
};

export const boucheriePerrinCatalog: DemoCatalogItem[] = [
  {
    id: "cote-de-boeuf-limousine",
    title: "Côte de bœuf limousine",
    description:
      "D’une génisse élevée à l’herbe par la famille Chapelle, à Vailly-sur-Sauldre. Maturée trois semaines sur " +
      "os dans notre chambre froide. Environ 1 kg, pour deux ou trois personnes.",
    price: "34.00",
    variants: [],
    available: true,
    categories: ["beef"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "meat",
  },
  {
    id: "boeuf-bourguignon",
    title: "Bœuf à bourguignon",
    description: "Paleron et joue coupés en gros cubes, pour un mijotage de trois heures au Menetou-Salon.",
    price: "17.90",
    variants: [],
    available: true,
    categories: ["beef"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "meat",
  },
  {
    id: "poulet-fermier-sologne",
    title: "Poulet fermier de Sologne",
    description: "Élevé en plein air cent jours au moins, nourri au grain de la ferme. Prêt à cuire, environ 1,8 kg.",
    price: "17.50",
    variants: [],
    available: true,
    categories: ["poultry"],
    labels: ["free-range"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "meat",
  },
  {
    id: "andouillette-jargeau",
    title: "Andouillette de Jargeau",
    description:
      "La spécialité de Jargeau, à trente kilomètres en aval : chaudins et viande de porc hachés, assaisonnés à " +
      "l’ancienne. À griller ou à cuire au vin blanc.",
    price: "4.20",
    variants: [],
    available: true,
    categories: ["delicatessen"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "sausage",
  },
  {
    id: "saucisses-de-campagne",
    title: "Saucisses de campagne maison",
    description: "Porc de Sologne, sel, poivre et un soupçon de muscade, embossées en boyau naturel chaque jeudi.",
    price: "14.50",
    variants: [],
    available: true,
    categories: ["pork"],
    labels: ["handmade"],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "sausage",
  },
  {
    id: "rillettes-maison",
    title: "Rillettes de porc maison",
    description: "Cuites huit heures dans leur graisse, effilochées à la fourchette. Pot en verre de 250 g, consigné.",
    price: "6.80",
    variants: [],
    available: true,
    categories: ["delicatessen"],
    labels: ["handmade"],
    pickup: true,
    delivery: true,
    unit: "jar",
    illustration: "jar",
  },
  {
    id: "pate-en-croute-canard",
    title: "Pâté en croûte au canard et aux pistaches",
    description: "La recette médaillée de Julien : farce fine au canard, foie de volaille, pistaches, gelée au porto.",
    price: "3.90",
    variants: [
      { id: "tranche", label: "Une tranche", price: "3.90", available: true },
      { id: "entier", label: "Entier (8 tranches)", price: "29.00", available: true },
    ],
    available: true,
    categories: ["delicatessen"],
    labels: ["handmade"],
    pickup: true,
    delivery: true,
    illustration: "meat",
  },
  {
    id: "terrine-gibier-sologne",
    title: "Terrine de gibier de Sologne",
    description: "Sanglier et chevreuil des chasses de Sologne, au genièvre. De l’ouverture de la chasse à février.",
    price: "7.50",
    variants: [],
    available: false,
    categories: ["delicatessen"],
    labels: ["seasonal"],
    pickup: true,
    delivery: true,
    unit: "jar",
    illustration: "jar",
  },
];
