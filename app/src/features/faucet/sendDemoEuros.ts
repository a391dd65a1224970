import { localCurrencyAbi } from "@grandrue/sdk/abis";
import {
  type Address,
  type Chain,
  type Client,
  createWalletClient,
  custom,
  type Hash,
  parseUnits,
  type Transport,
} from "viem";
import { readContract, waitForTransactionReceipt, writeContract } from "viem/actions";

/** The most one request sends, so a typo does not mint millions. */
export const FAUCET_MAXIMUM = 1_000;

/**
 * Mints `amount` whole units of the local chain's demo currency to `to`, signed by the currency's issuer, an account
 * the local node holds unlocked (only Hardhat's development node does: this cannot work on a real chain).
 * @example await sendDemoEuros(publicClient, { token, to: "0x…", amount: 50 })
 */
export async function sendDemoEuros(
  publicClient: Client<Transport, Chain>,
  parameters: { token: Address; to: Address; amount: number },
): Promise<Hash> {
  const { token, to, amount } = parameters;
  const [issuer, decimals] = await Promise.all([
    readContract(publicClient, { address: token, abi: localCurrencyAbi, functionName: "issuer" }),
    readContract(publicClient, { address: token, abi: localCurrencyAbi, functionName: "decimals" }),
  ]);
  const node = createWalletClient({
    account: issuer,
    chain: publicClient.chain,
    transport: custom({ request: (request) => publicClient.request(request as never) }),
  });
  const hash = await writeContract(node, {
    address: token,
    abi: localCurrencyAbi,
    functionName: "mint",
    args: [to, parseUnits(String(amount), decimals)],
  });
  const receipt = await waitForTransactionReceipt(publicClient, { hash });
  if (receipt.status !== "success") throw new Error(`The demo currency's mint reverted (${hash})`);
  return hash;
}
