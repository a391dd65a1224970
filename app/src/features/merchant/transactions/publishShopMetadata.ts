import { parseShopMetadata } from "@grandrue/sdk";
import type { TransactionContext } from "../../../transaction/index.ts";
import { type ShopProfileForm, shopMetadataFromForm } from "../lib/shopProfile.ts";
import { unlockEncryptionKey } from "../shared/encryptionKeys.ts";

/**
 * Derives the shop's encryption key for `shopId` from the owner's signature (asked once per session), validates
 * the shop's document with that public key and uploads it to IPFS. Returns its CID and the location's geohash.
 */
export async function publishShopMetadata(
  { walletClient, deployment, ipfs }: Pick<TransactionContext, "walletClient" | "deployment" | "ipfs">,
  profile: ShopProfileForm,
  shopId: bigint,
): Promise<{ metadataCid: string; geohash: string }> {
  const keys = await unlockEncryptionKey(walletClient, {
    chainId: deployment.chainId,
    account: walletClient.account.address,
    role: "shop",
    shopId,
  });
  const metadata = parseShopMetadata(shopMetadataFromForm(profile, keys.publicKey));
  return { metadataCid: await ipfs.addJson(metadata), geohash: metadata.location.geohash };
}
