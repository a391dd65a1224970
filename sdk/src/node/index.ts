// @grandrue/sdk/node: helpers that need Node's file system, for scripts, command lines and indexer services.
export { createFileCache } from "./fileCache.ts";
