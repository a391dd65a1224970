import type { Address } from "viem";
import { DEMO_PEOPLE, FREE_DEMO_ACCOUNTS } from "../demo-town/index.ts";

/**
 * The demo accounts as `npm run dev` prints them, by account index: each person's address, name, role and what they
 * can do, and the accounts left free for opening a new shop.
 * @example console.log(demoAccountList(stack.accounts)) // "  #0  0xf39F…  La Coopérative … (mediator)\n       Deploys …"
 */
export function demoAccountList(accounts: readonly Address[]): string {
  const entries = [
    ...DEMO_PEOPLE.map((person) => ({ ...person, title: `${person.name} (${person.role})` })),
    ...FREE_DEMO_ACCOUNTS.map((account) => ({ ...account, title: "free account (open a shop)" })),
  ].sort((a, b) => a.accountIndex - b.accountIndex);
  return entries
    .map(({ accountIndex, title, canDo }) => {
      const address = accounts[accountIndex] ?? "?";
      return `  #${String(accountIndex).padEnd(2)} ${address}  ${title}\n       ${canDo}`;
    })
    .join("\n");
}
