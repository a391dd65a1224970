import type { Address } from "viem";

/** What a demo account does in the demo town; the wallet picker translates it (`common:wallet.roles.<role>`). */
export type DemoRole = "shopper" | "merchant" | "carrier" | "mediator" | "issuer";

/** A named account of the local dev chain. */
export type DemoAccount = { index: number; address: Address; name?: string; role?: DemoRole };

/**
 * The first twenty-one accounts of Hardhat's default development mnemonic, which the dev stack's local node unlocks
 * and signs for (Hardhat funds the first twenty; the seed leaves #20 without any native coin). Public test addresses
 * only: no key is stored in the app, and the dev wallet exists only on chain 31337.
 */
export const HARDHAT_ACCOUNTS = [
  "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
  "0xBcd4042DE499D14e55001CcbB24a551F3b954096",
  "0x71bE63f3384f5fb98995898A86B02Fb2426c5788",
  "0xFABB0ac9d68B0B445fB7357272Ff202C5651694a",
  "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec",
  "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097",
  "0xcd3B766CCDd6AE721141F452C550Ca635964ce71",
  "0x2546BcD3c84621e976D8185a91A922aE77ECEc30",
  "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E",
  "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
  "0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f",
] as const satisfies readonly Address[];

/**
 * Names and roles of the demo town's people, by Hardhat account index. The dev stack's seed gives the other
 * accounts their shops, deliveries and labels (16 and 17 are free for opening a new shop); an account without an entry is shown
 * as "Test account n°i". test/app/demoAccounts.test.ts keeps this list in step with the seed's people.
 */
export const DEMO_ACCOUNT_NAMES: readonly { index: number; name: string; role: DemoRole }[] = [
  { index: 0, name: "Coopérative d’Aubrelle", role: "mediator" },
  { index: 1, name: "Camille", role: "shopper" },
  { index: 2, name: "Yanis", role: "shopper" },
  { index: 3, name: "Mathilde · Fournil de la Halle", role: "merchant" },
  { index: 4, name: "Sophie · Épicerie La Musette", role: "merchant" },
  { index: 5, name: "Hélène · Librairie Mots Passants", role: "merchant" },
  { index: 6, name: "Jérôme et Nadia · Fromagerie, Cave du Quai", role: "merchant" },
  { index: 7, name: "Gérard · Repair Café", role: "merchant" },
  { index: 8, name: "Thomas · Cycles Girard", role: "merchant" },
  { index: 9, name: "Lise · Fleurs de Lise", role: "merchant" },
  { index: 10, name: "Julien · Boucherie Perrin", role: "merchant" },
  { index: 11, name: "Pierre · Quincaillerie Martin", role: "merchant" },
  { index: 12, name: "Léa et Malik · Brûlerie des Mariniers", role: "merchant" },
  { index: 13, name: "Agnès et Paul · Ferme des Noues", role: "merchant" },
  { index: 14, name: "Les Biclous", role: "carrier" },
  { index: 15, name: "Les Navettes du Val", role: "carrier" },
  { index: 18, name: "Val Bio", role: "issuer" },
  { index: 19, name: "Réseau Fait Main", role: "issuer" },
  { index: 20, name: "Zoé", role: "shopper" },
];

/** Every dev-chain account with its name and role when the demo town gives it one. */
export function demoAccounts(): DemoAccount[] {
  return HARDHAT_ACCOUNTS.map((address, index) => {
    const named = DEMO_ACCOUNT_NAMES.find((entry) => entry.index === index);
    return { index, address, ...named };
  });
}
