import { parseEventLogs, zeroAddress } from "viem";
import { MissingEventError } from "../../chain/errors.ts";
import { readMarketContract } from "../../chain/readMarketContract.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { mediatorArbitratorAbi } from "../../generated/abis.ts";
import type { OrderTerms } from "../../orders/types.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { guaranteeBondsAbi } from "../abis.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type FileWarrantyClaimParameters = {
  orderId: bigint;
  terms: OrderTerms;
  /** What the buyer claims, at most the order amount, in the order's token. */
  amount: bigint;
  /** CID of the claim's evidence document (photos, description). */
  evidenceCid: string;
};
export type FileWarrantyClaimReturnType = WriteResult & {
  /** The dispute id at the order's arbitrator, who rules on it (1 pays the buyer, 2 dismisses). */
  disputeId: bigint;
  /** What the arbitrator charged (its `arbitrationCost`), paid with the transaction. */
  arbitrationCost: bigint;
};

/**
 * The buyer files a warranty claim on a covered order: the amount is locked in the shop's bond and a dispute is
 * created with the order's arbitrator, whose `arbitrationCost` is read on-chain and paid with the transaction.
 * @example const { disputeId } = await fileWarrantyClaim(buyerWallet, bonds, { orderId, terms, amount, evidenceCid })
 */
export async function fileWarrantyClaim(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { orderId, terms, amount, evidenceCid }: FileWarrantyClaimParameters,
): Promise<FileWarrantyClaimReturnType> {
  const arbitrationCost =
    terms.arbitrator === zeroAddress
      ? 0n
      : await readMarketContract(client, {
          address: terms.arbitrator,
          abi: mediatorArbitratorAbi,
          functionName: "arbitrationCost",
          args: ["0x"],
        });
  const result = await writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "fileClaim",
    args: [orderId, terms, amount, cidToHex(evidenceCid)],
    value: arbitrationCost,
  });
  const [filed] = parseEventLogs({ abi: guaranteeBondsAbi, eventName: "ClaimFiled", logs: result.receipt.logs });
  if (filed === undefined) throw new MissingEventError("ClaimFiled", result.hash);
  return { ...result, disputeId: filed.args.disputeId, arbitrationCost };
}
