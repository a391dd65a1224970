/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_RPC_URL?: string;
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_IPFS_GATEWAYS?: string;
  readonly VITE_IPFS_APIS?: string;
  readonly VITE_IPFS_WRITE_QUORUM?: string;
  readonly VITE_CHAIN_NAME?: string;
  readonly VITE_NATIVE_CURRENCY?: string;
  readonly VITE_EXPLORER_URL?: string;
  /** Set at build time: the URL the app fetches its configuration from at start (app/src/config/runtimeConfig.ts). */
  readonly VITE_RUNTIME_CONFIG?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
