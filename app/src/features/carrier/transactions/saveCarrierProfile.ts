import { parseCarrierProfile, registerCarrier, updateCarrier } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { unlockEncryptionKey } from "../../merchant/index.ts";
import { type CarrierForm, carrierProfileFromForm, splitPostcodes } from "../lib/carrierForm.ts";

export type SaveCarrierProfileData = { form: CarrierForm; isRegistered: boolean };

/**
 * Registers the connected account as a carrier, or publishes its new profile. Before it, the carrier signs the key
 * request: the key lets only this account read the addresses of the parcels it carries, and the profile publishes
 * its public half.
 */
export default {
  title: ({ form, isRegistered }, t) =>
    isRegistered
      ? t("carrier:profile.transaction.update", { name: form.name })
      : t("carrier:profile.transaction.register", { name: form.name }),
  displayItems: ({ form }, t) => [
    { label: t("carrier:profile.transaction.name"), value: form.name },
    {
      label: t("carrier:profile.transaction.area"),
      value: t("carrier:profile.transaction.areaText", {
        postcodes: splitPostcodes(form.postcodes).length,
        count: form.geohashes.length,
      }),
    },
    { label: t("carrier:profile.transaction.signature"), value: t("carrier:profile.signatureWhy") },
  ],
  transaction: async ({ walletClient, deployment, ipfs }, { form, isRegistered }) => {
    const keys = await unlockEncryptionKey(walletClient, {
      chainId: deployment.chainId,
      account: walletClient.account.address,
      role: "carrier",
    });
    const profile = parseCarrierProfile(carrierProfileFromForm(form, keys.publicKey));
    const profileCid = await ipfs.addJson(profile);
    await (isRegistered ? updateCarrier : registerCarrier)(walletClient, deployment, { profileCid });
  },
  successMessage: ({ isRegistered }, _, t) =>
    isRegistered ? t("carrier:profile.transaction.updated") : t("carrier:profile.transaction.registered"),
  invalidates: (_, chainId) => [["carriers", chainId]],
} satisfies MarketTransaction<SaveCarrierProfileData>;
