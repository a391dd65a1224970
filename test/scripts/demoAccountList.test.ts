import { describe, expect, test } from "vitest";
import { HARDHAT_ACCOUNTS } from "../../app/src/features/wallet/demoAccounts.ts";
import { demoAccountList } from "../../scripts/lib/dev-stack/demoAccountList.ts";
import { LOCAL_CHAIN_ACCOUNT_COUNT } from "../../scripts/lib/dev-stack/localChain.ts";

describe("the demo accounts npm run dev prints", () => {
  const text = demoAccountList(HARDHAT_ACCOUNTS);

  test("name accounts 16 and 17, free for opening a new shop, with their addresses", () => {
    for (const index of [16, 17]) {
      const line = text.split("\n").find((entry) => entry.trimStart().startsWith(`#${index} `));
      expect(line, `account ${index}`).toContain(HARDHAT_ACCOUNTS[index]);
      expect(line).toMatch(/free/i);
    }
    expect(text).toMatch(/open (a|your own) shop/i);
  });

  test("list every account the dev chain unlocks, from 0 to 20, once, in order", () => {
    const indexes = [...text.matchAll(/^\s*#(\d+)\s/gm)].map((match) => Number(match[1]));
    expect(indexes).toEqual([...Array(LOCAL_CHAIN_ACCOUNT_COUNT).keys()]);
  });

  test("say Zoé holds EURC and no native coin at all", () => {
    const zoe = text.slice(text.indexOf("#20 "));
    expect(zoe).toContain(HARDHAT_ACCOUNTS[20]);
    expect(zoe).toMatch(/EURC.*exactly zero native coin/s);
  });
});
