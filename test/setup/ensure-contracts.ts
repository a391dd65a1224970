import { ensureContracts } from "../../scripts/lib/contracts/ensureContracts.ts";

/** Before any test file runs: the committed contract build matches the contracts (compiled only if they changed). */
export default async function setup(): Promise<void> {
  await ensureContracts();
}
