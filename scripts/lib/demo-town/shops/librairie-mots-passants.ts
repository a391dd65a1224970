import { MONDAY, openDays, SATURDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const librairieMotsPassants: DemoShop = {
  key: "librairie-mots-passants",
  name: "Librairie Les Mots Passants",
  description:
    "Librairie générale et jeunesse, rue des Écoles, tenue par Hélène Roux depuis 2008. Romans, bandes dessinées, " +
    "albums, cartes et guides du Val de Loire, un rayon consacré aux auteurs de Sologne et du Berry. Tout livre " +
    "disponible chez nos distributeurs vous attend ici sous 48 heures, au prix unique du livre.",
  story:
    "La librairie a ouvert en 1962 ; Hélène y a acheté ses premiers Club des Cinq. Quand l’ancien libraire a " +
    "pris sa retraite, elle a quitté son poste d’éditrice à Paris pour la reprendre plutôt que de la voir fermer.\n" +
    "Le premier jeudi du mois, un auteur de la région vient y parler de son livre, et le samedi matin la " +
    "bibliothécaire de l’école y lit des histoires aux petits.",
  address: { street: "8 rue des Écoles", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.718698, lon: 2.444342 },
  openingHours: [...openDays(MONDAY, MONDAY, "14:00-19:00"), ...openDays(TUESDAY, SATURDAY, "10:00-19:00")],
  categories: ["bookshop"],
  labels: ["local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Un livre offert en double ou qui ne plaît pas ? Échange ou remboursement sous trente jours, s’il est en " +
      "bon état.",
    delivery:
      "Retrait en librairie, livraison à vélo-cargo par Les Biclous à Aubrelle, ou par les Navettes du Val dans " +
      "tout le Giennois. Les livres commandés arrivent en 48 heures.",
    other: "Prix unique du livre : le même prix qu’en ligne, sans frais de port au retrait.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency", "eth", "eurc"], carriers: ["bike-courier", "electric-van"] },
  windows: { acceptHours: 48, shipHours: 96, deliveryHours: 72, returnHours: 720 },
};

export const librairieMotsPassantsCatalog: DemoCatalogItem[] = [
  {
    id: "raboliot-genevoix",
    title: "Raboliot, Maurice Genevoix (poche)",
    description:
      "Le braconnier de Sologne traqué par le gendarme Bourrel, prix Goncourt 1925. Genevoix a vécu au bord de la " +
      "Loire, à une trentaine de kilomètres d’ici : le coup de cœur d’Hélène depuis toujours.",
    price: "7.90",
    variants: [],
    available: true,
    categories: ["books", "novel"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "book",
  },
  {
    id: "grand-meaulnes",
    title: "Le Grand Meaulnes, Alain-Fournier (poche)",
    description:
      "Le domaine mystérieux, la Sologne, l’adolescence : le roman qui se lit à quinze ans et se relit à " +
      "cinquante.",
    price: "5.10",
    variants: [],
    available: true,
    categories: ["books", "novel"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "book",
  },
  {
    id: "balades-velo-loire",
    title: "Balades à vélo le long de la Loire, d’Orléans à Gien",
    description:
      "Vingt itinéraires de 10 à 60 km sur les levées et les petites routes, avec les cafés, les points d’eau et " +
      "les ateliers de réparation sur le parcours. Édité par une maison d’édition orléanaise.",
    price: "14.50",
    variants: [],
    available: true,
    categories: ["books", "guide"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "book",
  },
  {
    id: "carte-val-de-loire",
    title: "Carte de randonnée du Val de Loire et de la Sologne",
    description: "Au 1:25 000, pliée, avec les chemins de halage, les gués et les sentiers de grande randonnée.",
    price: "14.90",
    variants: [],
    available: true,
    categories: ["maps"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "map",
  },
  {
    id: "petit-marinier",
    title: "Le Petit Marinier de Loire, album jeunesse",
    description:
      "Jules descend la Loire sur la gabare de son grand-père, des sables de Sully aux quais de Gien. Écrit et " +
      "illustré à l’aquarelle par une artiste d’Aubrelle. Dès 4 ans.",
    price: "15.90",
    variants: [],
    available: true,
    categories: ["books", "children"],
    labels: ["local-author"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "book",
  },
  {
    id: "contes-de-sologne",
    title: "Contes et veillées de Sologne, édition illustrée",
    description:
      "Loups-garous, feux follets et sorciers des étangs, recueillis au début du XXe siècle. Tirage épuisé, " +
      "réimpression annoncée par l’éditeur pour le printemps.",
    price: "22.00",
    variants: [],
    available: false,
    categories: ["books", "tales"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "book",
  },
  {
    id: "carte-cadeau-librairie",
    title: "Carte cadeau de la librairie",
    description:
      "À offrir à ceux dont on ne connaît pas encore les goûts. Valable un an, utilisable en plusieurs fois.",
    price: "20.00",
    variants: [
      { id: "20", label: "20 €", price: "20.00", available: true },
      { id: "30", label: "30 €", price: "30.00", available: true },
      { id: "50", label: "50 €", price: "50.00", available: true },
    ],
    available: true,
    categories: ["gift-card"],
    labels: [],
    pickup: true,
    delivery: true,
    illustration: "card",
  },
];
