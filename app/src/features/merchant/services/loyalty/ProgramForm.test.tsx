// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { ProgramForm } from "./ProgramForm.tsx";

async function renderForm(isNew = true) {
  const onSubmit = vi.fn();
  await renderWithMarket(
    <ProgramForm
      isNew={isNew}
      initial={{ stampsPerOrder: "1", rewardThreshold: "10", title: "", description: "" }}
      submitLabel="Ouvrir la carte"
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });

describe("the stamp card form", () => {
  afterEach(cleanup);

  test("a baker's card of 10 stamps for a free loaf is sent with its reward document", async () => {
    const onSubmit = await renderForm();
    type("La récompense", "Une baguette offerte");
    type("Précisions", "Tradition ou complète, au choix.");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir la carte" }));
    expect(onSubmit).toHaveBeenCalledWith({
      stampsPerOrder: 1,
      rewardThreshold: 10,
      reward: {
        schema: "grandrue.loyalty-reward/1",
        title: "Une baguette offerte",
        description: "Tradition ou complète, au choix.",
      },
    });
  });

  test("a reward without a title and a card of 0 stamps say what to fix, and nothing is sent", async () => {
    const onSubmit = await renderForm();
    type("Tampons pour une récompense", "0");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir la carte" }));
    expect(await screen.findByText("À remplir.")).toBeTruthy();
    expect(screen.getByText(/Un nombre entier/)).toBeTruthy();
    expect(screen.getByLabelText(/^Tampons pour une récompense/).getAttribute("aria-invalid")).toBe("true");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("changing the reward does not ask for stamps per order, which never change", async () => {
    await renderForm(false);
    expect(screen.queryByLabelText(/^Tampons par commande/)).toBeNull();
    expect(screen.getByLabelText(/^Tampons pour une récompense/)).toBeTruthy();
  });
});
