import type { SearchableItem, SearchableShop, ShopStatus } from "@grandrue/sdk";
import { encodeGeohash } from "@grandrue/sdk";

/** Centre of the synthetic town (Lyon, Place Bellecour). */
export const TOWN_CENTRE = { lat: 45.7578, lon: 4.832 };

const TOKENS = [
  "0x0000000000000000000000000000000000000000",
  "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512",
] as const;

type Trade = { shop: string[]; category: string; products: string[]; modifiers: string[] };

const TRADES: Trade[] = [
  {
    shop: ["Boulangerie", "Fournil", "Maison du Pain"],
    category: "Boulangerie",
    products: [
      "Pain",
      "Baguette",
      "Croissant",
      "Pain au chocolat",
      "Brioche",
      "Fougasse",
      "Chausson aux pommes",
      "Tarte",
      "Éclair",
      "Ficelle",
    ],
    modifiers: [
      "au levain",
      "de campagne",
      "aux noix",
      "complet",
      "aux céréales",
      "tradition",
      "à l’ancienne",
      "pur beurre",
    ],
  },
  {
    shop: ["Fromagerie", "Crèmerie", "Cave à fromages"],
    category: "Fromagerie",
    products: [
      "Comté",
      "Saint-Marcellin",
      "Reblochon",
      "Tomme",
      "Beaufort",
      "Chèvre frais",
      "Crème fraîche",
      "Beurre",
      "Yaourt",
      "Fromage blanc",
    ],
    modifiers: ["fermier", "affiné 18 mois", "au lait cru", "de Savoie", "bio", "demi-sel", "AOP", "du Vercors"],
  },
  {
    shop: ["Cycles", "Atelier Vélo", "Vélos"],
    category: "Vélo",
    products: ["Vélo", "Chambre à air", "Pneu", "Antivol", "Casque", "Lumière", "Selle", "Chaîne", "Sacoche", "Pompe"],
    modifiers: ["électrique", "de ville", "pliant", "d’occasion", "enfant", "cargo", "tout-terrain", "reconditionné"],
  },
  {
    shop: ["Épicerie", "Épicerie fine", "Comptoir"],
    category: "Épicerie",
    products: ["Miel", "Confiture", "Huile d’olive", "Café", "Thé", "Chocolat", "Pâtes", "Riz", "Lentilles", "Farine"],
    modifiers: ["bio", "équitable", "de lavande", "du terroir", "en vrac", "artisanal", "de Provence", "sans gluten"],
  },
  {
    shop: ["Primeur", "Le Potager", "Fruits et Légumes"],
    category: "Fruits et légumes",
    products: [
      "Tomate",
      "Pomme",
      "Poire",
      "Carotte",
      "Courgette",
      "Salade",
      "Fraise",
      "Abricot",
      "Pomme de terre",
      "Oignon",
    ],
    modifiers: ["bio", "de saison", "du Rhône", "en circuit court", "ancienne", "grappe", "de plein champ", "locale"],
  },
  {
    shop: ["Boucherie", "Charcuterie", "Boucherie-Traiteur"],
    category: "Boucherie",
    products: [
      "Saucisson",
      "Jambon",
      "Poulet",
      "Côte de bœuf",
      "Rosette",
      "Pâté",
      "Terrine",
      "Saucisse",
      "Rôti de porc",
      "Quenelle",
    ],
    modifiers: ["fermier", "de Lyon", "label rouge", "maison", "fumé", "aux herbes", "de campagne", "bio"],
  },
  {
    shop: ["Librairie", "Bouquiniste", "Papeterie"],
    category: "Librairie",
    products: [
      "Roman",
      "Bande dessinée",
      "Carnet",
      "Stylo",
      "Livre de cuisine",
      "Guide",
      "Album jeunesse",
      "Agenda",
      "Carte postale",
      "Poésie",
    ],
    modifiers: ["d’occasion", "illustré", "dédicacé", "de poche", "régional", "recyclé", "grand format", "collector"],
  },
  {
    shop: ["Fleuriste", "Jardinerie", "Atelier Floral"],
    category: "Fleurs",
    products: [
      "Bouquet",
      "Rose",
      "Tulipe",
      "Orchidée",
      "Plante verte",
      "Cactus",
      "Semences",
      "Terreau",
      "Pot",
      "Couronne",
    ],
    modifiers: ["de saison", "séchée", "locale", "en pot", "bio", "champêtre", "coupée", "d’intérieur"],
  },
  {
    shop: ["Droguerie", "Quincaillerie", "Bazar"],
    category: "Maison",
    products: ["Savon", "Bougie", "Éponge", "Balai", "Ampoule", "Tournevis", "Vis", "Colle", "Lessive", "Brosse"],
    modifiers: ["de Marseille", "parfumée", "naturel", "rechargeable", "LED", "en bois", "écologique", "zéro déchet"],
  },
  {
    shop: ["Caviste", "Cave", "Bar à vins"],
    category: "Cave",
    products: [
      "Vin rouge",
      "Vin blanc",
      "Beaujolais",
      "Côtes du Rhône",
      "Bière",
      "Cidre",
      "Jus de pomme",
      "Crémant",
      "Limonade",
      "Sirop",
    ],
    modifiers: ["nature", "bio", "artisanale", "de Bourgogne", "millésime 2022", "sans sulfite", "pétillant", "local"],
  },
];

const SURNAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
];
const STREETS = [
  "de la République",
  "Victor Hugo",
  "du Marché",
  "des Tanneurs",
  "de la Croix-Rousse",
  "Saint-Jean",
  "des Pentes",
  "de Gerland",
  "Garibaldi",
  "des Canuts",
];
const LABELS = ["Bio", "Circuit court", "Fait maison", "Zéro déchet", "Commerce équitable", "Local"];

/** mulberry32: a small deterministic pseudo-random generator. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where a synthetic town lies and how far its shops spread. */
export type TownShape = {
  centre: { lat: number; lon: number };
  /** σ of the dense half around the centre, in metres. */
  denseSigmaMetres: number;
  /** Side of the square the other half spreads over, in metres. */
  spreadMetres: number;
  /** Id of the first shop (the others follow). */
  firstShopId: bigint;
};

const DEFAULT_SHAPE: TownShape = {
  centre: TOWN_CENTRE,
  denseSigmaMetres: 3_000,
  spreadMetres: 40_000,
  firstShopId: 1n,
};

/**
 * A deterministic synthetic town: `shopCount` shops around {@link TOWN_CENTRE} (half in a dense
 * centre with σ ≈ 3 km, half spread over a 40 km square), each with `itemsPerShop` French-looking
 * items. About 3 % of shops have broken metadata or catalogs, 1 % are inactive. `shape` places it elsewhere.
 */
export function syntheticTown(
  shopCount: number,
  itemsPerShop: number,
  seed = 42,
  shape: Partial<TownShape> = {},
): SearchableShop[] {
  const { centre, denseSigmaMetres, spreadMetres, firstShopId } = { ...DEFAULT_SHAPE, ...shape };
  const random = randomGenerator(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const metresToLat = 1 / 111_195;
  const metresToLon = 1 / (111_195 * Math.cos((centre.lat * Math.PI) / 180));

  return Array.from({ length: shopCount }, (_, index): SearchableShop => {
    const trade = pick(TRADES);
    const [north, east] =
      index % 2 === 0
        ? [gaussian() * denseSigmaMetres, gaussian() * denseSigmaMetres]
        : [(random() - 0.5) * spreadMetres, (random() - 0.5) * spreadMetres];
    const lat = centre.lat + north * metresToLat;
    const lon = centre.lon + east * metresToLon;
    const roll = random();
    const status: ShopStatus =
      roll < 0.01
        ? "metadata-missing"
        : roll < 0.02
          ? "catalog-invalid"
          : roll < 0.03
            ? "catalog-missing"
            : roll < 0.04
              ? "inactive"
              : "ok";
    const shopLabels = random() < 0.3 ? [pick(LABELS)] : [];
    const pickup = random() < 0.9;
    const delivery = random() < 0.5;
    const items: SearchableItem[] =
      status !== "ok"
        ? []
        : Array.from({ length: itemsPerShop }, (_, itemIndex) => {
            const product = pick(trade.products);
            const modifier = pick(trade.modifiers);
            return {
              id: `item-${itemIndex}`,
              title: `${product} ${modifier}`,
              description: `${product} ${modifier}, préparé par ${pick(SURNAMES)} ${random() < 0.5 ? "chaque matin" : "avec soin"}.`,
              categories: [trade.category],
              labels: random() < 0.2 ? [pick(LABELS)] : [],
              price: `${(1 + random() * 40).toFixed(2)}`,
              available: random() < 0.9,
              pickup: pickup && random() < 0.95,
              delivery: delivery && random() < 0.8,
            };
          });
    return {
      shopId: firstShopId + BigInt(index),
      name: status === "metadata-missing" ? `Boutique n°${index + 1}` : `${pick(trade.shop)} ${pick(SURNAMES)}`,
      description:
        status === "metadata-missing"
          ? ""
          : `${trade.category} rue ${pick(STREETS)}, depuis ${1950 + Math.floor(random() * 70)}.`,
      categories: status === "metadata-missing" ? [] : [trade.category],
      labels: shopLabels,
      ...(status !== "metadata-missing" && { location: { lat, lon, geohash: encodeGeohash({ lat, lon }) } }),
      acceptedTokens: random() < 0.5 ? [TOKENS[0]] : [TOKENS[0], pick(TOKENS.slice(1))],
      pickup,
      delivery,
      ...(random() < 0.6 && { rating: { count: 1 + Math.floor(random() * 200), average: 3 + random() * 2 } }),
      status,
      ...(status !== "ok" && { statusReason: `synthetic ${status}` }),
      items,
    };
  });
}
