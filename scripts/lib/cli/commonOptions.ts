import type { CommandOption } from "./command.ts";

export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";
export const DEFAULT_IPFS_URL = "http://127.0.0.1:5001";

/** Where the chain, the deployment and IPFS are: every command takes these. */
export const CONNECTION_OPTIONS: Record<string, CommandOption> = {
  rpc: { type: "string", valueName: "url", description: `JSON-RPC endpoint of the node (default ${DEFAULT_RPC_URL})` },
  ipfs: { type: "string", valueName: "url", description: `Kubo RPC API base of the IPFS node that stores documents (default ${DEFAULT_IPFS_URL})` },
  gateway: { type: "string", valueName: "url", description: "trustless IPFS gateway to read documents from (default: the --ipfs URL)" },
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
