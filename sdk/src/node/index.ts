// @grandrue/sdk/node: helpers that need Node's file system, for scripts, command lines and indexer services.

export {
  type DeployKlerosCourtAdapterParameters,
  type DeployServiceHooksParameters,
  deployKlerosCourtAdapter,
  deployServiceHooks,
  MAX_SERVICES_PER_HOOK,
  type ShopService,
} from "./deployShopContracts.ts";
export { createFileCache } from "./fileCache.ts";
