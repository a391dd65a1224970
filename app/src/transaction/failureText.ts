import type { i18n as I18n } from "i18next";
import { errorMessage } from "./errorMessage.ts";

/**
 * What people read for a failure outside the transaction dialog (an image upload, "publish again"): the error decoded
 * as the dialog decodes it — an IPFS node named with why it refused, a contract error — in the reader's language.
 * The decoder loads with the first failure, as in `useTransaction`.
 * @example setProblem(await failureText(error, i18n))
 */
export async function failureText(error: unknown, i18n: I18n): Promise<string> {
  const [{ parseMarketError }] = await Promise.all([import("./marketErrorDecoder.ts"), i18n.loadNamespaces("errors")]);
  return errorMessage(parseMarketError(error), i18n.t, i18n.language);
}
