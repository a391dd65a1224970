// @vitest-environment happy-dom
import { prepareOrder } from "@grandrue/sdk";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { LEMAN } from "../../../test/basketFixtures.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { documentCopy, documentCopyKey, rememberOrderDocuments } from "../documentCopies/deviceCopies.ts";
import { useOrderItems } from "./useOrderItems.ts";

/** Nothing listens there: every gateway read fails at once, as when no node has the document any more. */
const UNREACHABLE = { VITE_IPFS_GATEWAYS: "http://127.0.0.1:9", VITE_IPFS_APIS: '["http://127.0.0.1:9/api/v0"]' };

const prepared = prepareOrder({
  chainId: 31337,
  buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  shopId: 1n,
  catalogCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
  priceUnit: "EUR",
  lines: [{ itemId: "croissant-beurre", title: "Croissant au beurre", quantity: 2, unitPrice: "1.30" }],
  deliveryFee: "0.00",
  fulfilment: "pickup",
  payment: { token: LEMAN, rate: 10n ** 18n },
});

function Items() {
  const { data, error, isDeviceCopy } = useOrderItems(prepared.itemsDigest);
  if (data !== undefined)
    return <p>{`${data.lines[0]?.title} × ${data.lines[0]?.quantity}${isDeviceCopy ? " (copy)" : ""}`}</p>;
  return <p>{error === null ? "loading" : "unavailable"}</p>;
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("the buyer's copy of an order's documents", () => {
  test("shows the items from the copy this browser kept when no gateway has them", async () => {
    rememberOrderDocuments(localStorage, prepared);
    await renderWithMarket(<Items />, { env: UNREACHABLE });
    await waitFor(() => expect(screen.getByText("Croissant au beurre × 2 (copy)")).toBeTruthy());
  });

  test("without a copy, the items are unavailable", async () => {
    await renderWithMarket(<Items />, { env: UNREACHABLE });
    await waitFor(() => expect(screen.getByText("unavailable")).toBeTruthy());
  });

  test("a copy whose bytes no longer match the order's digest is ignored", () => {
    localStorage.setItem(documentCopyKey(prepared.itemsDigest), btoa("tampered"));
    expect(documentCopy(localStorage, prepared.itemsDigest)).toBeUndefined();
  });
});
