// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import type { StoredInboxEntry } from "../model/inboxStorage.ts";
import { InboxPage } from "./InboxPage.tsx";

const inbox = vi.hoisted(() => ({ entries: [] as StoredInboxEntry[], markSeen: vi.fn(async () => undefined) }));

vi.mock("../hooks/useInbox.ts", () => ({
  useInbox: () => ({ data: { entries: inbox.entries, parties: {}, arrived: [] }, error: null, unseen: [] }),
  useMarkInboxSeen: () => inbox.markSeen,
}));

const ORDER = "1234567890";
function entry(fields: Partial<StoredInboxEntry>): StoredInboxEntry {
  return {
    id: "1",
    party: "buyer:0x",
    role: "buyer",
    type: "Accepted",
    orderId: ORDER,
    shopId: "3",
    blockNumber: "1",
    timestamp: 1_800_000_000,
    isSeen: false,
    ...fields,
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("InboxPage", () => {
  test("shows what changed per party, the new ones marked, each linking to its order, and marks them seen", async () => {
    inbox.entries = [
      entry({ id: "3", role: "shop", type: "Paid", party: "shop:3" }),
      entry({ id: "2", type: "Checkpoint", detail: "OutForDelivery" }),
      entry({ id: "1", type: "Accepted", isSeen: true }),
    ];
    await renderWithMarket(<InboxPage />, { path: "/inbox", connectedAccountIndex: 1 });
    const shops = await screen.findByRole("region", { name: "Mes boutiques" });
    const link = within(shops).getByRole("link", {
      name: /Nouvelle commande 0x00000000 pour La boutique n° 3 : à accepter/,
    });
    expect(link.getAttribute("href")).toBe(`/merchant/shops/3/orders/${ORDER}`);
    const purchases = screen.getByRole("region", { name: "Mes achats" });
    const items = within(purchases).getAllByRole("listitem");
    expect(items[0]?.textContent).toMatch(/^Nouveau.*\) : en cours de livraison\./);
    expect(items[1]?.textContent).not.toMatch(/Nouveau/);
    expect(inbox.markSeen).toHaveBeenCalled();
    expect(screen.getByText(/gardées sur cet appareil seulement \(IndexedDB\)/)).toBeTruthy();
  });

  test("says so when there is nothing new", async () => {
    inbox.entries = [];
    await renderWithMarket(<InboxPage />, { path: "/inbox", connectedAccountIndex: 1 });
    expect(await screen.findByText("Rien de nouveau")).toBeTruthy();
  });

  test("turns browser notifications on only when the browser grants them, and says when it refuses", async () => {
    const requestPermission = vi.fn(async () => "denied" as NotificationPermission);
    vi.stubGlobal("Notification", Object.assign(vi.fn(), { permission: "default", requestPermission }));
    inbox.entries = [];
    await renderWithMarket(<InboxPage />, { path: "/inbox", connectedAccountIndex: 1, language: "en" });
    fireEvent.click(await screen.findByRole("button", { name: "Turn notifications on" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/The browser refused notifications/);
    expect(localStorage.getItem("grandrue.inbox.notifications")).toBeNull();

    requestPermission.mockResolvedValue("granted");
    fireEvent.click(screen.getByRole("button", { name: "Turn notifications on" }));
    expect((await screen.findByRole("status")).textContent).toBe("Notifications are on in this browser.");
    expect(localStorage.getItem("grandrue.inbox.notifications")).toBe("on");
  });
});
