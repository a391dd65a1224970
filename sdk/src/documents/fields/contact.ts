import * as z from "zod/mini";
import { MAX_PHONE_LENGTH, MAX_URL_LENGTH } from "../limits.ts";

const ALLOWED_URL_PROTOCOLS = new Set(["https:", "ipfs:"]);

/**
 * A link the app may open: `https:` or `ipfs:` only (never `javascript:`, `data:` or plain `http:`), and no
 * `user:password@` part, which is used to disguise the real host.
 */
export const webUrl = z.string({ error: "must be a string" }).check(
  z.maxLength(MAX_URL_LENGTH, { error: `must be at most ${MAX_URL_LENGTH} characters`, abort: true }),
  z.superRefine((text, context) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      context.addIssue({ code: "custom", message: 'must be an absolute URL such as "https://example.org"' });
      return;
    }
    if (!ALLOWED_URL_PROTOCOLS.has(url.protocol)) {
      context.addIssue({ code: "custom", message: `must use https: or ipfs: (got ${url.protocol})` });
    } else if (url.username !== "" || url.password !== "") {
      context.addIssue({ code: "custom", message: "must not contain a user name or password" });
    }
  }),
);

/** A phone number as people write it: an optional leading `+`, digits, spaces, dots, dashes and parentheses. */
export const phoneNumber = z
  .string({ error: "must be a string" })
  .check(
    z.maxLength(MAX_PHONE_LENGTH, { error: `must be at most ${MAX_PHONE_LENGTH} characters` }),
    z.regex(/^\+?[0-9][0-9 ().-]{2,}$/, { error: 'must be a phone number such as "+33 1 23 45 67 89"' }),
  );
