import type { CommandOption } from "./command.ts";
import { CliError } from "./errors.ts";

/** The chain and IPFS ports of `npm run dev`, which the CLI also reads so both agree without flags. */
const PORT_VARIABLES = { chain: "GRANDRUE_CHAIN_PORT", ipfs: "GRANDRUE_IPFS_PORT" } as const;
const DEFAULT_PORTS = { chain: 8545, ipfs: 5001 } as const;

/**
 * The local endpoint of `npm run dev` for `service`, on the port from its environment variable (as `npm run dev`
 * reads it) or the default port.
 * @throws CliError when the variable is set to something that is not a port number.
 */
export function localEndpoint(service: keyof typeof PORT_VARIABLES, env: NodeJS.ProcessEnv): string {
  const variable = PORT_VARIABLES[service];
  const value = env[variable];
  if (value === undefined || value === "") return `http://127.0.0.1:${DEFAULT_PORTS[service]}`;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new CliError(`${variable} must be a port number (1–65535), got "${value}"`);
  return `http://127.0.0.1:${port}`;
}

/** Where the chain, the deployment and IPFS are: every command takes these. */
export const CONNECTION_OPTIONS: Record<string, CommandOption> = {
  rpc: {
    type: "string",
    valueName: "url",
    description: `JSON-RPC endpoint of the node (default http://127.0.0.1:$${PORT_VARIABLES.chain}, else port ${DEFAULT_PORTS.chain}, as npm run dev)`,
  },
  ipfs: {
    type: "string",
    valueName: "url",
    description: `Kubo RPC API base of the IPFS node that stores documents, its token in $GRANDRUE_IPFS_TOKEN (default: the replicas of $GRANDRUE_IPFS_APIS, else npm run dev's node on http://127.0.0.1:$${PORT_VARIABLES.ipfs}, else port ${DEFAULT_PORTS.ipfs})`,
  },
  gateway: {
    type: "string",
    valueName: "url",
    description: "trustless IPFS gateway to read documents from (default: the gateways of the IPFS nodes written to)",
  },
  deployment: {
    type: "string",
    valueName: "file",
    description: "the protocol's deployment record (default deployments/<chainId>.json for the node's chain)",
  },
};

/** Who signs: commands that send a transaction or a signature take one of these. */
export const SIGNING_OPTIONS: Record<string, CommandOption> = {
  account: {
    type: "string",
    valueName: "index|address",
    description: "an account the node unlocks and signs for: its index in eth_accounts, or its address",
  },
  "private-key-env": {
    type: "string",
    valueName: "VAR",
    description: "the name of an environment variable holding the private key (the key is never printed)",
  },
};

export const HELP_OPTION: Record<string, CommandOption> = {
  help: { type: "boolean", description: "show this help" },
};
