// @vitest-environment happy-dom

import { codeToBytes32, deliveryCodeHash } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { DeliveryCodeForm } from "./DeliveryCodeForm.tsx";

const CODE = "7K3MQ9TXB2RCW5HN";

async function enter(typed: string) {
  const onCode = vi.fn();
  await renderWithMarket(
    <DeliveryCodeForm codeHash={deliveryCodeHash(CODE)} submitLabel="Valider la remise" onCode={onCode} />,
  );
  fireEvent.change(screen.getByLabelText("Code de livraison"), { target: { value: typed } });
  fireEvent.click(screen.getByRole("button", { name: "Valider la remise" }));
  return onCode;
}

describe("the delivery code entry", () => {
  afterEach(cleanup);

  test("the customer's code typed in small letters with spaces and dashes is accepted and sent as the 32-byte code", async () => {
    const onCode = await enter("7k3m q9tx-b2rc-w5hn");
    expect(onCode).toHaveBeenCalledWith(codeToBytes32(CODE));
  });

  test("another order's code gets a clear message and nothing is sent", async () => {
    const onCode = await enter("7K3M-Q9TX-B2RC-W5HP");
    expect(await screen.findByText(/Ce n'est pas le code de cette commande/)).toBeTruthy();
    expect(onCode).not.toHaveBeenCalled();
  });

  test("a text that is not a code at all says what a code looks like", async () => {
    const onCode = await enter("12 34");
    expect(await screen.findByText(/il compte 16 lettres et chiffres/)).toBeTruthy();
    expect(screen.getByLabelText("Code de livraison").getAttribute("aria-invalid")).toBe("true");
    expect(onCode).not.toHaveBeenCalled();
  });
});
