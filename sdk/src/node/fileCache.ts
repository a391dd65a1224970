import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { IndexCache } from "../discovery/indexer/types.ts";

function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, "_");
}

/** An {@link IndexCache} on disk for Node (scripts, CLI, indexer services): one JSON file per document or snapshot. */
export function createFileCache(directory: string): IndexCache {
  const documentsDir = join(directory, "documents");
  const snapshotsDir = join(directory, "snapshots");
  async function readJson(path: string): Promise<string | undefined> {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }
  async function writeAtomically(dir: string, name: string, content: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, name);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
  return {
    async getDocument(cid) {
      const text = await readJson(join(documentsDir, `${safeName(cid)}.json`));
      return text === undefined ? undefined : JSON.parse(text);
    },
    putDocument: (cid, document) => writeAtomically(documentsDir, `${safeName(cid)}.json`, JSON.stringify(document)),
    getSnapshot: (key) => readJson(join(snapshotsDir, `${safeName(key)}.json`)),
    putSnapshot: (key, snapshot) => writeAtomically(snapshotsDir, `${safeName(key)}.json`, snapshot),
  };
}
