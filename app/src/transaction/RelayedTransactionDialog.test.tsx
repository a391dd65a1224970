// @vitest-environment happy-dom

import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import type { Address, Hash } from "viem";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../test/renderWithMarket.tsx";
import { TransactionDialog } from "./TransactionDialog.tsx";
import type { MarketTransaction } from "./types.ts";
import { useTransaction } from "./useTransaction.ts";

const EURC: Address = "0x00000000000000000000000000000000000e0c00";
const HASH: Hash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
const DOWN = "https://down.example";
const COOP = "https://relay.coop.example";
const CAMILLE = 1;

type ReleaseData = { shopName: string };

/** A buyer action whose relayed path signs nothing (the wallet's part is the SDK's, tested there). */
function releaseTransaction(sign = vi.fn()): MarketTransaction<ReleaseData> {
  return {
    title: () => "Libérer le paiement",
    displayItems: ({ shopName }) => [{ label: "Payé à", value: shopName }],
    transaction: async () => {
      throw new Error("the wallet must not send anything");
    },
    successMessage: () => "Paiement libéré.",
    relayed: {
      quote: () => ({ kind: "buyerAction", token: EURC }),
      sign: async (_context, _data, fee) => {
        sign(fee);
        return { intent: { kind: "buyerAction" } as never, finish: async () => undefined };
      },
    },
  };
}

function ReleaseButton({ transaction }: { transaction: MarketTransaction<ReleaseData> }) {
  const release = useTransaction(transaction);
  return (
    <>
      <button type="button" onClick={() => release.open({ shopName: "Le Fournil" })}>
        Libérer
      </button>
      <TransactionDialog handle={release} />
    </>
  );
}

/** The chain answers reads with nothing, `down.example` does not answer, the co-op's relayer follows `submit`. */
function stubNetwork(submit: () => Response) {
  let polls = 0;
  const fetchMock = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(DOWN)) throw new TypeError("fetch failed");
    if (url === `${COOP}/quote`) return Response.json({ token: EURC, fee: "20000", gasPrice: "1", validUntil: 9e9 });
    if (url === `${COOP}/intents`) return submit();
    if (url.startsWith(`${COOP}/intents/`)) {
      polls += 1;
      return Response.json(
        polls === 1
          ? { id: "i1", kind: "buyerAction", status: "submitted", transactionHash: HASH }
          : { id: "i1", kind: "buyerAction", status: "confirmed", transactionHash: HASH },
      );
    }
    const { id } = JSON.parse(String(init?.body)) as { id: number };
    return Response.json({ jsonrpc: "2.0", id, result: null });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function openRelayed(transaction: MarketTransaction<ReleaseData>) {
  localStorage.setItem("grandrue:relaying:31337", JSON.stringify({ isAlwaysRelayed: true }));
  await renderWithMarket(<ReleaseButton transaction={transaction} />, {
    connectedAccountIndex: CAMILLE,
    env: { VITE_RELAYERS: `${DOWN},${COOP}` },
  });
  fireEvent.click(screen.getByRole("button", { name: "Libérer" }));
  return screen.findByRole("dialog", { name: "Libérer le paiement" });
}

describe("TransactionDialog through a relayer", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  test("shows the fee of the first relayer that answers and who did not, then follows it to the end", async () => {
    stubNetwork(() => Response.json({ id: "i1" }, { status: 202 }));
    const sign = vi.fn();
    const dialog = await openRelayed(releaseTransaction(sign));
    expect(await within(dialog).findByText("Frais de réseau, payés à relay.coop.example")).toBeTruthy();
    expect(within(dialog).getByText("down.example n'a pas pu l'envoyer : il ne répond pas.")).toBeTruthy();
    expect(within(dialog).getByText("En file")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
    expect(await within(dialog).findByText("Paiement libéré.", {}, { timeout: 5_000 })).toBeTruthy();
    expect(sign).toHaveBeenCalledWith(20_000n);
  });

  test("a relayer whose fee rose names it: the shopper retries and signs that fee, with a tenth of headroom", async () => {
    let submissions = 0;
    stubNetwork(() => {
      submissions += 1;
      return submissions === 1
        ? Response.json(
            { error: { code: "FeeTooLow", message: "gas rose", details: { required: "30000" } } },
            { status: 402 },
          )
        : Response.json({ id: "i1" }, { status: 202 });
    });
    const sign = vi.fn();
    const dialog = await openRelayed(releaseTransaction(sign));
    await within(dialog).findByText("Frais de réseau, payés à relay.coop.example");
    fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
    expect(
      await within(dialog).findByText("relay.coop.example n'a pas pu l'envoyer : ses frais ont augmenté."),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Réessayer" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
    expect(await within(dialog).findByText("Paiement libéré.", {}, { timeout: 5_000 })).toBeTruthy();
    expect(sign.mock.calls).toEqual([[20_000n], [33_000n]]); // what it asked, and a tenth for the new signature's gas
  });

  test("when every relayer fails it says why, in plain words, for each", async () => {
    stubNetwork(() => Response.json({ error: { code: "RateLimited", message: "slow down" } }, { status: 429 }));
    const dialog = await openRelayed(releaseTransaction());
    await within(dialog).findByText("Frais de réseau, payés à relay.coop.example");
    fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("Aucun relais n'a pu l'envoyer.");
    expect(
      within(dialog).getByText("relay.coop.example n'a pas pu l'envoyer : il est surchargé : trop de demandes."),
    ).toBeTruthy();
    expect(within(dialog).getByText("down.example n'a pas pu l'envoyer : il ne répond pas.")).toBeTruthy();
  });
});
