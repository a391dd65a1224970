import { fileURLToPath } from "node:url";
import { readBuildInputs } from "./buildInputs.ts";
import { compileDeployable } from "./compileDeployable.ts";
import { DEPLOYABLE_CONTRACTS } from "./deployableContracts.ts";
import {
  BUILD_RECORD,
  GENERATED_DIR,
  readBuildRecord,
  renderGeneratedModules,
  writeGeneratedModules,
} from "./generatedModules.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Makes sure the committed ABIs and bytecode in `sdk/src/generated/` were built from the contracts as they are now.
 * On a fresh clone they are (nothing to do, no compiler runs). After a contract change they are not: the deployable
 * contracts are compiled (about 15 s) and the generated modules rewritten, saying so through `log`.
 * Call it before importing anything that reads the generated modules.
 */
export async function ensureContracts(log: (line: string) => void = console.log, root = ROOT): Promise<void> {
  const inputs = await readBuildInputs(root);
  const record = await readBuildRecord(root);
  if (record?.sourceHash === inputs.sourceHash) return;
  const count = Object.keys(DEPLOYABLE_CONTRACTS).length;
  log(
    `The contracts differ from the committed build (${BUILD_RECORD}): compiling the ${count} deployable contracts with solc ${inputs.solc} (solc-js, viaIR; 15–60 s)…`,
  );
  const started = Date.now();
  await compileDeployable(root);
  await writeGeneratedModules(root, await renderGeneratedModules(root, inputs));
  log(
    `✓ Compiled in ${((Date.now() - started) / 1000).toFixed(0)} s and regenerated ${GENERATED_DIR}/: commit it with your contract change`,
  );
}
