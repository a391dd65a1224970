import type { LabelIssuerProfile, LoyaltyReward } from "@grandrue/sdk";
import { UnknownDemoEntryError } from "./errors.ts";
import type { DemoIssuerKey, DemoPaymentKind, DemoShopKey } from "./types.ts";

/** A demo label issuer: its `grandrue.label-issuer/1` profile without the `schema` id (the seed adds it). */
export type DemoLabelIssuer = { key: DemoIssuerKey; profile: Omit<LabelIssuerProfile, "schema"> };

/**
 * What the demo shows of one attestation once the seed is done:
 * - `valid`: attested for `validForDays` days (or with no expiry), still valid now;
 * - `expired`: attested at the start of the seeded history for {@link EXPIRED_LABEL_DAYS} days, long lapsed now;
 * - `revoked`: attested, then revoked by its issuer.
 */
export type DemoLabelOutcome =
  | { status: "valid"; validForDays?: number }
  | { status: "expired" }
  | { status: "revoked" };

/** One label an issuer attests to a shop, with the text of the evidence it publishes on IPFS. */
export type DemoLabelAttestation = {
  issuer: DemoIssuerKey;
  shop: DemoShopKey;
  /** A slug of the issuer's profile. */
  label: string;
  evidence: string;
  outcome: DemoLabelOutcome;
};

/** A shop's stamp card: its `grandrue.loyalty-reward/1` document without the `schema` id. */
export type DemoLoyaltyProgram = {
  shop: DemoShopKey;
  stampsPerOrder: number;
  rewardThreshold: number;
  reward: Omit<LoyaltyReward, "schema">;
};

/** A shop's guarantee bond: collateral in one payment token, and the warranty it gives each completed order. */
export type DemoGuaranteeBond = {
  shop: DemoShopKey;
  /** The token of the bond: it covers only orders paid in it. */
  payment: DemoPaymentKind;
  /** Collateral in the shop's price unit (euros), converted with the payment's demo rate. */
  amount: string;
  warrantyDays: number;
};

/** How long the seed makes the one expired label last: less than any seeded history, so it has lapsed by now. */
export const EXPIRED_LABEL_DAYS = 3;

/** The three label issuers: the merchants' cooperative, an organic association and an artisans' network. */
export const DEMO_LABEL_ISSUERS: DemoLabelIssuer[] = [
  {
    key: "cooperative",
    profile: {
      name: "Coopérative des commerçants d’Aubrelle",
      description:
        "La coopérative émet la monnaie locale d’Aubrelle-sur-Loire et tient la liste des commerces qui l’acceptent.\n" +
        "Chaque commerce adhérent signe la charte du réseau ; l’adhésion se renouvelle chaque année.",
      labels: [
        {
          slug: "monnaie-locale",
          title: "Monnaie locale acceptée",
          description:
            "Ce commerce adhère au réseau de la monnaie locale et l’accepte en paiement, en boutique comme en ligne.",
        },
      ],
    },
  },
  {
    key: "val-bio",
    profile: {
      name: "Val Bio",
      description:
        "Association des producteurs et commerçants bio du Giennois, fondée en 1998.\n" +
        "Nous visitons chaque adhérent une fois par an : fournisseurs, factures et étiquettes. Le label court un an " +
        "à partir de la visite.",
      website: "https://val-bio.example",
      labels: [
        {
          slug: "bio",
          title: "Bio contrôlé",
          description:
            "Au moins 95 % des produits vendus sont issus de l’agriculture biologique, vérifié sur place chaque année.",
        },
      ],
    },
  },
  {
    key: "fait-main",
    profile: {
      name: "Réseau Fait Main d’Aubrelle",
      description:
        "Le réseau des artisans du bassin de Gien : boulangers, bouchers, réparateurs.\n" +
        "Un artisan du réseau vient voir l’atelier avant d’attester, et le label est retiré dès que le travail ne se " +
        "fait plus sur place.",
      labels: [
        {
          slug: "fait-main",
          title: "Fait main sur place",
          description: "Ce qui est vendu est fabriqué ou réparé à la main, dans l’atelier du commerce.",
        },
      ],
    },
  },
];

/** Shops that accept the local currency, attested by the cooperative (every demo shop but the ETH-only roaster). */
const LOCAL_CURRENCY_SHOPS: DemoShopKey[] = [
  "fournil-de-la-halle",
  "epicerie-la-musette",
  "librairie-mots-passants",
  "fromagerie-vallet",
  "cave-du-quai",
  "repair-cafe",
  "cycles-girard",
  "fleurs-de-lise",
  "boucherie-perrin",
  "quincaillerie-martin",
  "ferme-des-noues",
];

/** The labels of the demo town, including one expired and one revoked, which the app must never show as valid. */
export const DEMO_LABEL_ATTESTATIONS: DemoLabelAttestation[] = [
  ...LOCAL_CURRENCY_SHOPS.map(
    (shop): DemoLabelAttestation => ({
      issuer: "cooperative",
      shop,
      label: "monnaie-locale",
      evidence: `Adhésion au réseau de la monnaie locale d’Aubrelle : ${shop}, charte signée, cotisation de l’année réglée.`,
      outcome: { status: "valid", validForDays: 365 },
    }),
  ),
  {
    issuer: "val-bio",
    shop: "ferme-des-noues",
    label: "bio",
    evidence: "Visite annuelle de Val Bio à la Ferme des Noues : parcelles, semences et registres conformes.",
    outcome: { status: "valid", validForDays: 365 },
  },
  {
    issuer: "val-bio",
    shop: "epicerie-la-musette",
    label: "bio",
    evidence: "Visite annuelle de Val Bio à l’Épicerie La Musette : factures fournisseurs vérifiées, 97 % de bio.",
    outcome: { status: "valid", validForDays: 365 },
  },
  {
    issuer: "val-bio",
    shop: "cave-du-quai",
    label: "bio",
    evidence: "Visite de Val Bio à la Cave du Quai l’an dernier ; la visite de cette année reste à faire.",
    outcome: { status: "expired" },
  },
  {
    issuer: "fait-main",
    shop: "fournil-de-la-halle",
    label: "fait-main",
    evidence: "Visite du fournil : levain maison, pétrissage et façonnage à la main chaque nuit.",
    outcome: { status: "valid" },
  },
  {
    issuer: "fait-main",
    shop: "repair-cafe",
    label: "fait-main",
    evidence: "Visite de l’atelier du Repair Café : réparations faites à la main par les bénévoles, sur place.",
    outcome: { status: "valid" },
  },
  {
    issuer: "fait-main",
    shop: "boucherie-perrin",
    label: "fait-main",
    evidence: "Visite de la Boucherie Perrin : découpe et charcuterie faites à la main dans le laboratoire.",
    outcome: { status: "revoked" },
  },
];

/** The stamp cards of the bakery and the cheese shop. */
export const DEMO_LOYALTY_PROGRAMS: DemoLoyaltyProgram[] = [
  {
    shop: "fournil-de-la-halle",
    stampsPerOrder: 1,
    rewardThreshold: 10,
    reward: {
      title: "Une baguette offerte",
      description:
        "Dix commandes, une baguette tradition offerte.\nÀ retirer au comptoir, sur n’importe quelle fournée.",
    },
  },
  {
    shop: "fromagerie-vallet",
    stampsPerOrder: 1,
    rewardThreshold: 8,
    reward: {
      title: "Un crottin de Chavignol offert",
      description: "Huit commandes, un crottin de Chavignol offert, frais ou demi-sec, au choix au comptoir.",
    },
  },
];

/** The guarantee bonds: two years on the bike shop's repairs and bikes, six months at the repair café. */
export const DEMO_GUARANTEE_BONDS: DemoGuaranteeBond[] = [
  { shop: "cycles-girard", payment: "local-currency", amount: "400.00", warrantyDays: 730 },
  { shop: "repair-cafe", payment: "local-currency", amount: "150.00", warrantyDays: 182 },
];

/**
 * The label issuer profile of a demo issuer.
 * @throws UnknownDemoEntryError if there is none with this key.
 */
export function demoLabelIssuer(key: DemoIssuerKey): DemoLabelIssuer {
  const issuer = DEMO_LABEL_ISSUERS.find((candidate) => candidate.key === key);
  if (issuer === undefined) throw new UnknownDemoEntryError(`No demo label issuer "${key}"`);
  return issuer;
}
