import {
  deriveEncryptionKeyPair,
  encryptionKeyTypedData,
  type ShippingContext,
  type ShippingDetails,
} from "@grandrue/sdk";
import { privateKeyToAccount } from "viem/accounts";

/** Hardhat's well-known development keys: never hold real funds. */
export const shopOwner = privateKeyToAccount("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
export const carrierAccount = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
export const buyerAccount = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9ac8024ae69b6");

export const CHAIN_ID = 31337;
export const SHOP_ID = 7n;

export const shippingContext: ShippingContext = { chainId: CHAIN_ID, shopId: SHOP_ID, buyer: buyerAccount.address };

export function validDetails(): ShippingDetails {
  return {
    name: "Camille Martin",
    street: "3 passage de la Main d’Or",
    postcode: "75011",
    city: "Paris",
    country: "FR",
    phone: "+33 6 12 34 56 78",
    instructions: "Code 4521B\n2nd floor, left door.",
  };
}

export async function shopKeyPair() {
  return deriveEncryptionKeyPair(
    await shopOwner.signTypedData(
      encryptionKeyTypedData({ chainId: CHAIN_ID, account: shopOwner.address, role: "shop", shopId: SHOP_ID }),
    ),
  );
}

export async function carrierKeyPair() {
  return deriveEncryptionKeyPair(
    await carrierAccount.signTypedData(
      encryptionKeyTypedData({ chainId: CHAIN_ID, account: carrierAccount.address, role: "carrier" }),
    ),
  );
}
