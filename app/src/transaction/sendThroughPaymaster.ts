import {
  type Account,
  type Chain,
  type Client,
  createWalletClient,
  custom,
  type Hash,
  type Hex,
  type Transport,
  type WalletClient,
} from "viem";
import { sendCalls, waitForCallsStatus } from "viem/actions";

type MarketWalletClient = WalletClient<Transport, Chain, Account>;
type RequestArguments = { method: string; params?: unknown };
type ForwardRequest = (args: RequestArguments, options: { retryCount: number }) => Promise<unknown>;
type SentTransaction = { to?: Hex; data?: Hex; value?: Hex };

/** The wallet took the sponsored call but it did not succeed on chain. */
export class SponsoredCallFailedError extends Error {
  constructor(status: string) {
    super(`The wallet's sponsored call ended as "${status}"`);
    this.name = "SponsoredCallFailedError";
  }
}

/**
 * A wallet client over `client` (wagmi's connector client) whose transactions go out as EIP-5792 `wallet_sendCalls`
 * with the ERC-7677 `paymasterService` capability: the wallet (a smart account) has `paymasterUrl` pay the network
 * fee. Each `eth_sendTransaction` the SDK's actions make becomes one call; the answer is its transaction hash once
 * the wallet reports the call's receipt, so the dialog and the SDK follow it as any other transaction.
 * @example const walletClient = sendThroughPaymaster(connected, "https://paymaster.coop.example")
 */
export function sendThroughPaymaster(
  client: Pick<Client<Transport, Chain, Account>, "account" | "chain" | "request">,
  paymasterUrl: string,
): MarketWalletClient {
  const forward = client.request as ForwardRequest;
  const wallet = createWalletClient({
    account: client.account,
    chain: client.chain,
    transport: custom({ request: (args: RequestArguments) => forward(args, { retryCount: 0 }) }, { retryCount: 0 }),
  });
  const provider = {
    async request(args: RequestArguments): Promise<unknown> {
      if (args.method !== "eth_sendTransaction") return forward(args, { retryCount: 0 });
      const [transaction] = args.params as [SentTransaction];
      if (transaction.to === undefined) throw new TypeError("A sponsored call needs a recipient (no deployment)");
      const { id } = await sendCalls(wallet, {
        account: client.account,
        calls: [
          {
            to: transaction.to,
            data: transaction.data,
            ...(transaction.value !== undefined && { value: BigInt(transaction.value) }),
          },
        ],
        capabilities: { paymasterService: { url: paymasterUrl } },
      });
      const { status, receipts } = await waitForCallsStatus(wallet, { id });
      const hash = receipts?.[0]?.transactionHash;
      if (status !== "success" || hash === undefined) throw new SponsoredCallFailedError(status ?? "unknown");
      return hash satisfies Hash;
    },
  };
  return createWalletClient({
    account: client.account,
    chain: client.chain,
    transport: custom(provider, { retryCount: 0 }),
  });
}
