import {
  type Address,
  type Chain,
  type Client,
  createWalletClient,
  custom,
  type Hash,
  parseAbi,
  parseUnits,
  type Transport,
} from "viem";
import { getAddresses, readContract, waitForTransactionReceipt, writeContract } from "viem/actions";

/** The most one request sends, so a typo does not mint millions. */
export const FAUCET_MAXIMUM = 1_000;

/** What the faucet calls on the development EURC (Circle's FiatToken, whose minter is the local node's account #0). */
const fiatTokenAbi = parseAbi([
  "function mint(address to, uint256 amount) returns (bool)",
  "function decimals() view returns (uint8)",
]);

/** The local node holds no unlocked account: this is not the development chain. */
export class NoFaucetAccountError extends Error {
  override name = "NoFaucetAccountError";
}

/**
 * Mints `amount` euros of the development EURC to `to`, signed by the local node's first account (the deployer, the
 * token's minter), which only Hardhat's development node holds unlocked: this cannot work on a real chain.
 * @example await sendDemoEuros(publicClient, { token: deployment.tokens.EURC.address, to: "0x…", amount: 50 })
 */
export async function sendDemoEuros(
  publicClient: Client<Transport, Chain>,
  parameters: { token: Address; to: Address; amount: number },
): Promise<Hash> {
  const { token, to, amount } = parameters;
  const node = createWalletClient({
    chain: publicClient.chain,
    transport: custom({ request: (request) => publicClient.request(request as never) }),
  });
  const [minter] = await getAddresses(node);
  if (minter === undefined) throw new NoFaucetAccountError("the chain's node holds no unlocked account");
  const decimals = await readContract(publicClient, { address: token, abi: fiatTokenAbi, functionName: "decimals" });
  const hash = await writeContract(node, {
    account: minter,
    address: token,
    abi: fiatTokenAbi,
    functionName: "mint",
    args: [to, parseUnits(String(amount), decimals)],
  });
  const receipt = await waitForTransactionReceipt(publicClient, { hash });
  if (receipt.status !== "success") throw new Error(`The demo EURC mint reverted (${hash})`);
  return hash;
}
