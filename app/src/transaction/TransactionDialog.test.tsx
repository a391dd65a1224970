// @vitest-environment happy-dom

import { escrowAbi, shopRegistryAbi } from "@grandrue/sdk/abis";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  type Hash,
  UserRejectedRequestError,
} from "viem";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket, TEST_DEPLOYMENT } from "../test/renderWithMarket.tsx";
import { TransactionDialog } from "./TransactionDialog.tsx";
import type { MarketTransaction } from "./types.ts";
import { type UseTransactionOptions, useTransaction } from "./useTransaction.ts";

type PayData = { shopId: bigint; total: string };

const HASH: Hash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
const CAMILLE = 1;

function payTransaction(run: MarketTransaction<PayData, Hash>["transaction"]): MarketTransaction<PayData, Hash> {
  return {
    title: () => "Payer la boulangerie",
    displayItems: ({ total }) => [{ label: "Montant gardé jusqu'à la livraison", value: total }],
    transaction: run,
    successMessage: () => "Commande payée : la boulangerie a 24 heures pour l'accepter.",
    invalidates: ({ shopId }, chainId) => [["shop", chainId, shopId.toString()]],
  };
}

function PayButton({
  transaction,
  options,
}: {
  transaction: MarketTransaction<PayData, Hash>;
  options?: UseTransactionOptions<Hash>;
}) {
  const payment = useTransaction(transaction, options);
  return (
    <>
      <button type="button" onClick={() => payment.open({ shopId: 3n, total: "12,40 €" })}>
        Payer
      </button>
      <TransactionDialog handle={payment} />
    </>
  );
}

/** A revert of the registry's `ShopInactive(3)`, as viem reports it from a simulated `checkout`. */
function shopInactiveRevert(): ContractFunctionExecutionError {
  const data = encodeErrorResult({ abi: shopRegistryAbi, errorName: "ShopInactive", args: [3n] });
  const cause = new ContractFunctionRevertedError({ abi: shopRegistryAbi, data, functionName: "checkout" });
  return new ContractFunctionExecutionError(cause, {
    abi: escrowAbi,
    functionName: "checkout",
    args: [[]],
    contractAddress: TEST_DEPLOYMENT.contracts.Escrow.address,
  });
}

async function openAndConfirm() {
  fireEvent.click(screen.getByRole("button", { name: "Payer" }));
  const dialog = await screen.findByRole("dialog", { name: "Payer la boulangerie" });
  fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
  return dialog;
}

describe("TransactionDialog", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test("shows what will happen before anything is signed", async () => {
    const run = vi.fn(async () => HASH);
    await renderWithMarket(<PayButton transaction={payTransaction(run)} />, { connectedAccountIndex: CAMILLE });
    fireEvent.click(screen.getByRole("button", { name: "Payer" }));
    const dialog = await screen.findByRole("dialog", { name: "Payer la boulangerie" });
    expect(within(dialog).getByText("Montant gardé jusqu'à la livraison")).toBeTruthy();
    expect(within(dialog).getByText("12,40 €")).toBeTruthy();
    expect(within(dialog).getByText("Vérifier").getAttribute("aria-current")).toBe("step");
    expect(run).not.toHaveBeenCalled();
  });

  test("a failing write shows the contract's error in plain French, and retry goes back to the review", async () => {
    const transaction = payTransaction(async () => {
      throw shopInactiveRevert();
    });
    await renderWithMarket(<PayButton transaction={transaction} />, { connectedAccountIndex: CAMILLE });
    const dialog = await openAndConfirm();
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("Ce commerce ne prend pas de commandes en ce moment.");
    expect(alert.textContent).not.toMatch(/revert|0x/i);
    fireEvent.click(within(dialog).getByRole("button", { name: "Réessayer" }));
    expect(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" })).toBeTruthy();
  });

  test("a refusal in the wallet says nothing was paid, in the reader's language", async () => {
    const transaction = payTransaction(async () => {
      throw new UserRejectedRequestError(new Error("User denied transaction signature."));
    });
    await renderWithMarket(<PayButton transaction={transaction} />, { connectedAccountIndex: CAMILLE, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Payer" }));
    fireEvent.click(await screen.findByRole("button", { name: "Continue in my wallet" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "You declined the request in your wallet. Nothing was sent and nothing was paid",
    );
  });

  test("an error without a translation gets the generic message, never a blank", async () => {
    const transaction = payTransaction(async () => {
      throw new Error("socket hang up");
    });
    await renderWithMarket(<PayButton transaction={transaction} />, { connectedAccountIndex: CAMILLE });
    const dialog = await openAndConfirm();
    expect((await within(dialog).findByRole("alert")).textContent).toContain(
      "Un problème est survenu et l'action n'a pas abouti.",
    );
    expect(within(dialog).getByText("socket hang up")).toBeTruthy();
  });

  test("follows a sent transaction to the end: pending with its reference, then done, refreshing the given queries", async () => {
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      const { id, method } = JSON.parse(String(init.body)) as { id: number; method: string };
      return new Response(
        JSON.stringify({ jsonrpc: "2.0", id, result: method === "eth_sendTransaction" ? HASH : null }),
      );
    });
    vi.stubGlobal("fetch", fetchMock);
    let recorded: () => void = () => {};
    const transaction = payTransaction(async ({ walletClient }) => {
      const hash = await walletClient.request({
        method: "eth_sendTransaction",
        params: [{ from: walletClient.account.address, to: TEST_DEPLOYMENT.contracts.Escrow.address }],
      });
      await new Promise<void>((resolve) => (recorded = resolve));
      return hash;
    });
    const onSuccess = vi.fn();
    const { queryClient } = await renderWithMarket(
      <PayButton transaction={transaction} options={{ invalidateKeys: [["basket"]], onSuccess }} />,
      {
        connectedAccountIndex: CAMILLE,
      },
    );
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");
    const dialog = await openAndConfirm();

    expect(await within(dialog).findByText("Enregistrement…")).toBeTruthy();
    expect(within(dialog).getByTitle(HASH)).toBeTruthy();
    expect(within(dialog).queryByRole("link")).toBeNull(); // the local chain has no explorer
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1].body)).method).toBe("eth_sendTransaction");

    recorded();
    expect(
      await within(dialog).findByText("Commande payée : la boulangerie a 24 heures pour l'accepter."),
    ).toBeTruthy();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["shop", 31337, "3"] });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["basket"] });
    expect(onSuccess).toHaveBeenCalledWith(HASH);
  });

  test("without a wallet it names the fix, Connect a wallet, and cannot be confirmed", async () => {
    const run = vi.fn(async () => HASH);
    await renderWithMarket(<PayButton transaction={payTransaction(run)} />);
    fireEvent.click(screen.getByRole("button", { name: "Payer" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Connectez un portefeuille")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Connecter un portefeuille" })).toBeTruthy();
    const confirm = within(dialog).getByRole("button", {
      name: "Continuer dans mon portefeuille",
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(run).not.toHaveBeenCalled();
  });

  test("with the wallet on another network it names the fix, Switch to the app's chain", async () => {
    const run = vi.fn(async () => HASH);
    const { wagmiConfig } = await renderWithMarket(<PayButton transaction={payTransaction(run)} />, {
      connectedAccountIndex: CAMILLE,
    });
    const connector = wagmiConfig.connectors.find((candidate) => candidate.id === "grandrue-dev-1");
    connector?.emitter.emit("change", { chainId: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Payer" }));
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(within(dialog).getByText("Passez sur Grandrue local")).toBeTruthy());
    expect(within(dialog).getByRole("button", { name: "Passer sur Grandrue local" })).toBeTruthy();
    expect(
      (within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
