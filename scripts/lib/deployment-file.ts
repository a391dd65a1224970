import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseDeployment, type Deployment } from "../../sdk/src/deployment.ts";

const DEPLOYMENTS_DIR = fileURLToPath(new URL("../../deployments/", import.meta.url));

/** Path of the deployment record of `chainId`. */
export function deploymentPath(chainId: number): string {
  return `${DEPLOYMENTS_DIR}${chainId}.json`;
}

/** The recorded deployment of `chainId`, or undefined when there is none. */
export async function readDeployment(chainId: number): Promise<Deployment | undefined> {
  try {
    return parseDeployment(JSON.parse(await readFile(deploymentPath(chainId), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes `deployments/<chainId>.json`. */
export async function writeDeployment(deployment: Deployment): Promise<string> {
  await mkdir(DEPLOYMENTS_DIR, { recursive: true });
  const path = deploymentPath(deployment.chainId);
  await writeFile(path, `${JSON.stringify(deployment, null, 2)}\n`);
  return path;
}
