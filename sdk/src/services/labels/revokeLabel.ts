import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { labelsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type RevokeLabelParameters = { attestationId: bigint };
export type RevokeLabelReturnType = WriteResult;

/**
 * The issuer revokes one of its attestations; the label is no longer valid from this block on.
 * @example await revokeLabel(certifierWallet, labels, { attestationId })
 */
export async function revokeLabel(
  client: MarketWalletClient,
  labels: ServiceDeployment,
  { attestationId }: RevokeLabelParameters,
): Promise<RevokeLabelReturnType> {
  return writeMarketContract(client, { ...labelsContract(labels), functionName: "revoke", args: [attestationId] });
}
