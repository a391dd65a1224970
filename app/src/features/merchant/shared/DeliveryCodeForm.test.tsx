// @vitest-environment happy-dom

import { toCodeHash, toDeliveryProof } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { DeliveryCodeForm } from "./DeliveryCodeForm.tsx";

const CODE = "7K3MQ9TXB2RCW5HN";

async function enter(typed: string) {
  const onDeliveryProof = vi.fn();
  await renderWithMarket(
    <DeliveryCodeForm codeHash={toCodeHash(CODE)} submitLabel="Valider la remise" onDeliveryProof={onDeliveryProof} />,
  );
  fireEvent.change(screen.getByLabelText("Code de livraison"), { target: { value: typed } });
  fireEvent.click(screen.getByRole("button", { name: "Valider la remise" }));
  return onDeliveryProof;
}

describe("the delivery code entry", () => {
  afterEach(cleanup);

  test("the customer's code typed in small letters with spaces and dashes is accepted and sent as the 32-byte code", async () => {
    const onDeliveryProof = await enter("7k3m q9tx-b2rc-w5hn");
    expect(onDeliveryProof).toHaveBeenCalledWith(toDeliveryProof(CODE));
  });

  test("another order's code gets a clear message and nothing is sent", async () => {
    const onDeliveryProof = await enter("7K3M-Q9TX-B2RC-W5HP");
    expect(await screen.findByText(/Ce n'est pas le code de cette commande/)).toBeTruthy();
    expect(onDeliveryProof).not.toHaveBeenCalled();
  });

  test("a text that is not a code at all says what a code looks like", async () => {
    const onDeliveryProof = await enter("12 34");
    expect(await screen.findByText(/il compte 16 lettres et chiffres/)).toBeTruthy();
    expect(screen.getByLabelText("Code de livraison").getAttribute("aria-invalid")).toBe("true");
    expect(onDeliveryProof).not.toHaveBeenCalled();
  });
});
