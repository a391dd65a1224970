import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Deployment, parseDeployment } from "@grandrue/sdk";

/** `deployments/`, or the folder named by GRANDRUE_DEPLOYMENTS_DIR (tests deploy to throwaway chains). */
const DEPLOYMENTS_DIR = process.env.GRANDRUE_DEPLOYMENTS_DIR
  ? `${process.env.GRANDRUE_DEPLOYMENTS_DIR.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("../../deployments/", import.meta.url));

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

/** Writes `deployments/<chainId>.json` atomically (a reader never sees half a file, even with two stacks starting). */
export async function writeDeployment(deployment: Deployment): Promise<string> {
  await mkdir(DEPLOYMENTS_DIR, { recursive: true });
  const path = deploymentPath(deployment.chainId);
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(deployment, null, 2)}\n`);
  await rename(temporary, path);
  return path;
}
