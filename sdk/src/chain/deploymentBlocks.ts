import type { ContractName, Deployment } from "../deployment.ts";

/** The block a contract of the deployment was deployed in: the first block worth scanning for its events. */
export function deploymentBlock(
  deployment: Deployment,
  name: Exclude<ContractName, "LocalCurrency" | "PasskeyAccountFactory">,
): bigint {
  return BigInt(deployment.contracts[name].blockNumber);
}
