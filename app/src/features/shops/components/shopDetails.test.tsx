// @vitest-environment happy-dom

import type { ShopReview } from "@grandrue/sdk";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket, TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import { indexedShop, shopMetadata, TEST_CATALOG } from "../../../test/shopFixtures.ts";
import { CatalogGrid } from "./CatalogGrid.tsx";
import { ReviewCard } from "./ReviewCard.tsx";
import { ShopTerms } from "./ShopTerms.tsx";
import { WeekHours } from "./WeekHours.tsx";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const REVIEW_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
const REPLY_CID = "bafkreiaqlxo3ntyvnqtwnm2exg7kvyqezxd2xf44x7wbgd4ohqiy52xh4y";

describe("WeekHours", () => {
  test("lists the week from Monday and marks today", async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 10, 9), toFake: ["Date"] });
    await renderWithMarket(
      <WeekHours
        hours={[
          { day: 5, opens: "07:00", closes: "13:00" },
          { day: 5, opens: "15:30", closes: "19:30" },
        ]}
      />,
    );
    const rows = screen.getAllByRole("row");
    expect(rows.map((row) => row.querySelector("th")?.firstChild?.textContent)).toEqual([
      "lundi",
      "mardi",
      "mercredi",
      "jeudi",
      "vendredi",
      "samedi",
      "dimanche",
    ]);
    const today = rows.find((row) => row.getAttribute("aria-current") === "date")!;
    expect(within(today).getByText("aujourd'hui")).toBeTruthy();
    expect(today.textContent).toContain("7:00 – 13:00");
    expect(today.textContent).toContain("15:30 – 19:30");
    expect(rows[0]!.textContent).toContain("Fermé");
  });

  test("of a shop that gave no hours says so, and never shows it closed every day", async () => {
    await renderWithMarket(<WeekHours hours={[]} />);
    expect(screen.queryAllByRole("row")).toEqual([]);
    expect(screen.getByText("Horaires non communiqués")).toBeTruthy();
    expect(document.body.textContent).not.toContain("Fermé");
  });
});

describe("ShopTerms", () => {
  test("puts the on-chain windows into words, names the cooperative's mediator and quotes the shop's own terms", async () => {
    const shop = {
      ...indexedShop(),
      terms: { acceptHours: 48, shipHours: 24, deliveryHours: 24, returnHours: 168 },
      arbitrators: [TEST_DEPLOYMENT.contracts.MediatorArbitrator.address],
    };
    const metadata = { ...shopMetadata(), terms: { returns: "Le pain ne se reprend pas.\nDites-le-nous." } };
    await renderWithMarket(<ShopTerms shop={shop} metadata={metadata} />);
    expect(
      screen.getByText("Le commerce confirme votre commande sous 2 jours ; sinon, vous êtes remboursé."),
    ).toBeTruthy();
    expect(
      screen.getByText("Vous avez 7 jours pour signaler un problème ; le commerce n'est payé qu'ensuite."),
    ).toBeTruthy();
    expect(screen.getByText("Coopérative des commerçants tranche.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Retours, en ses mots" })).toBeTruthy();
    expect(screen.getByText(/Le pain ne se reprend pas/).textContent).toBe(
      "Le pain ne se reprend pas.\nDites-le-nous.",
    );
  });

  test("names another arbitrator by its address", async () => {
    const shop = { ...indexedShop(), arbitrators: ["0x1234567890AbcdEF1234567890aBcdef12345678" as const] };
    await renderWithMarket(<ShopTerms shop={shop} metadata={shopMetadata()} />);
    expect(screen.getByText("0x1234…5678 tranche.")).toBeTruthy();
  });
});

describe("CatalogGrid", () => {
  test("shows each item with its price per unit and availability, linked to its page", async () => {
    await renderWithMarket(<CatalogGrid shopId={1n} catalog={TEST_CATALOG} isPublished />);
    const cards = screen.getAllByRole("article");
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole("link", { name: "Pain au levain" }).getAttribute("href")).toBe(
      "/shops/1/items/pain-au-levain",
    );
    expect(within(cards[0]!).getByText("Disponible")).toBeTruthy();
  });

  test("a catalog that could not be read says so instead of an empty shop", async () => {
    await renderWithMarket(<CatalogGrid shopId={1n} catalog={undefined} isPublished />);
    expect(screen.getByRole("heading", { name: "Le catalogue n'est pas disponible" })).toBeTruthy();
  });

  test("a new shop that published no catalog yet has nothing in its window, which is no fault", async () => {
    await renderWithMarket(<CatalogGrid shopId={1n} catalog={undefined} isPublished={false} />);
    expect(screen.getByRole("heading", { name: "Rien en vitrine pour l'instant" })).toBeTruthy();
  });
});

describe("ReviewCard", () => {
  const review: ShopReview = {
    orderId: 4n,
    buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    rating: 4,
    token: "0x0000000000000000000000000000000000000000",
    amount: 12n * 10n ** 18n,
    textCid: REVIEW_CID,
    postedAt: Date.UTC(2026, 10, 9, 12) / 1000,
    transactionHash: `0x${"ab".repeat(32)}`,
    reply: {
      by: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
      textCid: REPLY_CID,
      postedAt: Date.UTC(2026, 10, 10, 12) / 1000,
      transactionHash: `0x${"cd".repeat(32)}`,
    },
  };

  test("shows the rating, the verified buyer's text and the shop's reply, read from IPFS", async () => {
    const { queryClient } = await renderWithMarket(<ReviewCard review={review} shopName="Le Fournil de la Halle" />);
    expect(screen.getByRole("img", { name: "4 sur 5" })).toBeTruthy();
    expect(screen.getByText("Client vérifié · 9 novembre 2026")).toBeTruthy();
    queryClient.setQueryData(["document", "review", REVIEW_CID], {
      schema: "grandrue.review/1",
      orderId: "4",
      rating: 4,
      text: "Très bon pain.",
      createdAt: "2026-11-09T12:00:00Z",
    });
    queryClient.setQueryData(["document", "review-reply", REPLY_CID], {
      schema: "grandrue.review-reply/1",
      orderId: "4",
      text: "Merci Camille !",
      createdAt: "2026-11-10T12:00:00Z",
    });
    expect(await screen.findByText("Très bon pain.")).toBeTruthy();
    expect(await screen.findByText("Merci Camille !")).toBeTruthy();
    expect(screen.getByText("Réponse de Le Fournil de la Halle · 10 novembre 2026")).toBeTruthy();
  });

  test("a review text that cannot be read says so instead of breaking the page", async () => {
    await renderWithMarket(
      <ReviewCard review={{ ...review, textCid: undefined, reply: undefined }} shopName="Le Fournil de la Halle" />,
    );
    expect(screen.getByText("Le texte de cet avis n'a pas pu être lu.")).toBeTruthy();
  });
});
