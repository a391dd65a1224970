import { mnemonicToAccount } from "viem/accounts";
import { describe, expect, test } from "vitest";
import { DEMO_ACCOUNT_NAMES, HARDHAT_ACCOUNTS } from "../../app/src/features/wallet/demoAccounts.ts";
import { DEMO_PEOPLE } from "../../scripts/lib/demo-town/index.ts";
import { LOCAL_CHAIN_ACCOUNT_COUNT } from "../../scripts/lib/dev-stack/localChain.ts";

const ROLE_OF: Record<string, string> = {
  mediator: "mediator",
  shopper: "shopper",
  "shop-owner": "merchant",
  carrier: "carrier",
  "label-issuer": "issuer",
};

describe("the app's dev wallet names the seed's people", () => {
  test("lists Hardhat’s default development accounts, as many as the dev stack's node unlocks", () => {
    expect(HARDHAT_ACCOUNTS).toHaveLength(LOCAL_CHAIN_ACCOUNT_COUNT);
    HARDHAT_ACCOUNTS.forEach((address, index) => {
      expect(address).toBe(
        mnemonicToAccount("test test test test test test test test test test test junk", { addressIndex: index })
          .address,
      );
    });
  });

  test("gives every demo person a name with their first name and role", () => {
    for (const person of DEMO_PEOPLE) {
      const entry = DEMO_ACCOUNT_NAMES.find((candidate) => candidate.index === person.accountIndex);
      expect(entry?.role, person.name).toBe(ROLE_OF[person.role]);
      expect(person.name, entry?.name).toContain(entry!.name.split(/[ ·]/)[0]!);
    }
    expect(DEMO_ACCOUNT_NAMES).toHaveLength(DEMO_PEOPLE.length);
  });
});
