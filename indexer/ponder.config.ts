import { createConfig } from "ponder";
import { CHAIN_NAME, indexedContracts, LOCAL_CHAIN_IDS } from "./lib/chain/indexedContracts.ts";
import { indexerSettings } from "./lib/settings.ts";

const settings = indexerSettings();

export default createConfig({
  database:
    settings.databaseUrl === undefined
      ? { kind: "pglite", directory: settings.dataDir }
      : { kind: "postgres", connectionString: settings.databaseUrl },
  chains: {
    [CHAIN_NAME]: {
      id: settings.deployment.chainId,
      rpc: settings.rpcUrls,
      maxRequestsPerSecond: settings.maxRequestsPerSecond,
      // A local chain restarts from scratch under the same id: never reuse what was cached for the previous one.
      disableCache: LOCAL_CHAIN_IDS.has(settings.deployment.chainId),
      // A local chain mines on demand: poll it often so tests and the dev stack see new blocks quickly.
      ...(LOCAL_CHAIN_IDS.has(settings.deployment.chainId) && { pollingInterval: 250 }),
    },
  },
  contracts: indexedContracts(settings.deployment),
});
