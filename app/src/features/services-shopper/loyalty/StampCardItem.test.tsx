// @vitest-environment happy-dom

import type { StampCard } from "@grandrue/sdk";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { StampCardItem } from "./StampCardItem.tsx";

afterEach(cleanup);

const card = (balance: number): StampCard => ({
  shopId: 3n,
  balance,
  orders: balance,
  stampsPerOrder: 1,
  rewardThreshold: 10,
  rewardCid: undefined,
  isProgramActive: true,
  rewardsAvailable: Math.floor(balance / 10),
  history: [],
});

describe("a stamp card on the cards page", () => {
  test("at the threshold, offers to use the reward", async () => {
    await renderWithMarket(<StampCardItem card={card(10)} />, { connectedAccountIndex: 1 });
    expect(screen.getByText("10 tampons sur 10")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Utiliser ma récompense" })).toBeTruthy();
    expect(screen.getByText(/le commerçant retire 10 tampons quand il valide le code/)).toBeTruthy();
  });

  test("below the threshold, shows the progress and no reward to use", async () => {
    await renderWithMarket(<StampCardItem card={card(3)} />, { connectedAccountIndex: 1 });
    expect(screen.getByText("3 tampons sur 10")).toBeTruthy();
    expect(screen.getByText("10 tampons : une récompense")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Utiliser ma récompense" })).toBeNull();
  });
});
