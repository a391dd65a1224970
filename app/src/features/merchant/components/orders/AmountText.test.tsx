// @vitest-environment happy-dom

import { cleanup, screen } from "@testing-library/react";
import type { Address } from "viem";
import { afterEach, describe, expect, test } from "vitest";
import { tokenInfoKey } from "../../../../currency/tokenInfo.ts";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { indexedShop } from "../../../../test/shopFixtures.ts";
import { AmountText } from "./AmountText.tsx";

/** A euro stablecoin with 6 decimals, as EURC has: the shop no longer accepts it, so it cannot be converted. */
const EURC: Address = "0x1111111111111111111111111111111111111111";

describe("AmountText", () => {
  afterEach(cleanup);

  test("shows a token the shop no longer accepts with that token's own decimals and symbol", async () => {
    const { queryClient, market } = await renderWithMarket(
      <AmountText amounts={new Map([[EURC, 12_500_000n]])} shop={indexedShop()} />,
    );
    queryClient.setQueryData(tokenInfoKey(market.deployment.chainId, EURC), {
      address: EURC,
      kind: "token",
      symbol: "EURC",
      name: "Euro Coin",
      decimals: 6,
    });
    expect((await screen.findByText(/EURC/)).textContent).toBe("12,50 EURC");
  });
});
