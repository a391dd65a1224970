import { network } from "hardhat";

/**
 * How many accounts of Hardhat's default mnemonic the local node unlocks and signs for: the twenty it funds by
 * default, and #20, the demo town's shopper without any native coin (the seed sets her balance to exactly zero).
 */
export const LOCAL_CHAIN_ACCOUNT_COUNT = 21;

/** A local Hardhat chain (chain id 31337, Hardhat's default accounts) served over JSON-RPC. */
export type LocalChain = { rpcUrl: string; port: number; stop(): Promise<void> };

/**
 * Starts an in-process Hardhat chain and serves it on `host:port` (HTTP and WebSocket JSON-RPC). The chain lives in
 * this process: stopping it (or the process) frees the port, and the next start is a fresh chain. `initialDate` sets
 * the genesis time (the demo town's history is seeded from a past date up to now).
 */
export async function startLocalChain({
  host = "127.0.0.1",
  port = 8545,
  initialDate,
}: {
  host?: string;
  port?: number;
  initialDate?: Date;
} = {}): Promise<LocalChain> {
  const server = await network.createServer(
    {
      network: "default",
      override: { accounts: { count: LOCAL_CHAIN_ACCOUNT_COUNT }, ...(initialDate ? { initialDate } : {}) },
    },
    host,
    port,
  );
  const { port: boundPort } = await server.listen();
  return { rpcUrl: `http://${host}:${boundPort}`, port: boundPort, stop: () => server.close() };
}
