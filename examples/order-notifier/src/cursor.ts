import { readFile, rename, writeFile } from "node:fs/promises";

/** Where the last run stopped: the next block to read for this shop on this chain. */
export type Cursor = { chainId: number; shopId: string; nextBlock: string };

/** The cursor saved in `path`, or undefined on a first run (no file, or one for another chain or shop). */
export async function readCursor(path: string, chainId: number, shopId: bigint): Promise<bigint | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const cursor = JSON.parse(text) as Partial<Cursor>;
  if (cursor.chainId !== chainId || cursor.shopId !== shopId.toString() || typeof cursor.nextBlock !== "string")
    return undefined;
  return BigInt(cursor.nextBlock);
}

/** Saves the cursor atomically, so an interrupted run never leaves half a file. */
export async function writeCursor(path: string, chainId: number, shopId: bigint, nextBlock: bigint): Promise<void> {
  const cursor: Cursor = { chainId, shopId: shopId.toString(), nextBlock: nextBlock.toString() };
  await writeFile(`${path}.tmp`, `${JSON.stringify(cursor)}\n`);
  await rename(`${path}.tmp`, path);
}
