import { openDays, SATURDAY, SUNDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const fleursDeLise: DemoShop = {
  key: "fleurs-de-lise",
  name: "Les Fleurs de Lise",
  description:
    "Fleuriste place de l’Église depuis 2021. Lise Moreau ne vend que des fleurs françaises de saison, cultivées " +
    "pour la plupart par trois horticultrices du Val de Loire et de Sologne : pas de roses venues d’avion en " +
    "février, mais des tulipes, des renoncules, des pivoines et, l’hiver, des bouquets secs et des branchages.",
  story:
    "Après quinze ans dans une grande enseigne de fleurs à Orléans, Lise en avait assez de jeter des roses " +
    "kényanes invendues. Elle a rejoint le Collectif de la fleur française et a ouvert une boutique où l’offre " +
    "suit le calendrier du jardin.\n" +
    "Ses emballages sont en papier kraft et en raphia, et les fleurs fanées partent au compost de la ferme des " +
    "Noues.",
  address: { street: "1 place de l’Église-Saint-Aignan", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.718068, lon: 2.439797 },
  openingHours: [
    ...openDays(TUESDAY, SATURDAY, "09:00-12:30", "14:30-19:00"),
    ...openDays(SUNDAY, SUNDAY, "09:00-13:00"),
  ],
  categories: ["florist"],
  labels: ["seasonal", "short-circuit", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Des fleurs qui fanent en moins de cinq jours ? Envoyez-nous une photo : nous refaisons le bouquet ou vous " +
      "remboursons.",
    delivery:
      "Retrait à la boutique ou livraison à vélo-cargo par Les Biclous, le jour même pour toute commande passée " +
      "avant 11 h. Un petit mot manuscrit accompagne chaque bouquet offert.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency", "eth", "eurc"], carriers: ["bike-courier"] },
  windows: { acceptHours: 24, shipHours: 24, deliveryHours: 24, returnHours: 168 },
};

export const fleursDeLiseCatalog: DemoCatalogItem[] = [
  {
    id: "bouquet-de-saison",
    title: "Bouquet de saison",
    description:
      "Composé le matin même avec ce que les horticultrices ont coupé la veille. Dites-nous l’occasion et les " +
      "couleurs que vous aimez, Lise fait le reste.",
    price: "18.00",
    variants: [
      { id: "petit", label: "Petit", price: "18.00", available: true },
      { id: "moyen", label: "Moyen", price: "28.00", available: true },
      { id: "genereux", label: "Généreux", price: "40.00", available: true },
    ],
    available: true,
    categories: ["bouquets"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bouquet",
    illustration: "flower",
  },
  {
    id: "tulipes-val-de-loire",
    title: "Tulipes du Val de Loire",
    description: "Botte de dix tulipes de plein champ, cultivées à Saint-Benoît-sur-Loire. Couleurs panachées.",
    price: "9.00",
    variants: [],
    available: true,
    categories: ["cut-flowers"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bunch",
    illustration: "flower",
  },
  {
    id: "renoncules-sologne",
    title: "Renoncules de Sologne",
    description: "Botte de huit renoncules aux pétales de papier de soie, de l’horticultrice de Vannes-sur-Cosson.",
    price: "12.00",
    variants: [],
    available: true,
    categories: ["cut-flowers"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bunch",
    illustration: "flower",
  },
  {
    id: "pivoines",
    title: "Pivoines en boutons",
    description:
      "Botte de cinq pivoines odorantes. De la mi-mai à la fin juin seulement : on vous attend au printemps !",
    price: "15.00",
    variants: [],
    available: false,
    categories: ["cut-flowers"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bunch",
    illustration: "flower",
  },
  {
    id: "aromatique-en-pot",
    title: "Aromatique en pot",
    description: "Plant en pot de terre cuite de 10 cm, cultivé sans pesticides chez un pépiniériste de Gien.",
    price: "4.50",
    variants: [
      { id: "thym", label: "Thym", available: true },
      { id: "romarin", label: "Romarin", available: true },
      { id: "basilic", label: "Basilic", available: false },
    ],
    available: true,
    categories: ["plants"],
    labels: ["organic"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "plant",
  },
  {
    id: "couronne-fleurs-sechees",
    title: "Couronne de fleurs séchées",
    description: "Monnaie-du-pape, lavande, hortensia et graminées du jardin de Lise, sur une base en osier. 30 cm.",
    price: "38.00",
    variants: [],
    available: true,
    categories: ["dried-flowers"],
    labels: ["handmade"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "wreath",
  },
  {
    id: "abonnement-bouquet",
    title: "Abonnement : un bouquet par semaine pendant un mois",
    description:
      "Quatre bouquets de saison, livrés ou à retirer le jour de votre choix. Idéal pour un bureau ou une " +
      "salle d’attente.",
    price: "96.00",
    variants: [],
    available: true,
    categories: ["bouquets", "subscription"],
    labels: [],
    pickup: true,
    delivery: true,
    illustration: "flower",
  },
];
