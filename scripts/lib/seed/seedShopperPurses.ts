import { writeMarketContract } from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import type { Address } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { DEMO_PEOPLE } from "../demo-town/index.ts";
import { fiatTokenAdminAbi } from "../tokens/fiatToken.ts";
import type { SeedEnvironment } from "./seedParticipants.ts";

/** Hardhat's public development mnemonic: the demo accounts are its first twenty-one. */
const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";

/**
 * The address of a demo account: the node's own unlocked account when it has it, else derived from Hardhat's
 * mnemonic (a node started with its twenty default accounts still gets Zoé's purse; only `npm run dev`'s node signs
 * for her).
 */
function demoAddress(accounts: readonly Address[], index: number): Address {
  return accounts[index] ?? mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: index }).address;
}

/**
 * Gives each demo shopper her purse (see `DemoPurse`): local currency and EURC minted by account #0, their issuer,
 * and, for a shopper who must hold no native coin, a balance of exactly zero (`hardhat_setBalance`, which Hardhat
 * and anvil both answer).
 */
export async function fillShopperPurses(env: SeedEnvironment, accounts: readonly Address[]): Promise<void> {
  const leman = env.deployment.contracts.LocalCurrency;
  if (leman === undefined) throw new Error("The demo town needs the development local currency");
  const eurc = env.deployment.tokens?.EURC;
  if (eurc === undefined) throw new Error("The demo town needs the development EURC (deploy it with withEuroCoin)");
  const issuer = env.wallet(0);
  for (const person of DEMO_PEOPLE) {
    if (person.role !== "shopper") continue;
    const address = demoAddress(accounts, person.accountIndex);
    const { localCurrency, eurc: euros, hasNativeCoin } = person.purse;
    if (localCurrency > 0n) {
      await writeMarketContract(issuer, {
        address: leman.address,
        abi: localCurrencyAbi,
        functionName: "mint",
        args: [address, localCurrency * 10n ** 18n],
      });
    }
    if (euros > 0n) {
      await writeMarketContract(issuer, {
        address: eurc.address,
        abi: fiatTokenAdminAbi,
        functionName: "mint",
        args: [address, euros * 10n ** 6n],
      });
    }
    if (!hasNativeCoin) {
      await env.publicClient.request({ method: "hardhat_setBalance", params: [address, "0x0"] } as never);
    }
  }
}
