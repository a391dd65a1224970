import type { Address } from "viem";

/** What a demo account does in the demo town; the wallet picker translates it (`common:wallet.roles.<role>`). */
export type DemoRole = "shopper" | "merchant" | "carrier" | "mediator";

/** A named account of the local dev chain. */
export type DemoAccount = { index: number; address: Address; name?: string; role?: DemoRole };

/**
 * The first accounts of Hardhat's default development mnemonic, which the local node unlocks and signs for.
 * Public test addresses only: no key is stored in the app, and the dev wallet exists only on chain 31337.
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
] as const satisfies readonly Address[];

/**
 * Names and roles of the demo town's people, by Hardhat account index. The dev stack's seed gives the other
 * accounts their shops and deliveries; an account without an entry is shown as "Test account n°i".
 */
export const DEMO_ACCOUNT_NAMES: readonly { index: number; name: string; role: DemoRole }[] = [
  { index: 0, name: "Coopérative", role: "mediator" },
  { index: 1, name: "Camille", role: "shopper" },
  { index: 2, name: "Yanis", role: "shopper" },
];

/** Every dev-chain account with its name and role when the demo town gives it one. */
export function demoAccounts(): DemoAccount[] {
  return HARDHAT_ACCOUNTS.map((address, index) => {
    const named = DEMO_ACCOUNT_NAMES.find((entry) => entry.index === index);
    return { index, address, ...named };
  });
}
