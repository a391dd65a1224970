import { FRIDAY, openDays, SATURDAY, TUESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const cyclesGirard: DemoShop = {
  key: "cycles-girard",
  name: "Cycles Girard",
  description:
    "Atelier de réparation et vente de vélos avenue de la Gare, tenu par Thomas Girard depuis 2016. Révision, " +
    "réparation de vélo toutes marques, électriques compris, vélos de ville reconditionnés garantis un an et " +
    "location de vélos à assistance électrique pour la Loire à Vélo. On répare avant de remplacer.",
  story:
    "Mécanicien dans une équipe cycliste amateur, Thomas a ouvert son atelier dans l’ancienne remise de la gare " +
    "d’Aubrelle. Il récupère les vélos oubliés dans les caves, les remet en état avec des pièces d’occasion et " +
    "les revend à petit prix aux lycéens et aux saisonniers.\n" +
    "Il forme chaque année un apprenti et prête un coin de l’atelier aux bénévoles du Repair Café pour les " +
    "grosses réparations.",
  address: { street: "12 avenue de la Gare", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
  location: { lat: 47.712852, lon: 2.44902 },
  openingHours: [
    ...openDays(TUESDAY, FRIDAY, "09:00-12:00", "14:00-18:30"),
    ...openDays(SATURDAY, SATURDAY, "09:00-17:00"),
  ],
  categories: ["bike-shop", "repair"],
  labels: ["second-hand", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Pièces neuves reprises sous trente jours dans leur emballage. Réparations garanties trois mois, vélos " +
      "reconditionnés un an, pièces et main-d’œuvre.",
    delivery:
      "Déposez votre vélo à l’atelier ou Thomas vient le chercher et le rapporte à vélo dans Aubrelle. Les pièces " +
      "et accessoires sont livrés par Les Biclous.",
  },
  fulfilment: { pickup: true, ownDelivery: true },
  acceptance: { payments: ["local-currency", "eth"], carriers: ["bike-courier"] },
  windows: { acceptHours: 48, shipHours: 96, deliveryHours: 48, returnHours: 720 },
};

export const cyclesGirardCatalog: DemoCatalogItem[] = [
  {
    id: "revision-complete-velo",
    title: "Révision complète de vélo",
    description:
      "Nettoyage de la transmission, réglage des freins et des vitesses, contrôle des roues, des câbles et du " +
      "serrage, gonflage. Devis avant toute pièce à changer. Prêt d’un vélo pendant l’intervention.",
    price: "65.00",
    variants: [],
    available: true,
    categories: ["bike-repair", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wrench",
  },
  {
    id: "reparation-crevaison",
    title: "Réparation de crevaison",
    description: "Démontage de la roue, rustine ou chambre à air neuve (en sus), contrôle du pneu et remontage.",
    price: "12.00",
    variants: [],
    available: true,
    categories: ["bike-repair", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wheel",
  },
  {
    id: "reglage-freins-vitesses",
    title: "Réglage des freins et des vitesses",
    description: "Tension des câbles, centrage des étriers, réglage du dérailleur. Pendant que vous buvez un café.",
    price: "25.00",
    variants: [],
    available: true,
    categories: ["bike-repair", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wrench",
  },
  {
    id: "chambre-a-air",
    title: "Chambre à air",
    description: "Valve Presta ou Schrader selon la taille. Posée gratuitement si vous l’achetez ici.",
    price: "7.90",
    variants: [
      { id: "26", label: "26 pouces", available: true },
      { id: "27-5", label: "27,5 pouces", available: true },
      { id: "700c", label: "700 × 28–35 C", available: true },
    ],
    available: true,
    categories: ["bike-parts"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "wheel",
  },
  {
    id: "antivol-u",
    title: "Antivol en U",
    description: "Acier trempé, niveau de sécurité 9/15, avec support de cadre. Le minimum pour un vélo en ville.",
    price: "39.90",
    variants: [],
    available: true,
    categories: ["bike-accessories"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "lock",
  },
  {
    id: "eclairage-rechargeable",
    title: "Éclairage avant et arrière rechargeable",
    description: "Paire de feux USB, 40 lux à l’avant, visibles à 300 m. Six heures d’autonomie.",
    price: "29.00",
    variants: [],
    available: true,
    categories: ["bike-accessories"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "lamp",
  },
  {
    id: "velo-ville-reconditionne",
    title: "Vélo de ville reconditionné",
    description:
      "Cadre acier, sept vitesses, garde-boues, porte-bagages et éclairage. Révisé pièce par pièce à l’atelier, " +
      "garanti un an.",
    price: "290.00",
    variants: [
      { id: "s", label: "Taille S (1,55 à 1,70 m)", available: true },
      { id: "m", label: "Taille M (1,70 à 1,82 m)", available: true },
      { id: "l", label: "Taille L (1,82 m et plus)", available: false },
    ],
    available: true,
    categories: ["bikes"],
    labels: ["second-hand"],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "bike",
  },
  {
    id: "velo-cargo-biporteur",
    title: "Vélo-cargo biporteur d’occasion",
    description:
      "Caisse bois pour deux enfants, assistance électrique, batterie neuve. Vendu, un autre arrive bientôt.",
    price: "1890.00",
    variants: [],
    available: false,
    categories: ["bikes"],
    labels: ["second-hand"],
    pickup: true,
    delivery: false,
    unit: "piece",
    illustration: "bike",
  },
  {
    id: "location-vae",
    title: "Location de vélo à assistance électrique",
    description:
      "Pour partir sur la Loire à Vélo : casque, antivol, sacoches et kit de réparation fournis. Carte des " +
      "itinéraires offerte.",
    price: "35.00",
    variants: [
      { id: "demi-journee", label: "Demi-journée", price: "20.00", available: true },
      { id: "journee", label: "Journée", price: "35.00", available: true },
      { id: "week-end", label: "Week-end", price: "60.00", available: true },
    ],
    available: true,
    categories: ["bike-rental", "service"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "bike",
  },
];
