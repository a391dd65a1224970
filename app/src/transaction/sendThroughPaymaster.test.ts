import { type Address, createWalletClient, custom, type Hash } from "viem";
import { describe, expect, test } from "vitest";
import { marketChain } from "../chain.ts";
import { parseAppConfig } from "../config/appConfig.ts";
import { SponsoredCallFailedError, sendThroughPaymaster } from "./sendThroughPaymaster.ts";

const ACCOUNT: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ESCROW: Address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const HASH: Hash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
const PAYMASTER = "https://paymaster.coop.example/v1";

/** A smart-account wallet speaking EIP-5792: it records the calls and reports them with `status` (200: confirmed). */
function fakeSmartWallet(status: number) {
  const requests: { method: string; params?: unknown }[] = [];
  const wallet = createWalletClient({
    account: ACCOUNT,
    chain: marketChain(parseAppConfig({})),
    transport: custom({
      async request({ method, params }: { method: string; params?: unknown }) {
        requests.push({ method, params });
        if (method === "wallet_sendCalls") return { id: "0xca11" };
        if (method === "wallet_getCallsStatus")
          return {
            version: "2.0.0",
            id: "0xca11",
            chainId: "0x7a69",
            atomic: true,
            status,
            receipts: [
              {
                transactionHash: HASH,
                status: status === 200 ? "0x1" : "0x0",
                blockHash: HASH,
                blockNumber: "0x10",
                gasUsed: "0x5208",
                logs: [],
              },
            ],
          };
        throw new Error(`unexpected ${method}`);
      },
    }),
  });
  return { wallet, requests };
}

const sendTransaction = (client: ReturnType<typeof sendThroughPaymaster>) =>
  client.request({ method: "eth_sendTransaction", params: [{ from: ACCOUNT, to: ESCROW, data: "0x1234" }] });

describe("sendThroughPaymaster", () => {
  test("sends each transaction as one wallet_sendCalls with the paymaster capability, answering its hash", async () => {
    const { wallet, requests } = fakeSmartWallet(200);
    expect(await sendTransaction(sendThroughPaymaster(wallet, PAYMASTER))).toBe(HASH);
    const [call] = requests[0]!.params as [{ calls: unknown[]; capabilities: unknown; from: Address }];
    expect(requests[0]?.method).toBe("wallet_sendCalls");
    expect(call.calls).toEqual([{ to: ESCROW, data: "0x1234" }]);
    expect(call.capabilities).toEqual({ paymasterService: { url: PAYMASTER } });
    expect(requests.at(-1)?.method).toBe("wallet_getCallsStatus");
  });

  test("a sponsored call that fails on chain is an error, not a hash", async () => {
    const { wallet } = fakeSmartWallet(500);
    const error = await sendTransaction(sendThroughPaymaster(wallet, PAYMASTER)).catch((caught: Error) => caught);
    // viem wraps what a transport throws; the wallet's failure is its cause.
    expect((error as Error).cause).toBeInstanceOf(SponsoredCallFailedError);
  });
});
