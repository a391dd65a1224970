/**
 * What a first visit downloads, from the last `vite build` (app/dist): the entry script and every chunk it
 * imports statically (modulepreload), the stylesheet, and the translations the app loads before its first paint.
 * Budget: 180 kB gzip of JavaScript. Exits with 1 when over budget.
 *
 *   npx vite build --config app/vite.config.ts --configLoader native && node app/tools/initialSize.ts
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 180;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));

const html = await readFile(join(dist, "index.html"), "utf8");
const linked = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
const assets = await readdir(join(dist, "assets"));
// i18n loads `common` in the detected language before rendering; count the larger of the two.
const commonBundles = assets.filter((name) => /^common-.*\.js$/.test(name)).map((name) => `assets/${name}`);

async function gzipKb(path: string): Promise<number> {
  return gzipSync(await readFile(join(dist, path))).length / 1000;
}

const rows = await Promise.all(linked.map(async (path) => ({ path, kb: await gzipKb(path) })));
const commonKb = Math.max(0, ...(await Promise.all(commonBundles.map(gzipKb))));
const jsKb = rows.filter((row) => row.path.endsWith(".js")).reduce((total, row) => total + row.kb, 0) + commonKb;
for (const row of rows) console.log(`${row.kb.toFixed(1).padStart(7)} kB  ${row.path}`);
console.log(`${commonKb.toFixed(1).padStart(7)} kB  translations (common, one language)`);
console.log(`${jsKb.toFixed(1).padStart(7)} kB  JavaScript on first visit, gzip (budget ${BUDGET_KB} kB)`);
if (jsKb > BUDGET_KB) process.exitCode = 1;
