import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const IPFS_NODE = fileURLToPath(new URL("../../ipfs-node.ts", import.meta.url));

/** An embedded IPFS node in a process of its own, as a deployment runs one: a story can kill it, a benchmark time it. */
export type IpfsProcess = {
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  /** Kills the process at once (SIGKILL), as a crash or a lost machine would. */
  kill(): Promise<void>;
};

/**
 * Starts `npm run ipfs` as a child process on 127.0.0.1:`port`, requiring `token` for every RPC call, and resolves
 * once it listens.
 */
export async function startIpfsProcess(options: {
  port: number;
  dataDir: string;
  token: string;
  allowedOrigins: readonly string[];
}): Promise<IpfsProcess> {
  const authorizations = { replica: { AuthSecret: `bearer:${options.token}`, AllowedPaths: ["/api/v0"] } };
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--conditions=grandrue-source",
      IPFS_NODE,
      "--port",
      String(options.port),
      "--data",
      options.dataDir,
      ...options.allowedOrigins.flatMap((origin) => ["--allow-origin", origin]),
    ],
    {
      env: { ...process.env, GRANDRUE_IPFS_AUTHORIZATIONS: JSON.stringify(authorizations) },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Kubo RPC API:")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`The IPFS node exited (${code}) before listening:\n${output}`)));
  });
  await listening;
  const base = `http://127.0.0.1:${options.port}`;
  return {
    apiUrl: base,
    gatewayUrl: base,
    token: options.token,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
  };
}
