import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
function safeName(key) {
    return key.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** An {@link IndexCache} on disk for Node (scripts, CLI, indexer services): one JSON file per document or snapshot. */
export function createFileCache(directory) {
    const documentsDir = join(directory, 'documents');
    const snapshotsDir = join(directory, 'snapshots');
    async function readJson(path) {
        try {
            return await readFile(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async function writeAtomically(dir, name, content) {
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
