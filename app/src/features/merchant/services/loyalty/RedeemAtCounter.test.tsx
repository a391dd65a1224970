// @vitest-environment happy-dom

import { encodeRedemptionCode, type IndexedShop } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { RedeemAtCounter } from "./RedeemAtCounter.tsx";

const SHOP = { shopId: 3n, payments: [] } as unknown as IndexedShop;
const PROGRAM = { stampsPerOrder: 1, rewardThreshold: 10, isActive: true, rewardCid: undefined };

async function paste(code: string) {
  await renderWithMarket(<RedeemAtCounter shop={SHOP} program={PROGRAM} />);
  fireEvent.change(screen.getByLabelText(/^Code du client/), { target: { value: code } });
  fireEvent.click(screen.getByRole("button", { name: "Vérifier le code" }));
}

describe("redeeming a reward at the counter", () => {
  afterEach(cleanup);

  test("a text that is not a reward code says so and shows nothing to validate", async () => {
    await paste("7K3M-Q9TX-B2RC-W5HN");
    expect(await screen.findByText(/Ce n'est pas un code de récompense/)).toBeTruthy();
    expect(screen.queryByText("Ce que demande ce code")).toBeNull();
  });

  test("a code shows the buyer's short address and the stamps it takes, before anything is sent", async () => {
    const code = encodeRedemptionCode({
      redemption: {
        shopId: 3n,
        buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        stamps: 10,
        nonce: 7n,
        deadline: 4_000_000_000n,
      },
      signature: `0x${"ab".repeat(65)}`,
    });
    await paste(`  ${code}\n`);
    expect(await screen.findByText("Ce que demande ce code")).toBeTruthy();
    expect(screen.getByText("0x7099…79C8")).toBeTruthy();
    expect(screen.getByText(/^10 tampons à retirer/)).toBeTruthy();
  });
});
