import type { LatLon, ShippingDetails } from "@grandrue/sdk";
import { UnknownDemoEntryError } from "./errors.ts";
import type { DemoCarrierKey, DemoIssuerKey, DemoShopKey } from "./types.ts";

export type DemoShopperKey = "camille" | "yanis" | "zoe";

/** Where a demo shopper lives: the details sealed for the shop and carrier, and the point fees are measured to. */
export type DemoHome = { shipping: ShippingDetails; location: LatLon };

/**
 * What a demo shopper holds once the seed has run, in whole units: local currency and EURC (both issued by the
 * seed), and whether she keeps the native coin Hardhat gives its accounts (without it, the seed sets her balance to
 * exactly zero).
 */
export type DemoPurse = { localCurrency: bigint; eurc: bigint; hasNativeCoin: boolean };

type DemoAccount = {
  /** Index of the account among Hardhat's default accounts (`test test … junk` mnemonic). */
  accountIndex: number;
  name: string;
  /** What this account does in the demo, for the README and the seed's console output. */
  canDo: string;
};

/** Who is who in the demo, by Hardhat account index. */
export type DemoPerson =
  | (DemoAccount & { role: "mediator"; issuer: DemoIssuerKey })
  | (DemoAccount & { role: "label-issuer"; issuer: DemoIssuerKey })
  | (DemoAccount & { role: "shopper"; key: DemoShopperKey; home: DemoHome; purse: DemoPurse })
  | (DemoAccount & { role: "shop-owner"; shops: DemoShopKey[] })
  | (DemoAccount & { role: "carrier"; carrier: DemoCarrierKey });

/**
 * The nineteen demo accounts (Hardhat accounts 0 to 15, 18, 19 and 20; 16 and 17 stay free for a newcomer to open a
 * shop). Account 0 deploys the protocol, issues the local currency and EURC, is the mediator every shop accepts and
 * attests the local-currency label; 18 and 19 are label issuers; 20, the twenty-first account of the mnemonic (the
 * dev stack's node unlocks it, Hardhat does not fund it), is Zoé, who holds EURC and no native coin at all.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    accountIndex: 0,
    role: "mediator",
    issuer: "cooperative",
    name: "La Coopérative des commerçants d’Aubrelle",
    canDo:
      "Deploys the contracts, issues the local currency to the shoppers and rules disputes as the mediator " +
      "arbitrator every demo shop accepts: open the disputed order and give a ruling. Also attests the " +
      '"monnaie-locale" label of the shops that accept the local currency.',
  },
  {
    accountIndex: 1,
    role: "shopper",
    key: "camille",
    name: "Camille Lefèvre",
    canDo:
      "Shops from the town centre with ETH and local currency: her orders show every state, from a parcel in " +
      "transit and a reviewed bakery order to a declined one; she can check out a new basket across several shops. " +
      "Her completed orders earned four stamps on the bakery's card and put her bike service under a two-year warranty.",
    home: {
      shipping: {
        name: "Camille Lefèvre",
        street: "6 rue des Écoles",
        postcode: "45600",
        city: "Aubrelle-sur-Loire",
        country: "FR",
        instructions: "Deuxième étage, interphone Lefèvre. Si je suis absente, sonnez à la librairie en bas.",
      },
      location: { lat: 47.717619, lon: 2.44501 },
    },
    purse: { localCurrency: 500n, eurc: 300n, hasNativeCoin: true },
  },
  {
    accountIndex: 2,
    role: "shopper",
    key: "yanis",
    name: "Yanis Belkacem",
    canDo:
      "Lives 1.7 km out on the Gien road: he has an order waiting for the shop to accept, a delivered one he can " +
      "still review, a dispute over a broken bottle with a settlement offer to accept, and a cancelled order; one " +
      "stamp on the cheese shop's card.",
    home: {
      shipping: {
        name: "Yanis Belkacem",
        street: "23 route de Gien",
        postcode: "45600",
        city: "Aubrelle-sur-Loire",
        country: "FR",
        instructions: "Maison au portail vert. En cas d’absence, laisser chez la voisine du 21.",
      },
      location: { lat: 47.724094, lon: 2.46105 },
    },
    purse: { localCurrency: 500n, eurc: 300n, hasNativeCoin: true },
  },
  {
    accountIndex: 20,
    role: "shopper",
    key: "zoe",
    name: "Zoé Marchand",
    canDo:
      "Holds 250 EURC (euros, 6 decimals) and exactly zero native coin: she cannot pay any gas, so she signs and " +
      "a relayer submits (checkout by EIP-2612 permit or ERC-3009 authorization, then every buyer action). No " +
      "order yet; six shops take EURC (the bakery, the grocery, the bookshop, the cheese shop, the florist, the " +
      "coffee roaster).",
    home: {
      shipping: {
        name: "Zoé Marchand",
        street: "4 rue des Mariniers",
        postcode: "45600",
        city: "Aubrelle-sur-Loire",
        country: "FR",
        instructions: "Porte bleue à deux pas de la brûlerie, troisième étage sans ascenseur.",
      },
      location: { lat: 47.72041, lon: 2.44262 },
    },
    purse: { localCurrency: 0n, eurc: 250n, hasNativeCoin: false },
  },
  {
    accountIndex: 3,
    role: "shop-owner",
    name: "Mathilde Benali",
    shops: ["fournil-de-la-halle"],
    canDo:
      "Runs the bakery: reads Camille's five-star review and its reply, edits the catalog, accepts new orders, " +
      "and runs the stamp card (10 stamps, a free baguette): sees how many regulars it has, redeems rewards.",
  },
  {
    accountIndex: 4,
    role: "shop-owner",
    name: "Sophie Garnier",
    shops: ["epicerie-la-musette"],
    canDo: "Runs the bulk grocery: Yanis's order is waiting for her to accept or decline it.",
  },
  {
    accountIndex: 5,
    role: "shop-owner",
    name: "Hélène Roux",
    shops: ["librairie-mots-passants"],
    canDo: "Runs the bookshop: follows Camille's books on their way with the bike courier.",
  },
  {
    accountIndex: 6,
    role: "shop-owner",
    name: "Jérôme Vallet et Nadia Ferrand",
    shops: ["fromagerie-vallet", "cave-du-quai"],
    canDo:
      "One owner, two shops: the cheese shop (a delivered order) and the wine shop, where Nadia has offered to " +
      "refund the bottle that arrived broken.",
  },
  {
    accountIndex: 7,
    role: "shop-owner",
    name: "Repair Café d’Aubrelle (Gérard Petit)",
    shops: ["repair-cafe"],
    canDo: "Runs the volunteer repair café: services only, picked up at the workshop and paid in local currency.",
  },
  {
    accountIndex: 8,
    role: "shop-owner",
    name: "Thomas Girard",
    shops: ["cycles-girard"],
    canDo:
      "Runs the bike shop: answers Yanis's review of his bike service and delivers repaired bikes himself; a bond " +
      "of 400 in local currency backs his two-year warranty.",
  },
  {
    accountIndex: 9,
    role: "shop-owner",
    name: "Lise Moreau",
    shops: ["fleurs-de-lise"],
    canDo: "Runs the florist: sees the order Yanis cancelled before she accepted it.",
  },
  {
    accountIndex: 10,
    role: "shop-owner",
    name: "Julien Perrin",
    shops: ["boucherie-perrin"],
    canDo: "Runs the butcher's shop, paid in local currency only: declined Camille's order, with the reason.",
  },
  {
    accountIndex: 11,
    role: "shop-owner",
    name: "Pierre Martin",
    shops: ["quincaillerie-martin"],
    canDo: "Runs the hardware shop, paid in local currency only, delivered by bike or by van.",
  },
  {
    accountIndex: 12,
    role: "shop-owner",
    name: "Léa Fontaine et Malik Haddad",
    shops: ["brulerie-des-mariniers"],
    canDo: "Run the coffee roaster, paid in ETH only: Camille's accepted order waits for the bike courier.",
  },
  {
    accountIndex: 13,
    role: "shop-owner",
    name: "Agnès et Paul Delorme",
    shops: ["ferme-des-noues"],
    canDo: "Run the farm 8 km out, delivered by the electric vans: a completed order, and bread far from town.",
  },
  {
    accountIndex: 14,
    role: "carrier",
    name: "Les Biclous",
    carrier: "bike-courier",
    canDo:
      "The bike couriers: pick up Camille's coffee at the roaster, record checkpoints, and deliver the books in " +
      "transit with Camille's delivery code.",
  },
  {
    accountIndex: 15,
    role: "carrier",
    name: "Les Navettes du Val",
    carrier: "electric-van",
    canDo: "The electric vans: delivered the farm order to Camille; serve the farm and the villages around.",
  },
  {
    accountIndex: 18,
    role: "label-issuer",
    issuer: "val-bio",
    name: "Val Bio (association des producteurs bio)",
    canDo:
      'The organic association: attests the "bio" label of the farm and the grocery; the wine shop\'s label has ' +
      "expired, waiting for this year's visit. Can attest or revoke a label.",
  },
  {
    accountIndex: 19,
    role: "label-issuer",
    issuer: "fait-main",
    name: "Réseau Fait Main d’Aubrelle",
    canDo:
      'The artisans\' network: attests the "fait-main" label of the bakery and the repair café, and revoked the ' +
      "butcher's. Can attest or revoke a label.",
  },
];

/**
 * The Hardhat accounts the demo town leaves to a newcomer: no shop, no order, no label, so that opening a shop from
 * them starts from nothing. `npm run dev` lists them with the demo people.
 */
export const FREE_DEMO_ACCOUNTS: readonly { accountIndex: number; canDo: string }[] = [16, 17].map((accountIndex) => ({
  accountIndex,
  canDo:
    "Free for you: no shop and no order yet. Connect it in the app (Merchant space → Open a shop) to open your own " +
    "shop from scratch.",
}));

/**
 * The Hardhat account index of a demo shop's owner.
 * @throws UnknownDemoEntryError if no demo person owns the shop.
 */
export function shopOwnerAccountIndex(shop: DemoShopKey): number {
  const owner = DEMO_PEOPLE.find((person) => person.role === "shop-owner" && person.shops.includes(shop));
  if (owner === undefined) throw new UnknownDemoEntryError(`No demo person owns the shop "${shop}"`);
  return owner.accountIndex;
}

/**
 * The Hardhat account index of a demo carrier.
 * @throws UnknownDemoEntryError if no demo person is that carrier.
 */
export function carrierAccountIndex(carrier: DemoCarrierKey): number {
  const person = DEMO_PEOPLE.find((candidate) => candidate.role === "carrier" && candidate.carrier === carrier);
  if (person === undefined) throw new UnknownDemoEntryError(`No demo person is the carrier "${carrier}"`);
  return person.accountIndex;
}

/**
 * The Hardhat account index of a demo label issuer.
 * @throws UnknownDemoEntryError if no demo person is that issuer.
 */
export function labelIssuerAccountIndex(issuer: DemoIssuerKey): number {
  const person = DEMO_PEOPLE.find(
    (candidate) => (candidate.role === "mediator" || candidate.role === "label-issuer") && candidate.issuer === issuer,
  );
  if (person === undefined) throw new UnknownDemoEntryError(`No demo person is the label issuer "${issuer}"`);
  return person.accountIndex;
}

/**
 * A demo shopper.
 * @throws UnknownDemoEntryError if there is none with this key.
 */
export function demoShopper(key: DemoShopperKey): Extract<DemoPerson, { role: "shopper" }> {
  const shopper = DEMO_PEOPLE.find(
    (person): person is Extract<DemoPerson, { role: "shopper" }> => person.role === "shopper" && person.key === key,
  );
  if (shopper === undefined) throw new UnknownDemoEntryError(`No demo shopper "${key}"`);
  return shopper;
}
