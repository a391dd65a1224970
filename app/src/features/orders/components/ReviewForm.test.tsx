// @vitest-environment happy-dom

import { MAX_REVIEW_TEXT_LENGTH } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { orderReference } from "../../../lib/orderPath.ts";
import { testOrder } from "../../../test/orderFixtures.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { ReviewForm } from "./ReviewForm.tsx";

async function renderForm() {
  const onAction = vi.fn();
  const { orderId, terms } = testOrder({ status: "Completed" });
  await renderWithMarket(
    <ul>
      <ReviewForm
        action={{ orderId, terms, reference: orderReference(orderId), shopName: "Le Fournil de la Halle" }}
        onAction={onAction}
      />
    </ul>,
  );
  return onAction;
}

describe("the review form", () => {
  afterEach(cleanup);

  test("counts the characters against the review's limit", async () => {
    await renderForm();
    expect(screen.getByText("0 / 2 000 caractères")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Votre avis (facultatif)"), { target: { value: "Très bon pain." } });
    expect(screen.getByText("14 / 2 000 caractères")).toBeTruthy();
  });

  test("refuses a text over the limit before anything is published, and keeps it whole to shorten", async () => {
    const onAction = await renderForm();
    const long = `${"Excellent. ".repeat(200).trim()}${"!".repeat(MAX_REVIEW_TEXT_LENGTH)}`; // 4,199 characters
    fireEvent.click(screen.getByLabelText(/5 étoiles/));
    fireEvent.change(screen.getByLabelText("Votre avis (facultatif)"), { target: { value: long } });
    fireEvent.click(screen.getByRole("button", { name: "Publier mon avis" }));
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.getByText("2 199 caractères de trop : 2 000 au plus")).toBeTruthy();
    expect((screen.getByLabelText("Votre avis (facultatif)") as HTMLTextAreaElement).value).toBe(long);
  });
});
