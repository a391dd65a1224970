/**
 * `npm run build`: compiles the deployable contracts with the pinned solc and writes what the SDK carries —
 * `sdk/src/generated/abis/` (one `as const` ABI module per contract, plus every custom error), `abiItems/` (each
 * event and function on its own, for readers that need a few), `deployable/` (creation
 * bytecode) and `build.json` (the compiler, its settings and the hash of the inputs). These are committed, so a fresh
 * clone runs without compiling anything.
 * `npm run build -- --check` (run by `npm test`): compiles afresh and fails if the committed files differ.
 */
import { fileURLToPath } from "node:url";
import { readBuildInputs } from "./lib/contracts/buildInputs.ts";
import { compileDeployable } from "./lib/contracts/compileDeployable.ts";
import {
  GENERATED_DIR,
  renderGeneratedModules,
  staleGeneratedModules,
  writeGeneratedModules,
} from "./lib/contracts/generatedModules.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const isCheck = process.argv.includes("--check");

const inputs = await readBuildInputs(ROOT);
console.log(`Compiling the deployable contracts with solc ${inputs.solc} (solc-js, viaIR)…`);
const started = Date.now();
await compileDeployable(ROOT);
const files = await renderGeneratedModules(ROOT, inputs);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (isCheck) {
  const stale = await staleGeneratedModules(ROOT, files);
  if (stale.length > 0) {
    console.error(
      `✗ The committed ${GENERATED_DIR}/ differs from a fresh compile (${seconds} s) in:\n${stale.map((path) => `  ${path}`).join("\n")}`,
    );
    console.error("Run npm run build and commit the result with the contract change.");
    process.exit(1);
  }
  console.log(
    `✓ The committed ${GENERATED_DIR}/ is identical to a fresh compile (${files.length} files, ${seconds} s)`,
  );
} else {
  await writeGeneratedModules(ROOT, files);
  console.log(`✓ Compiled in ${seconds} s; wrote ${files.length} files to ${GENERATED_DIR}/`);
}
