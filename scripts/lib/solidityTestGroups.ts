import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * The Solidity test files in the groups `npm test` runs them in, each with its own coverage build. One instrumented
 * build of the whole suite is a single solc-js job whose output JSON outgrows solc-js's memory ("Error writing output
 * JSON"): every test contract embeds the instrumented creation code of the contracts it deploys. Two groups of about
 * the same number of test contracts stay under it: the escrow's suites with the findings, and the other contracts'
 * suites.
 */
export async function solidityTestGroups(root: string): Promise<string[][]> {
  const entries = await readdir(path.join(root, "test/contracts"), { recursive: true });
  const files = entries
    .filter((entry) => entry.endsWith(".t.sol"))
    .map((entry) => path.posix.join("test/contracts", entry.split(path.sep).join("/")))
    .sort();
  const isEscrowGroup = (file: string) =>
    file.startsWith("test/contracts/Escrow.") || file.startsWith("test/contracts/findings/");
  return [files.filter(isEscrowGroup), files.filter((file) => !isEscrowGroup(file))];
}
