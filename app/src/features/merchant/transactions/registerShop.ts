import {
  marketContracts,
  readMarketContract,
  registerShop,
  type ShopAcceptance,
  type ShopTerms,
  updateShopMetadata,
} from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import type { ShopProfileForm } from "../lib/shopProfile.ts";
import { durationInWords } from "../shared/time.ts";
import { publishShopMetadata } from "./publishShopMetadata.ts";

export type RegisterShopData = { profile: ShopProfileForm; acceptance: ShopAcceptance; terms: ShopTerms };
export type RegisterShopResult = { shopId: bigint; predictedShopId: bigint };

/**
 * Opens a shop in one transaction. Before it, the owner signs the key request for the shop id the registry will
 * give (the shop count plus one), so the published document carries the shop's encryption key. If another shop
 * was opened in between, the key is derived again for the real id and the document updated in a second transaction.
 */
export default {
  title: ({ profile }, t) => t("merchant:new.transaction.title", { name: profile.name }),
  displayItems: ({ profile, terms }, t) => [
    { label: t("merchant:new.transaction.shop"), value: profile.name },
    { label: t("merchant:new.transaction.address"), value: `${profile.street}, ${profile.postcode} ${profile.city}` },
    { label: t("merchant:new.transaction.accept"), value: durationInWords(terms.acceptHours, t) },
    { label: t("merchant:new.transaction.signature"), value: t("merchant:new.signatureWhy") },
  ],
  transaction: async (context, { profile, acceptance, terms }) => {
    const { walletClient, publicClient, deployment } = context;
    const shopCount = await readMarketContract(publicClient, {
      ...marketContracts(deployment).registry,
      functionName: "shopCount",
    });
    const predictedShopId = shopCount + 1n;
    const predicted = await publishShopMetadata(context, profile, predictedShopId);
    const { shopId } = await registerShop(walletClient, deployment, { terms, acceptance, ...predicted });
    if (shopId !== predictedShopId) {
      await updateShopMetadata(walletClient, deployment, {
        shopId,
        ...(await publishShopMetadata(context, profile, shopId)),
      });
    }
    return { shopId, predictedShopId };
  },
  successMessage: ({ profile }, { shopId, predictedShopId }, t) =>
    shopId === predictedShopId
      ? t("merchant:new.transaction.done", { name: profile.name, id: shopId.toString() })
      : t("merchant:new.transaction.doneRekeyed", {
          name: profile.name,
          id: shopId.toString(),
          predicted: predictedShopId.toString(),
        }),
  invalidates: (_, chainId) => [["shopIndex", chainId]],
} satisfies MarketTransaction<RegisterShopData, RegisterShopResult>;
