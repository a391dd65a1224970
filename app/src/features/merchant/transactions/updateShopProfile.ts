import { updateShopMetadata } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import type { ShopProfileForm } from "../lib/shopProfile.ts";
import { publishShopMetadata } from "./publishShopMetadata.ts";

export type UpdateShopProfileData = { shopId: bigint; profile: ShopProfileForm };

/** Publishes the shop's new presentation, with the encryption key of the account that manages it now. */
export default {
  title: ({ profile }, t) => t("merchant:settings.profile.transaction", { name: profile.name }),
  displayItems: ({ profile }, t) => [
    { label: t("merchant:new.transaction.shop"), value: profile.name },
    { label: t("merchant:new.transaction.signature"), value: t("merchant:settings.profile.signature") },
  ],
  transaction: async (context, { shopId, profile }) => {
    const published = await publishShopMetadata(context, profile, shopId);
    await updateShopMetadata(context.walletClient, context.deployment, { shopId, ...published });
  },
  successMessage: (_, __, t) => t("merchant:settings.saved"),
  invalidates: (_, chainId) => [["shopIndex", chainId]],
} satisfies MarketTransaction<UpdateShopProfileData>;
