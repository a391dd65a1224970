import { FRIDAY, openDays, WEDNESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const fermeDesNoues: DemoShop = {
  key: "ferme-des-noues",
  name: "Ferme des Noues",
  description:
    "Ferme en agriculture biologique à huit kilomètres au sud d’Aubrelle, à l’orée de la Sologne. Agnès et Paul " +
    "Delorme y élèvent soixante chèvres alpines et des poules en plein air, cultivent légumes, blé et pommes, et " +
    "cuisent le pain au levain au feu de bois chaque vendredi. Vente à la ferme le mercredi et le vendredi, et " +
    "le samedi matin sous la halle d’Aubrelle.",
  story:
    "Paul a repris en 2009 la ferme de ses parents, alors en céréales ; Agnès, fromagère, est arrivée avec ses " +
    "premières chèvres un an plus tard. La ferme est certifiée bio depuis 2012.\n" +
    "Ils sèment un blé population, le moulent sur leur moulin à meules de pierre et en cuisent le pain dans le " +
    "four restauré de la grange. Rien ne quitte la ferme par camion frigorifique : ce qui ne se vend pas sur " +
    "place part à Aubrelle dans le fourgon électrique des Navettes du Val.",
  address: {
    street: "Lieu-dit Les Noues, route de Vannes",
    postcode: "45600",
    city: "Aubrelle-sur-Loire",
    country: "FR",
  },
  location: { lat: 47.648551, lon: 2.410925 },
  openingHours: [...openDays(WEDNESDAY, WEDNESDAY, "16:00-19:00"), ...openDays(FRIDAY, FRIDAY, "16:00-19:00")],
  categories: ["farm-producer", "bakery", "cheese"],
  labels: ["organic", "short-circuit", "seasonal", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Un produit qui ne vous a pas satisfait ? Prévenez-nous dans la semaine : nous le remplaçons lors de votre " +
      "prochaine commande.",
    delivery:
      "Retrait à la ferme le mercredi et le vendredi de 16 h à 19 h. Livraison par les Navettes du Val, en " +
      "fourgon électrique, à Aubrelle et dans les villages voisins le jeudi et le samedi.",
    other: "Les paniers de légumes se composent selon la récolte de la semaine.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency", "eth"], carriers: ["electric-van"] },
  windows: { acceptHours: 72, shipHours: 96, deliveryHours: 120, returnHours: 168 },
};

export const fermeDesNouesCatalog: DemoCatalogItem[] = [
  {
    id: "pain-campagne-levain-feu-de-bois",
    title: "Pain de campagne au levain, cuit au feu de bois",
    description:
      "Blé population de nos champs, moulu à la ferme sur meule de pierre, levain naturel et sel gris. Cuit le " +
      "vendredi dans le four à bois de la grange : croûte épaisse et fumée, mie dense qui se garde une semaine.",
    price: "6.00",
    variants: [
      { id: "1kg", label: "Miche de 1 kg", price: "6.00", available: true },
      { id: "2kg", label: "Miche de 2 kg", price: "11.00", available: true },
    ],
    available: true,
    categories: ["bread"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "piece",
    illustration: "loaf",
  },
  {
    id: "chevre-frais-ferme",
    title: "Fromage de chèvre frais",
    description:
      "Moulé à la louche le matin de la traite, au lait cru de nos alpines. Doux, lactique, à manger dans les " +
      "trois jours.",
    price: "2.60",
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
    id: "chevre-cendre-ferme",
    title: "Chèvre affiné cendré",
    description:
      "Le même, cendré et affiné trois semaines dans notre saloir. Jérôme, de la fromagerie Vallet, en prend " +
      "chaque semaine.",
    price: "3.40",
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
    id: "oeufs-plein-air",
    title: "Œufs de plein air",
    description:
      "Nos deux cents poules courent sous les pommiers et mangent le blé de la ferme. Ramassés chaque matin.",
    price: "2.90",
    variants: [
      { id: "6", label: "Boîte de 6", price: "2.90", available: true },
      { id: "12", label: "Boîte de 12", price: "5.50", available: true },
    ],
    available: true,
    categories: ["eggs"],
    labels: ["free-range"],
    pickup: true,
    delivery: true,
    illustration: "egg",
  },
  {
    id: "panier-legumes-saison",
    title: "Panier de légumes de saison",
    description:
      "Ce que le potager donne cette semaine : poireaux, carottes, courges et pommes de terre l’hiver, tomates, " +
      "courgettes et haricots l’été. Une recette glissée dans chaque panier.",
    price: "15.00",
    variants: [
      { id: "petit", label: "Petit panier (2 personnes)", price: "15.00", available: true },
      { id: "grand", label: "Grand panier (4 personnes)", price: "25.00", available: true },
    ],
    available: true,
    categories: ["vegetables"],
    labels: [],
    pickup: true,
    delivery: true,
    illustration: "carrot",
  },
  {
    id: "miel-fleurs-sologne",
    title: "Miel de fleurs de Sologne",
    description: "Récolté par Paul sur nos douze ruches, entre bruyères, châtaigniers et sarrasin. Pot de 500 g.",
    price: "9.50",
    variants: [],
    available: true,
    categories: ["honey"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "jar",
    illustration: "jar",
  },
  {
    id: "farine-t80-ferme",
    title: "Farine de blé T80 moulue à la ferme",
    description: "La farine de notre pain, pour le vôtre. Moulue à la demande, à utiliser dans les trois mois.",
    price: "2.80",
    variants: [],
    available: true,
    categories: ["flour"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "kg",
    illustration: "sack",
  },
  {
    id: "jus-pomme-ferme",
    title: "Jus de pomme de nos vergers",
    description:
      "Reinettes et belles de Boskoop pressées à l’automne, pasteurisées à la ferme. Bouteille consignée d’un litre.",
    price: "3.50",
    variants: [],
    available: true,
    categories: ["juice"],
    labels: [],
    pickup: true,
    delivery: true,
    unit: "bottle",
    illustration: "bottle",
  },
  {
    id: "gelee-de-coings",
    title: "Gelée de coings",
    description: "Des coings du vieux cognassier de la cour, cuits au chaudron. Revient à l’automne.",
    price: "4.80",
    variants: [],
    available: false,
    categories: ["preserves"],
    labels: ["seasonal"],
    pickup: true,
    delivery: true,
    unit: "jar",
    illustration: "jar",
  },
];
