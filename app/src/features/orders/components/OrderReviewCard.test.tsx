// @vitest-environment happy-dom

import type { ShopReviews } from "@grandrue/sdk";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { shopReviewsKey } from "../../shops/index.ts";
import { OrderReviewCard } from "./OrderReviewCard.tsx";

afterEach(cleanup);

const review = (orderId: bigint, rating: number) => ({
  orderId,
  rating,
  postedAt: 1_790_000_000,
  textCid: undefined,
  reply: undefined,
});

describe("OrderReviewCard", () => {
  test("shows the buyer's own review of this order among the shop's reviews", async () => {
    const { queryClient } = await renderWithMarket(
      <OrderReviewCard orderId={7n} shopId={3n} shopName="Fournil de la Halle" />,
    );
    expect(screen.queryByText("Votre avis")).toBeNull();
    const reviews = { count: 2, averageRating: 4, reviews: [review(5n, 3), review(7n, 5)] } as unknown as ShopReviews;
    queryClient.setQueryData(shopReviewsKey(31337, 3n), reviews);
    expect(await screen.findByText("Votre avis")).toBeTruthy();
    expect(screen.getByRole("img", { name: "5 sur 5" })).toBeTruthy();
    expect(screen.queryByRole("img", { name: "3 sur 5" })).toBeNull();
  });

  test("shows nothing while the shop's reviews do not include this order", async () => {
    const { queryClient } = await renderWithMarket(
      <OrderReviewCard orderId={9n} shopId={3n} shopName="Fournil de la Halle" />,
    );
    queryClient.setQueryData(shopReviewsKey(31337, 3n), {
      count: 1,
      averageRating: 3,
      reviews: [review(5n, 3)],
    } as unknown as ShopReviews);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText("Votre avis")).toBeNull();
  });
});
