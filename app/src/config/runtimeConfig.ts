import type { AppEnv } from "./appConfig.ts";

/**
 * What a server hands a build made with `VITE_RUNTIME_CONFIG` (e.g. `/config.json`) when it starts: the same
 * variables the build would otherwise take from `VITE_*` at build time, and the deployment records of its chains.
 * One build then serves any chain and endpoints (the browser tests build once per run), and the server that writes
 * this file also sends the Content-Security-Policy, which such a build leaves out of its index.html.
 * @example { "variables": { "VITE_RPC_URL": "http://127.0.0.1:8545", "VITE_CHAIN_ID": "31337" }, "deployments": [{ "chainId": 31337, … }] }
 */
export type RuntimeConfig = { variables: AppEnv; deployments: unknown[] };

/** The runtime configuration could not be fetched or is not what the app expects. */
export class InvalidRuntimeConfigError extends Error {
  constructor(url: string, reason: string) {
    super(`The app's runtime configuration (${url}) ${reason}`);
    this.name = "InvalidRuntimeConfigError";
  }
}

/**
 * Validates a parsed runtime configuration: `variables` maps `VITE_*` names to strings; `deployments` is a list
 * (each record is validated when its chain is chosen).
 * @throws InvalidRuntimeConfigError naming the first thing that is wrong.
 */
export function parseRuntimeConfig(url: string, value: unknown): RuntimeConfig {
  const fail = (reason: string) => new InvalidRuntimeConfigError(url, reason);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail("is not a JSON object");
  const { variables, deployments = [] } = value as { variables?: unknown; deployments?: unknown };
  if (typeof variables !== "object" || variables === null || Array.isArray(variables))
    throw fail('has no "variables" object');
  for (const [name, text] of Object.entries(variables)) {
    if (!name.startsWith("VITE_")) throw fail(`names "${name}", which is not a VITE_* variable`);
    if (typeof text !== "string") throw fail(`gives ${name} a ${typeof text}, not a string`);
  }
  if (!Array.isArray(deployments)) throw fail('has a "deployments" that is not a list');
  return { variables: variables as AppEnv, deployments };
}

/** Fetches and validates the runtime configuration from the app's own origin. */
export async function fetchRuntimeConfig(url: string): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (error) {
    throw new InvalidRuntimeConfigError(url, `could not be fetched: ${String(error)}`);
  }
  if (!response.ok) throw new InvalidRuntimeConfigError(url, `answered HTTP ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new InvalidRuntimeConfigError(url, "is not JSON");
  }
  return parseRuntimeConfig(url, value);
}
