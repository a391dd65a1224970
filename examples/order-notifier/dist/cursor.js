import { readFile, rename, writeFile } from "node:fs/promises";
/** The cursor saved in `path`, or undefined on a first run (no file, or one for another chain or shop). */
export async function readCursor(path, chainId, shopId) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    const cursor = JSON.parse(text);
    if (cursor.chainId !== chainId || cursor.shopId !== shopId.toString() || typeof cursor.nextBlock !== "string")
        return undefined;
    return BigInt(cursor.nextBlock);
}
/** Saves the cursor atomically, so an interrupted run never leaves half a file. */
export async function writeCursor(path, chainId, shopId, nextBlock) {
    const cursor = { chainId, shopId: shopId.toString(), nextBlock: nextBlock.toString() };
    await writeFile(`${path}.tmp`, `${JSON.stringify(cursor)}\n`);
    await rename(`${path}.tmp`, path);
}
