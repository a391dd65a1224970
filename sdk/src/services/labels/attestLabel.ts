import { parseEventLogs } from "viem";
import { MissingEventError } from "../../chain/errors.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { labelAttestationsAbi } from "../abis.ts";
import { labelsContract, type ServiceDeployment } from "../serviceContracts.ts";
import { labelToBytes32 } from "./labelSlug.ts";

export type AttestLabelParameters = {
  shopId: bigint;
  /** The label's slug, e.g. "organic" or "local-currency". */
  label: string;
  /** Last second the label is valid (unix seconds), or `undefined` for no expiry. */
  expiresAt?: number;
  /** CID of the evidence (audit report, membership record). */
  evidenceCid: string;
};
export type AttestLabelReturnType = WriteResult & { attestationId: bigint };

/**
 * A registered issuer attests that a shop holds a label. An issuer that manages the shop is refused
 * (`SelfAttestation`). Attesting again renews: the new attestation becomes the issuer's latest for that label.
 * @example const { attestationId } = await attestLabel(certifierWallet, labels, { shopId, label: "organic", expiresAt, evidenceCid })
 */
export async function attestLabel(
  client: MarketWalletClient,
  labels: ServiceDeployment,
  { shopId, label, expiresAt, evidenceCid }: AttestLabelParameters,
): Promise<AttestLabelReturnType> {
  const result = await writeMarketContract(client, {
    ...labelsContract(labels),
    functionName: "attest",
    args: [shopId, labelToBytes32(label), BigInt(expiresAt ?? 0), cidToHex(evidenceCid)],
  });
  const [attested] = parseEventLogs({
    abi: labelAttestationsAbi,
    eventName: "LabelAttested",
    logs: result.receipt.logs,
  });
  if (attested === undefined) throw new MissingEventError("LabelAttested", result.hash);
  return { ...result, attestationId: attested.args.attestationId };
}
