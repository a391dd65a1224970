import { deliveryCodeSeedTypedData } from "@grandrue/sdk";
import type { Account, Chain, Client, Hex, Transport } from "viem";
import { signTypedData } from "viem/actions";

const seeds = new Map<string, Hex>();

/**
 * The buyer's delivery-code seed: the wallet signs `deliveryCodeSeedTypedData` once per visit (kept in memory only,
 * never stored: whoever holds it can confirm the buyer's deliveries), and every delivery code derives from it.
 * @example const code = deriveDeliveryCode(await deliveryCodeSeed(walletClient), prepared.nonce)
 */
export async function deliveryCodeSeed(walletClient: Client<Transport, Chain, Account>): Promise<Hex> {
  const key = `${walletClient.chain.id}:${walletClient.account.address.toLowerCase()}`;
  const known = seeds.get(key);
  if (known !== undefined) return known;
  const signature = await signTypedData(
    walletClient,
    deliveryCodeSeedTypedData({ chainId: walletClient.chain.id, account: walletClient.account.address }),
  );
  seeds.set(key, signature);
  return signature;
}
