import {
  type Account,
  type Chain,
  type Client,
  createWalletClient,
  custom,
  type Hash,
  type Transport,
  type WalletClient,
} from "viem";

type MarketWalletClient = WalletClient<Transport, Chain, Account>;
type RequestArguments = { method: string; params?: unknown };
/** viem's typed `request`, seen as the plain EIP-1193 function it is (we forward whatever viem asks). */
type ForwardRequest = (args: RequestArguments, options: { retryCount: number }) => Promise<unknown>;

const SEND_METHODS: ReadonlySet<string> = new Set(["eth_sendTransaction", "eth_sendRawTransaction"]);

/**
 * A wallet client over `client` (wagmi's connector client) that reports the hash of every transaction sent through it. The SDK's
 * write actions simulate, send and wait for the receipt in one call; this is how the dialog learns the hash in
 * between to show "pending". Requests are never retried: a refused signature must not prompt again.
 * @example const observed = observeSentTransactions(walletClient, (hash) => setPending(hash))
 */
export function observeSentTransactions(
  client: Pick<Client<Transport, Chain, Account>, "account" | "chain" | "request">,
  onSent: (hash: Hash) => void,
): MarketWalletClient {
  const forward = client.request as ForwardRequest;
  const provider = {
    async request(args: RequestArguments): Promise<unknown> {
      const result = await forward(args, { retryCount: 0 });
      if (SEND_METHODS.has(args.method) && typeof result === "string") onSent(result as Hash);
      return result;
    },
  };
  return createWalletClient({
    account: client.account,
    chain: client.chain,
    transport: custom(provider, { retryCount: 0 }),
  });
}
