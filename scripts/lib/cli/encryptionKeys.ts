import {
  asMarketError,
  deriveEncryptionKeyPair,
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  encryptionKeyTypedData,
  type MarketWalletClient,
} from "@grandrue/sdk";
import type { Hex } from "viem";
import { signTypedData } from "viem/actions";

type KeyRequest = { role: "shop"; shopId: bigint } | { role: "carrier" };

/**
 * The x25519 key pair of a shop (by id) or a carrier, derived from the wallet's signature of the Grandrue key
 * request, exactly as the app derives it: signing again gives the same key, so nothing is stored.
 * @example const { publicKey, secretKey } = await encryptionKeyPair(wallet, { role: "shop", shopId: 3n })
 */
export async function encryptionKeyPair(wallet: MarketWalletClient, request: KeyRequest): Promise<EncryptionKeyPair> {
  const parameters: EncryptionKeyRequestParameters = {
    chainId: wallet.chain.id,
    account: wallet.account.address,
    ...request,
  };
  try {
    const signature: Hex = await signTypedData(wallet, {
      account: wallet.account,
      ...encryptionKeyTypedData(parameters),
    });
    return deriveEncryptionKeyPair(signature);
  } catch (error) {
    throw asMarketError(error);
  }
}
