import { type Deployment, parseDeployment } from "@grandrue/sdk";

/** Which deployment the app runs against, or why there is none. */
export type DeploymentLookup =
  | { status: "found"; deployment: Deployment }
  | { status: "missing"; chainId: number; availableChainIds: number[] }
  | { status: "invalid"; chainId: number; reason: string };

/**
 * Picks the deployment record of `chainId` among the parsed `deployments/*.json` files.
 * @example findDeployment(records, 31337) // { status: "found", deployment }
 */
export function findDeployment(records: readonly unknown[], chainId: number): DeploymentLookup {
  const chainIds = records.map((record) => (record as { chainId?: unknown } | null)?.chainId);
  const index = chainIds.indexOf(chainId);
  if (index === -1) {
    return {
      status: "missing",
      chainId,
      availableChainIds: chainIds.filter((id): id is number => typeof id === "number"),
    };
  }
  try {
    return { status: "found", deployment: parseDeployment(records[index]) };
  } catch (error) {
    return { status: "invalid", chainId, reason: error instanceof Error ? error.message : String(error) };
  }
}
