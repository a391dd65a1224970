import type { Page } from "playwright-core";
import { fr } from "./copy.ts";

/** Opens an item's page and adds it to the basket, as a shopper does, waiting until the basket link appears. */
export async function addToBasket(page: Page, appUrl: string, shopId: bigint, itemId: string): Promise<void> {
  await page.goto(`${appUrl}/shops/${shopId}/items/${itemId}`);
  await page.getByRole("button", { name: fr("shopPage:item.addToBasket") }).click({ timeout: 30_000 });
  await page.getByRole("link", { name: fr("shopPage:item.seeBasket") }).waitFor();
}
