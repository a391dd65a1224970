import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Abi, Hex } from "viem";
import type { ContractName, ServiceName } from "../../sdk/src/deployment.ts";

const ARTIFACT_PATHS: Record<ContractName | ServiceName, string> = {
  ShopRegistry: "ShopRegistry.sol/ShopRegistry.json",
  DeliveryAttestations: "DeliveryAttestations.sol/DeliveryAttestations.json",
  Escrow: "Escrow.sol/Escrow.json",
  Reviews: "Reviews.sol/Reviews.json",
  MediatorArbitrator: "arbitration/MediatorArbitrator.sol/MediatorArbitrator.json",
  LocalCurrency: "tokens/LocalCurrency.sol/LocalCurrency.json",
  GuaranteeBonds: "services/GuaranteeBonds.sol/GuaranteeBonds.json",
  LoyaltyStamps: "services/LoyaltyStamps.sol/LoyaltyStamps.json",
  LabelAttestations: "services/LabelAttestations.sol/LabelAttestations.json",
};

const ARTIFACTS_DIR = fileURLToPath(new URL("../../artifacts/contracts/", import.meta.url));
/** The address `hardhat test --coverage` instruments contracts to call; such a build is too large to deploy. */
const COVERAGE_PROBE = "c0bec0bec0bec0bec0bec0bec0bec0bec0bec0be";

/** The build in artifacts/ was made by `--coverage` and cannot be deployed. */
export class InstrumentedBuildError extends Error {
  constructor(name: ContractName | ServiceName) {
    super(`artifacts/ holds a coverage-instrumented build of ${name}: run \`npm run build\` before deploying`);
    this.name = "InstrumentedBuildError";
  }
}

/** The ABI and creation bytecode of a protocol or service contract from the Hardhat build (`npm run build` first). */
export async function readArtifact(name: ContractName | ServiceName): Promise<{ abi: Abi; bytecode: Hex }> {
  const artifact = JSON.parse(await readFile(ARTIFACTS_DIR + ARTIFACT_PATHS[name], "utf8")) as {
    abi: Abi;
    bytecode: Hex;
  };
  if (artifact.bytecode.includes(COVERAGE_PROBE)) throw new InstrumentedBuildError(name);
  return { abi: artifact.abi, bytecode: artifact.bytecode };
}
