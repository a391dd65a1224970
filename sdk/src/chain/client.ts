import type { Chain, Client, Transport } from "viem";

/**
 * Any viem client the readers can query: a public client, or a wallet client connected to a node. Readers only
 * call read methods (`eth_call`, `eth_getLogs`, `eth_getBlockByNumber`).
 */
export type MarketReadClient = Client<Transport, Chain | undefined>;
