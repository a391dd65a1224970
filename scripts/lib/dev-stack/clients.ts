import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  type PublicClient,
  type Transport,
  type WalletClient,
} from "viem";

/** The local development chain as viem sees it. */
export function localChainFor(rpcUrl: string, chainId = 31337): Chain {
  return defineChain({
    id: chainId,
    name: "Grandrue local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

/** Viem clients on the local chain; wallets use the node's unlocked accounts (it signs for them). */
export async function localClients(rpcUrl: string): Promise<{
  publicClient: PublicClient;
  accounts: Address[];
  walletFor(account: Address): WalletClient<Transport, Chain, Account>;
}> {
  const chain = localChainFor(rpcUrl);
  const transport = http(rpcUrl, { retryCount: 0 });
  const publicClient = createPublicClient({ chain, transport, pollingInterval: 50 }) as PublicClient;
  const accounts = await createWalletClient({ chain, transport }).getAddresses();
  return {
    publicClient,
    accounts,
    walletFor: (account) =>
      createWalletClient({ chain, transport, account, pollingInterval: 50 }) as WalletClient<Transport, Chain, Account>,
  };
}
