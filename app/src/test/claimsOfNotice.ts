import type { MarketTransaction } from "../transaction/index.ts";
import { createTestI18n } from "./renderWithMarket.tsx";

/**
 * Words that claim the other side of an order was told of something. Nothing tells them anything yet (no e-mail, no
 * push): they see the change when they open the app, so no message may say otherwise.
 */
export const CLAIMS_OF_NOTICE = /prévenu|averti|informé|notifié|is told|notified|informed|has been told/i;

/** A transaction's success message in French and English, read with the app's translations. */
export async function successMessages(module: MarketTransaction<never, never>): Promise<string[]> {
  return Promise.all(
    (["fr", "en"] as const).map(async (language) => {
      const i18n = await createTestI18n(language);
      return module.successMessage?.(undefined as never, undefined as never, i18n.t) ?? "";
    }),
  );
}
