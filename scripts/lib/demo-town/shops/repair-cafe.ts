import { openDays, SATURDAY, WEDNESDAY } from "../hours.ts";
import type { DemoCatalogItem, DemoShop } from "../types.ts";

export const repairCafe: DemoShop = {
  key: "repair-cafe",
  name: "Repair Café d’Aubrelle",
  description:
    "Atelier de réparation solidaire animé depuis 2016 par une vingtaine de bénévoles, à la Maison des " +
    "associations. Apportez votre grille-pain, votre lampe, votre jean ou votre vélo : on le répare ensemble, et " +
    "vous repartez en sachant le refaire. Participation libre ; les montants indiqués sont des suggestions.",
  story:
    "Tout a commencé par un grille-pain. Gérard, électricien à la retraite, a ouvert le sien devant ses voisins un " +
    "samedi de 2016 ; ils étaient trois. Aujourd’hui, l’association répare en moyenne quarante objets par mois, " +
    "soit près d’une tonne de déchets évités chaque année.\n" +
    "Le mercredi soir, l’atelier vélo prête ses outils et ses conseils à qui veut apprendre à entretenir son " +
    "vélo. Les pièces viennent de vélos donnés, démontés par les bénévoles.",
  address: {
    street: "Maison des associations, 2 rue du Four-Banal",
    postcode: "45600",
    city: "Aubrelle-sur-Loire",
    country: "FR",
  },
  location: { lat: 47.713662, lon: 2.435386 },
  openingHours: [...openDays(WEDNESDAY, WEDNESDAY, "17:00-20:00"), ...openDays(SATURDAY, SATURDAY, "09:30-12:30")],
  categories: ["repair-cafe", "repair"],
  labels: ["zero-waste", "local-currency"],
  priceUnit: "EUR",
  terms: {
    returns:
      "Une réparation qui lâche dans le mois ? Revenez nous voir : on la reprend gratuitement, et on cherche " +
      "ensemble pourquoi.",
    delivery:
      "Tout se passe à l’atelier, en votre présence : c’est le principe d’un repair café. Réservez un créneau " +
      "ici, apportez l’objet et, si possible, son chargeur ou sa notice.",
    other:
      "Nous ne réparons ni le gros électroménager ni les appareils à gaz. Les pièces neuves restent à votre charge.",
  },
  fulfilment: { pickup: true, ownDelivery: false },
  acceptance: { payments: ["local-currency"], carriers: [] },
  windows: { acceptHours: 72, shipHours: 96, deliveryHours: 24, returnHours: 720 },
};

export const repairCafeCatalog: DemoCatalogItem[] = [
  {
    id: "reparation-velo-accompagnee",
    title: "Réparation de vélo accompagnée",
    description:
      "Crevaison, freins, dérailleur, chaîne ou éclairage : un bénévole de l’atelier vélo répare avec vous et vous " +
      "montre les gestes. Pièces d’occasion de notre stock à prix libre, pièces neuves en sus.",
    price: "5.00",
    variants: [],
    available: true,
    categories: ["repair", "bike-repair"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wheel",
  },
  {
    id: "atelier-velo-autonomie",
    title: "Atelier vélo en autonomie, le mercredi soir",
    description:
      "Pied d’atelier, clés, démonte-pneus, dérive-chaîne et pompe à pied à disposition pendant trois heures, " +
      "avec un bénévole pour les conseils.",
    price: "2.00",
    variants: [],
    available: true,
    categories: ["repair", "bike-repair"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wrench",
  },
  {
    id: "reparation-petit-electromenager",
    title: "Réparation de petit électroménager",
    description:
      "Grille-pain, bouilloire, aspirateur, cafetière, sèche-cheveux… On démonte, on diagnostique, on remplace " +
      "le fusible ou le thermostat, et on remonte.",
    price: "5.00",
    variants: [],
    available: true,
    categories: ["repair", "appliances"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wrench",
  },
  {
    id: "reparation-lampe",
    title: "Réparation de lampe et de luminaire",
    description: "Câble usé, douille cassée, interrupteur capricieux : la lampe de grand-mère repart pour trente ans.",
    price: "5.00",
    variants: [],
    available: true,
    categories: ["repair", "lighting"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "lamp",
  },
  {
    id: "retouche-couture",
    title: "Retouche et reprise de vêtements",
    description:
      "Ourlet, fermeture éclair, accroc, genou de jean usé : nos couturières vous apprennent la reprise à la " +
      "machine ou à la main.",
    price: "5.00",
    variants: [],
    available: true,
    categories: ["repair", "sewing"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "thread",
  },
  {
    id: "diagnostic-ordinateur",
    title: "Diagnostic d’ordinateur ou de smartphone",
    description:
      "Ordinateur lent, écran fissuré, batterie fatiguée : diagnostic, nettoyage, installation d’un système libre " +
      "pour prolonger un vieil ordinateur.",
    price: "5.00",
    variants: [],
    available: true,
    categories: ["repair", "computers"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "wrench",
  },
  {
    id: "adhesion-repair-cafe",
    title: "Adhésion annuelle à l’association",
    description: "Elle assure les bénévoles, paie le loyer de l’atelier et les outils. Reçu fiscal sur demande.",
    price: "10.00",
    variants: [
      { id: "simple", label: "Adhésion simple", price: "10.00", available: true },
      { id: "soutien", label: "Adhésion de soutien", price: "25.00", available: true },
    ],
    available: true,
    categories: ["membership"],
    labels: [],
    pickup: true,
    delivery: false,
    illustration: "card",
  },
];
