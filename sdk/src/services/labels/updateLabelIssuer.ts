import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { labelsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type UpdateLabelIssuerParameters = { name: string; profileCid: string };
export type UpdateLabelIssuerReturnType = WriteResult;

/**
 * A registered issuer publishes a new name and profile.
 * @example await updateLabelIssuer(certifierWallet, labels, { name: "Bio Certif SA", profileCid })
 */
export async function updateLabelIssuer(
  client: MarketWalletClient,
  labels: ServiceDeployment,
  { name, profileCid }: UpdateLabelIssuerParameters,
): Promise<UpdateLabelIssuerReturnType> {
  return writeMarketContract(client, {
    ...labelsContract(labels),
    functionName: "updateIssuer",
    args: [name, cidToHex(profileCid)],
  });
}
