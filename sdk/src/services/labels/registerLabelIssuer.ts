import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { labelsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type RegisterLabelIssuerParameters = {
  /** Display name, at most 64 bytes of UTF-8. */
  name: string;
  /** CID of the issuer's profile (who they are, which labels they certify and how). */
  profileCid: string;
};
export type RegisterLabelIssuerReturnType = WriteResult;

/**
 * Registers the caller as a label issuer (an association, a certifier, a local-currency network). Permissionless:
 * readers choose whose labels they trust.
 * @example await registerLabelIssuer(certifierWallet, labels, { name: "Bio Certif", profileCid })
 */
export async function registerLabelIssuer(
  client: MarketWalletClient,
  labels: ServiceDeployment,
  { name, profileCid }: RegisterLabelIssuerParameters,
): Promise<RegisterLabelIssuerReturnType> {
  return writeMarketContract(client, {
    ...labelsContract(labels),
    functionName: "registerIssuer",
    args: [name, cidToHex(profileCid)],
  });
}
