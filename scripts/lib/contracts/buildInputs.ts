import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const require = createRequire(import.meta.url);

/** Everything that decides the bytecode of the deployable contracts, hashed: it names a build. */
export type BuildInputs = { solc: string; openZeppelin: string; sourceHash: string };

async function solidityFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".sol"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Hashes the compiler inputs of the deployable contracts: every `.sol` file under `contracts/`, the Hardhat config
 * (compiler settings), and the versions of solc and OpenZeppelin Contracts installed. Any change to one of them changes
 * the hash, and the committed build is then stale.
 */
export async function readBuildInputs(root: string): Promise<BuildInputs> {
  const hash = createHash("sha256");
  const files = [...(await solidityFiles(join(root, "contracts"))), join(root, "hardhat.config.ts")];
  for (const file of files.map((path) => relative(root, path).split("\\").join("/")).sort()) {
    const content = (await readFile(join(root, file), "utf8")).replaceAll("\r\n", "\n");
    hash.update(`${file}\0${createHash("sha256").update(content).digest("hex")}\n`);
  }
  const solc = (require("solc/package.json") as { version: string }).version;
  const openZeppelin = (require("@openzeppelin/contracts/package.json") as { version: string }).version;
  hash.update(`solc ${solc}\nopenzeppelin ${openZeppelin}\n`);
  return { solc, openZeppelin, sourceHash: `sha256:${hash.digest("hex")}` };
}
