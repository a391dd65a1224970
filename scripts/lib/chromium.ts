import { existsSync } from "node:fs";

/** Where Chromium is unless `GRANDRUE_CHROMIUM` says otherwise: Debian's and Ubuntu's `chromium` package. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/**
 * A quiet headless run: no sandbox (containers), no GPU, no QUIC, and none of Chromium's own background requests,
 * which the browser tests' "no third-party request" check would otherwise see.
 */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium to drive: `GRANDRUE_CHROMIUM` when set, else /usr/bin/chromium; an error naming both when it is missing.
 * @example chromiumExecutable({ GRANDRUE_CHROMIUM: "/opt/chromium/chrome" }) // "/opt/chromium/chrome"
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.GRANDRUE_CHROMIUM || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it (Debian/Ubuntu: apt-get install chromium) or set GRANDRUE_CHROMIUM to its path.`,
    );
  }
  return path;
}

/**
 * playwright-core's launch options for headless Chromium, the same for the browser tests, the screenshots and the
 * benches.
 * @example await chromium.launchPersistentContext(profileDir, { ...headlessChromium(), locale: "fr-FR" })
 */
export function headlessChromium(env: NodeJS.ProcessEnv = process.env) {
  return { executablePath: chromiumExecutable(env), headless: true, args: CHROMIUM_ARGS };
}
