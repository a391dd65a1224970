import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Deployment } from "@grandrue/sdk";

/** What `breadShopsStack.ts` prints once its chain, IPFS node and bakeries are ready. */
export type BreadShopsStack = {
  rpcUrl: string;
  gatewayUrl: string;
  apiUrl: string;
  deployment: Deployment;
  shops: Record<"near" | "south" | "moved", { shopId: string; metadataCid: string; catalogCid: string }>;
  movedOldMetadata: string;
  stop(): Promise<void>;
};

/**
 * Starts `breadShopsStack.ts` in its own Node process (happy-dom's globals cannot load the dev stack) and resolves
 * with what it printed once ready.
 */
export function startBreadShopsStack(ipfsDataDir: string): Promise<BreadShopsStack> {
  // happy-dom's URL cannot resolve file URLs: the script is found from the folder of this one.
  const script = join(import.meta.dirname, "breadShopsStack.ts");
  const child = spawn(process.execPath, ["--conditions=grandrue-source", script, ipfsDataDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => resolve({ ...(JSON.parse(line) as Omit<BreadShopsStack, "stop">), stop }));
    void exited.then(() => reject(new Error(`breadShopsStack.ts ended before it was ready:\n${errors}`)));
  });
}
