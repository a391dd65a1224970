/**
 * Run by every npm command before its script (scripts/run.sh): makes sure the committed contract build in
 * `sdk/src/generated/` matches the contracts, compiling the deployable contracts only when they changed.
 */
import { ensureContracts } from "./lib/contracts/ensureContracts.ts";

await ensureContracts();
