/**
 * Screenshots of the built app, for a look at every page at phone and desktop widths:
 * a fresh local chain with the protocol deployed, `vite build` + `vite preview` against it, then headless
 * Chromium (GRANDRUE_CHROMIUM, else /usr/bin/chromium) visits each route. Console errors (CSP violations included) are printed.
 *
 *   npm run screenshots -- [outputDir] [--connect] [--dev]     (default outputDir: <tmp>/grandrue-screenshots)
 *
 * `--connect` connects the first named demo account through the dev wallet before taking the pictures;
 * `--dev` serves the app with Vite's dev server (as `npm run dev` does) instead of a production build.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { network } from "hardhat";
import { chromium, type Page } from "playwright-core";
import { headlessChromium } from "./lib/chromium.ts";
import { deployProtocol } from "./lib/deploy-protocol.ts";
import { localClients } from "./lib/dev-stack/clients.ts";
import { APP_VITE_CONFIG } from "./lib/dev-stack/webApp.ts";

const ROUTES = [
  "/",
  "/?q=pain",
  "/shops/1",
  "/shops/1/items/baguette",
  "/basket",
  "/checkout",
  "/orders",
  "/orders/7",
  "/inbox",
  "/receipts/7",
  "/merchant",
  "/merchant/new",
  "/merchant/shops/1/catalog",
  "/merchant/shops/1/documents",
  "/carrier",
  "/carrier/register",
  "/carrier/shipments/7",
  "/wallet",
  "/faucet",
  "/settings",
  "/nowhere",
];
const WIDTHS = [360, 1280];
const outputDir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? join(tmpdir(), "grandrue-screenshots");
const shouldConnect = process.argv.includes("--connect");
const isDevServer = process.argv.includes("--dev");

function fileName(route: string, width: number): string {
  const slug = route.replace(/[/?=]+/g, "_").replace(/^_|_$/g, "") || "home";
  return join(outputDir, `${slug}@${width}.png`);
}

async function openMenuOnPhones(page: Page): Promise<void> {
  const menuButton = page.locator(".site-header__menu-button");
  if (await menuButton.isVisible()) await menuButton.click();
}

async function openConnectDialog(page: Page): Promise<void> {
  await openMenuOnPhones(page);
  await page.locator(".site-header__tools button", { hasText: /Connexion|Connect/ }).click();
  await page.getByRole("dialog").waitFor();
}

async function connectDemoAccount(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  if ((await page.locator(".wallet-button").count()) > 0) return; // still connected from the previous width
  await openConnectDialog(page);
  await page.locator(".wallet-option").nth(1).click();
  await page.locator(".wallet-button").first().waitFor({ state: "attached" });
}

/** Views that need a click: the phone menu and the wallet picker. */
const INTERACTIONS: { name: string; run(page: Page): Promise<void> }[] = [
  { name: "menu-open", run: openMenuOnPhones },
  { name: "connect-dialog", run: openConnectDialog },
];

const server = await network.createServer({ network: "default" }, "127.0.0.1", 0);
const { port } = await server.listen();
const chain = { rpcUrl: `http://127.0.0.1:${port}`, stop: () => server.close() };
const deploymentsDir = await mkdtemp(join(tmpdir(), "grandrue-deployments-"));
const userDataDir = await mkdtemp(join(tmpdir(), "grandrue-chromium-"));
try {
  const { publicClient, accounts, walletFor } = await localClients(chain.rpcUrl);
  const deployment = await deployProtocol({
    publicClient,
    walletClient: walletFor(accounts[0]!),
    withLocalCurrency: true,
    withEuroCoin: true,
  });
  await writeFile(join(deploymentsDir, `${deployment.chainId}.json`), JSON.stringify(deployment));
  Object.assign(process.env, { VITE_RPC_URL: chain.rpcUrl, GRANDRUE_DEPLOYMENTS_DIR: deploymentsDir });

  const { build, createServer, preview } = await import("vite");
  const appServer = isDevServer
    ? await (
        await createServer({ ...APP_VITE_CONFIG, server: { port: 0, strictPort: false }, logLevel: "warn" })
      ).listen()
    : await build({ ...APP_VITE_CONFIG, logLevel: "warn" }).then(() =>
        preview({ ...APP_VITE_CONFIG, preview: { port: 0, strictPort: false }, logLevel: "warn" }),
      );
  const appUrl = appServer.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
  await mkdir(outputDir, { recursive: true });

  const browser = await chromium.launchPersistentContext(userDataDir, {
    ...headlessChromium(),
    locale: "fr-FR",
  });
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 800 });
      page.on("console", (message) => {
        if (message.type() === "error") console.log(`  console error (${width}px ${page.url()}): ${message.text()}`);
      });
      page.on("pageerror", (error) => console.log(`  page error (${width}px ${page.url()}): ${error.message}`));
      if (shouldConnect) {
        await page.goto(`${appUrl}/`);
        await connectDemoAccount(page);
      }
      for (const route of ROUTES) {
        await page.goto(`${appUrl}${route}`, { waitUntil: "networkidle" });
        await page.locator("h1").first().waitFor();
        await page.screenshot({ path: fileName(route, width), fullPage: true });
      }
      for (const interaction of shouldConnect ? [] : INTERACTIONS) {
        await page.goto(`${appUrl}/`, { waitUntil: "networkidle" });
        await interaction.run(page);
        await page.screenshot({ path: join(outputDir, `${interaction.name}@${width}.png`) });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await appServer.close();
  }
  console.log(`Screenshots of ${ROUTES.length} routes × ${WIDTHS.join(", ")} px in ${outputDir}`);
} finally {
  await chain.stop();
  await rm(deploymentsDir, { recursive: true, force: true });
  await rm(userDataDir, { recursive: true, force: true });
}
