import type { DemoShopperKey } from "./people.ts";
import type { DemoCarrierKey, DemoPaymentKind, DemoShopKey } from "./types.ts";

/** One basket line: an item of the shop's demo catalog (and one of its variants, if it has any). */
export type DemoOrderLine = { itemId: string; variantId?: string; quantity: number };

/** How the order reaches the buyer; a carrier order names the fee of the carrier's table that applies. */
export type DemoOrderDelivery =
  | { fulfilment: "pickup" }
  | { fulfilment: "own-delivery" }
  | { fulfilment: "carrier"; carrier: DemoCarrierKey; feeLabel: string };

/**
 * The state the seed brings the order to, after checkout:
 * - `paid`: waiting for the shop to accept it;
 * - `accepted`: accepted, waiting for the carrier to pick it up;
 * - `in-transit`: picked up by the carrier, with an `InTransit` checkpoint;
 * - `delivered`: delivered with the buyer's code, within the return window;
 * - `completed`: delivered, then released to the shop by the buyer;
 * - `reviewed`: delivered, then reviewed by the buyer and answered by the shop;
 * - `disputed`: delivered, then disputed by the buyer; the shop has offered a settlement;
 * - `cancelled`: cancelled by the buyer before the shop accepted it;
 * - `declined`: declined by the shop, with the reason recorded on chain.
 */
export type DemoOrderOutcome =
  | { status: "paid" }
  | { status: "accepted" }
  | { status: "in-transit" }
  | { status: "delivered" }
  | { status: "completed" }
  /** Completed (released by the buyer), then reviewed and answered. */
  | { status: "reviewed"; rating: 1 | 2 | 3 | 4 | 5; review: string; reply: string }
  | {
      status: "disputed";
      /** What the buyer reports, for the demo's narrative (the protocol records no dispute text). */
      complaint: string;
      /** What the shop offers to refund, in the shop's price unit. */
      settlementOffer: { by: "shop"; buyerRefund: string };
    }
  | { status: "cancelled" }
  | { status: "declined"; reason: string };

/** An order to seed so that every screen of the demo has something to show. */
export type DemoPastOrder = {
  key: string;
  buyer: DemoShopperKey;
  shop: DemoShopKey;
  payment: DemoPaymentKind;
  lines: DemoOrderLine[];
  delivery: DemoOrderDelivery;
  outcome: DemoOrderOutcome;
};

/**
 * The past orders of Camille and Yanis, one or more in each state an order can be in, two of them paid in EURC
 * (6 decimals). The last five, all completed, fill the stamp cards (the bakery's and the cheese shop's) and start a
 * warranty at the bike shop.
 */
export const DEMO_PAST_ORDERS: DemoPastOrder[] = [
  {
    key: "camille-fournil-reviewed",
    buyer: "camille",
    shop: "fournil-de-la-halle",
    payment: "local-currency",
    lines: [
      { itemId: "pain-au-levain", variantId: "1kg", quantity: 1 },
      { itemId: "croissant-beurre", quantity: 4 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: {
      status: "reviewed",
      rating: 5,
      review:
        "Le pain au levain tient vraiment cinq jours dans son torchon, et les croissants étaient encore tièdes à " +
        "7 h 30. Mathilde m’a même expliqué comment raviver la croûte au four. Quelle chance d’avoir ce fournil " +
        "en face de la halle !",
      reply:
        "Merci Camille ! Le secret, c’est le levain de Monsieur Dufresne, qui a plus de quarante ans. À samedi " +
        "pour la fournée de seigle. Mathilde et Karim",
    },
  },
  {
    key: "yanis-cycles-reviewed",
    buyer: "yanis",
    shop: "cycles-girard",
    payment: "local-currency",
    lines: [
      { itemId: "revision-complete-velo", quantity: 1 },
      { itemId: "chambre-a-air", variantId: "700c", quantity: 1 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: {
      status: "reviewed",
      rating: 4,
      review:
        "Révision sérieuse et bien expliquée, devis respecté, et Thomas m’a prêté un vélo le temps de la " +
        "réparation. Une étoile de moins pour les quatre jours d’attente en pleine saison, mais je reviendrai.",
      reply:
        "Merci Yanis, et désolé pour l’attente : au printemps, tout Aubrelle ressort son vélo la même semaine ! " +
        "Vous pouvez maintenant réserver votre créneau ici même. Bonne route.",
    },
  },
  {
    key: "yanis-fromagerie-delivered",
    buyer: "yanis",
    shop: "fromagerie-vallet",
    payment: "local-currency",
    lines: [
      { itemId: "crottin-de-chavignol", variantId: "demi-sec", quantity: 2 },
      { itemId: "comte-18-mois", variantId: "250g", quantity: 1 },
      { itemId: "beurre-de-baratte", quantity: 1 },
    ],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Jusqu’à 5 km" },
    outcome: { status: "delivered" },
  },
  {
    key: "camille-librairie-in-transit",
    buyer: "camille",
    shop: "librairie-mots-passants",
    payment: "eth",
    lines: [
      { itemId: "raboliot-genevoix", quantity: 1 },
      { itemId: "grand-meaulnes", quantity: 1 },
      { itemId: "petit-marinier", quantity: 1 },
    ],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Centre-ville, moins de 1,5 km" },
    outcome: { status: "in-transit" },
  },
  {
    key: "yanis-cave-disputed",
    buyer: "yanis",
    shop: "cave-du-quai",
    payment: "local-currency",
    lines: [
      { itemId: "coteaux-du-giennois-rouge", quantity: 3 },
      { itemId: "cremant-de-loire", quantity: 1 },
    ],
    delivery: { fulfilment: "own-delivery" },
    outcome: {
      status: "disputed",
      complaint:
        "En ouvrant le carton livré vendredi soir, j’ai trouvé une des trois bouteilles de Coteaux du Giennois " +
        "cassée. Les deux autres et le crémant vont bien.",
      settlementOffer: { by: "shop", buyerRefund: "11.50" },
    },
  },
  {
    key: "camille-ferme-completed",
    buyer: "camille",
    shop: "ferme-des-noues",
    payment: "local-currency",
    lines: [
      { itemId: "panier-legumes-saison", variantId: "grand", quantity: 1 },
      { itemId: "oeufs-plein-air", variantId: "12", quantity: 1 },
      { itemId: "miel-fleurs-sologne", quantity: 1 },
      { itemId: "pain-campagne-levain-feu-de-bois", variantId: "1kg", quantity: 1 },
    ],
    delivery: { fulfilment: "carrier", carrier: "electric-van", feeLabel: "Jusqu’à 10 km" },
    outcome: { status: "completed" },
  },
  {
    key: "yanis-fleurs-cancelled",
    buyer: "yanis",
    shop: "fleurs-de-lise",
    payment: "eth",
    lines: [{ itemId: "bouquet-de-saison", variantId: "moyen", quantity: 1 }],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Jusqu’à 5 km" },
    outcome: { status: "cancelled" },
  },
  {
    key: "camille-boucherie-declined",
    buyer: "camille",
    shop: "boucherie-perrin",
    payment: "local-currency",
    lines: [{ itemId: "cote-de-boeuf-limousine", quantity: 2 }],
    delivery: { fulfilment: "pickup" },
    outcome: {
      status: "declined",
      reason:
        "Désolés, plus de côte de bœuf avant mardi : la prochaine génisse arrive lundi. Vous êtes remboursée en " +
        "totalité, et nous vous en mettons une de côté si vous le souhaitez.",
    },
  },
  {
    key: "yanis-epicerie-paid",
    buyer: "yanis",
    shop: "epicerie-la-musette",
    payment: "local-currency",
    lines: [
      { itemId: "lentilles-vertes-berry", variantId: "1kg", quantity: 1 },
      { itemId: "farine-t65-moulin-thibault", quantity: 2 },
      { itemId: "chocolat-noir-equitable", quantity: 2 },
    ],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Jusqu’à 5 km" },
    outcome: { status: "paid" },
  },
  {
    key: "camille-brulerie-accepted",
    buyer: "camille",
    shop: "brulerie-des-mariniers",
    payment: "eth",
    lines: [
      { itemId: "cafe-perou-cajamarca", variantId: "moulu-filtre", quantity: 2 },
      { itemId: "melange-des-mariniers", variantId: "grains", quantity: 1 },
    ],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Centre-ville, moins de 1,5 km" },
    outcome: { status: "accepted" },
  },
  {
    key: "camille-fleurs-eurc-in-transit",
    buyer: "camille",
    shop: "fleurs-de-lise",
    payment: "eurc",
    lines: [
      { itemId: "bouquet-de-saison", variantId: "moyen", quantity: 1 },
      { itemId: "aromatique-en-pot", variantId: "thym", quantity: 2 },
    ],
    delivery: { fulfilment: "carrier", carrier: "bike-courier", feeLabel: "Centre-ville, moins de 1,5 km" },
    outcome: { status: "in-transit" },
  },
  {
    key: "yanis-brulerie-eurc-completed",
    buyer: "yanis",
    shop: "brulerie-des-mariniers",
    payment: "eurc",
    lines: [
      { itemId: "atelier-degustation", quantity: 1 },
      { itemId: "melange-des-mariniers", variantId: "grains", quantity: 2 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
  {
    key: "camille-fournil-completed-1",
    buyer: "camille",
    shop: "fournil-de-la-halle",
    payment: "local-currency",
    lines: [
      { itemId: "baguette-tradition", quantity: 2 },
      { itemId: "pain-au-chocolat", quantity: 2 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
  {
    key: "camille-cycles-completed",
    buyer: "camille",
    shop: "cycles-girard",
    payment: "local-currency",
    lines: [
      { itemId: "revision-complete-velo", quantity: 1 },
      { itemId: "eclairage-rechargeable", quantity: 1 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
  {
    key: "camille-fournil-completed-2",
    buyer: "camille",
    shop: "fournil-de-la-halle",
    payment: "local-currency",
    lines: [
      { itemId: "pain-de-seigle", quantity: 1 },
      { itemId: "croissant-beurre", quantity: 2 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
  {
    key: "yanis-fromagerie-completed",
    buyer: "yanis",
    shop: "fromagerie-vallet",
    payment: "local-currency",
    lines: [
      { itemId: "selles-sur-cher", quantity: 1 },
      { itemId: "crottin-de-chavignol", variantId: "frais", quantity: 2 },
    ],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
  {
    key: "camille-fournil-completed-3",
    buyer: "camille",
    shop: "fournil-de-la-halle",
    payment: "local-currency",
    lines: [{ itemId: "brioche-tressee", quantity: 1 }],
    delivery: { fulfilment: "pickup" },
    outcome: { status: "completed" },
  },
];
