import type { Page } from "playwright-core";
import { fr } from "./copy.ts";

/**
 * Connects a demo account with the app's own wallet page (the dev wallet on the local chain), disconnecting whoever
 * was connected first; an account without a role in the demo town (16, 17…) is under the page's "more accounts".
 * @example await connectDemoAccount(page, appUrl, /Camille/)
 */
export async function connectDemoAccount(page: Page, appUrl: string, account: RegExp, timeout = 30_000): Promise<void> {
  await page.goto(`${appUrl}/wallet`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout });
  const disconnect = page.getByRole("button", { name: fr("common:wallet.disconnect") });
  if (await disconnect.isVisible()) await disconnect.click();
  const accountButton = page.getByRole("button", { name: account }).first();
  if (!(await accountButton.isVisible())) await page.locator("details.wallet-options__more summary").click();
  await accountButton.click();
  await disconnect.waitFor({ timeout });
}

/** Confirms the open transaction dialog and waits for its success message (`success`: the text or a part of it). */
export async function confirmInWallet(page: Page, success: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: fr("common:transaction.confirm") }).click();
  await dialog.getByText(success, { exact: false }).waitFor({ timeout: 60_000 });
}

/** Closes the transaction dialog once its transaction is done. */
export async function closeTransactionDialog(page: Page): Promise<void> {
  await page
    .getByRole("dialog")
    .getByRole("button", { name: fr("common:actions.done") })
    .click();
}
