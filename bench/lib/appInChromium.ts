import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { headlessChromium } from "../../scripts/lib/chromium.ts";
import { APP_VITE_CONFIG, type WebAppEnvOptions, webAppEnv } from "../../scripts/lib/dev-stack/webApp.ts";

/** The web app built for a stack and served by `vite preview` on 127.0.0.1. */
export type ServedApp = { url: string; stop(): Promise<void> };

/** Builds the app with the stack's configuration (`VITE_*`) into `workDir/dist` and serves it on `port`. */
export async function buildAndServeApp(
  options: WebAppEnvOptions & { workDir: string; port: number },
): Promise<ServedApp> {
  Object.assign(process.env, webAppEnv(options));
  const { build, preview } = await import("vite");
  const outDir = join(options.workDir, "dist");
  await build({ ...APP_VITE_CONFIG, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...APP_VITE_CONFIG,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: options.port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

export type FirstResultsOptions = {
  /** The page to open, e.g. `http://127.0.0.1:4173/?q=pain`. */
  pageUrl: string;
  /** The place the shopper searches from, saved in the profile before the page opens. */
  place: { label: string; lat: number; lon: number };
  /** localStorage entries set before the page opens (e.g. the indexer preference). */
  storage?: Record<string, string>;
  /** Fresh profiles (empty caches) opened one after the other. */
  runs: number;
  /** Where the profiles are made. */
  workDir: string;
  /** How long to wait for the first result (playwright's `TimeoutError` after it). @default 180_000 */
  timeoutMs?: number;
  /** Name of the profiles' folders, so two measures of one bench do not share a profile. */
  profile: string;
};

/** Per run: time from navigation to the first result card, and the gzip size of the JavaScript loaded by then. */
export type FirstResultsRun = { firstResultsMs: number; javaScriptGzipKB: number };

/**
 * The find page as a shopper meets it on a first visit, in headless Chromium: a fresh profile per run (empty cache),
 * the place already chosen, the time from navigation to the first result card, and the gzip size of all the
 * JavaScript the page loaded until then (and for a second after).
 */
export async function timeFirstResults(options: FirstResultsOptions): Promise<FirstResultsRun[]> {
  const runs: FirstResultsRun[] = [];
  const place = JSON.stringify({ ...options.place, source: "coordinates" });
  const storage = { "grandrue.place": place, ...options.storage };
  for (let run = 0; run < options.runs; run += 1) {
    const context = await chromium.launchPersistentContext(join(options.workDir, `${options.profile}-${run}`), {
      ...headlessChromium(),
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, storage);
      const scripts = new Map<string, number>();
      page.on("response", async (response) => {
        if (!response.url().endsWith(".js") && response.request().resourceType() !== "script") return;
        const body = await response.body().catch(() => undefined);
        if (body !== undefined) scripts.set(response.url(), gzipSync(body).length);
      });
      const started = Date.now();
      await page.goto(options.pageUrl);
      await page
        .locator(".result-card")
        .first()
        .waitFor({ timeout: options.timeoutMs ?? 180_000 });
      const firstResultsMs = Date.now() - started;
      // The page goes on after the first results; the scripts are all requested by then.
      await page.waitForLoadState("load");
      await page.waitForTimeout(1_000);
      const javaScriptGzipKB = [...scripts.values()].reduce((total, size) => total + size, 0) / 1000;
      runs.push({ firstResultsMs, javaScriptGzipKB });
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** The middle value (the upper one of an even count). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
