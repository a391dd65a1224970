import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, rmdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { APP_VITE_CONFIG } from "../../scripts/lib/dev-stack/webApp.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Builds of the app for browser stories, one per version of its sources (git-ignored). */
const BUILDS_DIR = join(ROOT, "test-results", "app-builds");
/** The URL a story's server answers with the story's configuration (app/src/config/runtimeConfig.ts). */
export const RUNTIME_CONFIG_URL = "/config.json";
/** What a build is made of: a change in any of these makes a new build. */
const SOURCES = ["app/src", "app/vite", "app/public", "app/index.html", "app/vite.config.ts", "sdk/src"];
const LOCK_TIMEOUT_MS = 5 * 60_000;

async function* files(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) yield path;
  if (!info?.isDirectory()) return;
  // A story writing the map's tile archive puts it aside first (`*.partial`), then renames it.
  for (const entry of (await readdir(path)).sort()) if (!entry.endsWith(".partial")) yield* files(join(path, entry));
}

/** A digest of every source file's path and bytes. */
async function sourcesDigest(): Promise<string> {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for await (const file of files(join(ROOT, source))) {
      const bytes = await readFile(file).catch(() => undefined); // gone since listed: not part of the build
      if (bytes !== undefined) hash.update(relative(ROOT, file)).update("\0").update(bytes).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * The web app built once for every browser story of a run, configured at runtime (`VITE_RUNTIME_CONFIG`): each story
 * serves this one build with its own chain, IPFS nodes and indexer (see runtimeConfigPlugin). Stories running side by
 * side share it: the first builds while the others wait on a lock; a build of the same sources is reused by later
 * runs, and builds of older sources are removed. Returns the build's folder.
 */
export async function browserAppBuild(): Promise<string> {
  const outDir = join(BUILDS_DIR, await sourcesDigest());
  const lock = `${outDir}.lock`;
  await mkdir(BUILDS_DIR, { recursive: true });
  for (const started = Date.now(); ; ) {
    if (await exists(join(outDir, "index.html"))) return outDir;
    try {
      await mkdir(lock);
      break;
    } catch {
      const lockAge = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (lockAge > LOCK_TIMEOUT_MS) await rmdir(lock).catch(() => undefined);
      if (Date.now() - started > LOCK_TIMEOUT_MS) throw new Error(`No app build appeared in ${outDir} in 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (await exists(join(outDir, "index.html"))) return outDir;
    for (const entry of await readdir(BUILDS_DIR)) {
      if (!entry.endsWith(".lock")) await rm(join(BUILDS_DIR, entry), { recursive: true, force: true });
    }
    const building = `${outDir}.${process.pid}.tmp`;
    const { build } = await import("vite");
    // Configured at runtime, with no deployment record bundled: each story's server hands it its own.
    const noDeployments = join(ROOT, "test-results", "no-deployments");
    await mkdir(noDeployments, { recursive: true });
    const previous = { ...process.env };
    Object.assign(process.env, { VITE_RUNTIME_CONFIG: RUNTIME_CONFIG_URL, GRANDRUE_DEPLOYMENTS_DIR: noDeployments });
    try {
      await build({ ...APP_VITE_CONFIG, logLevel: "warn", build: { outDir: building, emptyOutDir: true } });
    } finally {
      for (const name of ["VITE_RUNTIME_CONFIG", "GRANDRUE_DEPLOYMENTS_DIR"]) {
        if (previous[name] === undefined) delete process.env[name];
        else process.env[name] = previous[name];
      }
    }
    await rename(building, outDir);
    return outDir;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
