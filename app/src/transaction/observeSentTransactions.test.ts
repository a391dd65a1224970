import { createWalletClient, custom, defineChain, type Hash } from "viem";
import { describe, expect, test, vi } from "vitest";
import { observeSentTransactions } from "./observeSentTransactions.ts";

const chain = defineChain({
  id: 31337,
  name: "Local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: ["http://127.0.0.1:8545"] } },
});
const account = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HASH: Hash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";

function walletAnswering(answer: (method: string) => unknown) {
  const request = vi.fn(async ({ method }: { method: string }) => answer(method));
  return { request, client: createWalletClient({ account, chain, transport: custom({ request }) }) };
}

describe("observeSentTransactions", () => {
  test("reports the hash of a sent transaction and returns it unchanged", async () => {
    const { client } = walletAnswering((method) => (method === "eth_sendTransaction" ? HASH : null));
    const onSent = vi.fn();
    const observed = observeSentTransactions(client, onSent);
    const hash = await observed.request({ method: "eth_sendTransaction", params: [{ from: account, to: account }] });
    expect(hash).toBe(HASH);
    expect(onSent).toHaveBeenCalledWith(HASH);
  });

  test("does not report reads or signatures", async () => {
    const { client } = walletAnswering((method) => (method === "eth_chainId" ? "0x7a69" : "0xsignature"));
    const onSent = vi.fn();
    const observed = observeSentTransactions(client, onSent);
    await observed.getChainId();
    await observed.request({ method: "personal_sign", params: ["0x00", account] });
    expect(onSent).not.toHaveBeenCalled();
  });

  test("never retries a failed request, so a wallet prompt cannot pop up again by itself", async () => {
    const { client, request } = walletAnswering(() => {
      throw Object.assign(new Error("Internal error"), { code: -32603 });
    });
    const observed = observeSentTransactions(client, vi.fn());
    await expect(
      observed.request({ method: "eth_sendTransaction", params: [{ from: account, to: account }] }),
    ).rejects.toThrow();
    expect(request).toHaveBeenCalledTimes(1);
  });
});
