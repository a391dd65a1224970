import { parseEventLogs } from "viem";
import { MissingEventError } from "../../chain/errors.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import type { OrderTerms } from "../../orders/types.ts";
import { guaranteeBondsAbi } from "../abis.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type RegisterWarrantyParameters = { orderId: bigint; terms: OrderTerms };
export type RegisterWarrantyReturnType = WriteResult & {
  /** Last second a claim may be filed (unix seconds). */ endsAt: number;
};

/**
 * A shop manager starts the warranty of a completed order it accepted (needed when the bonds contract was not the
 * order's completion hook; with the hook, the warranty starts at completion by itself).
 * @example const { endsAt } = await registerWarranty(merchantWallet, bonds, { orderId, terms })
 */
export async function registerWarranty(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { orderId, terms }: RegisterWarrantyParameters,
): Promise<RegisterWarrantyReturnType> {
  const result = await writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "registerOrder",
    args: [orderId, terms],
  });
  const [started] = parseEventLogs({ abi: guaranteeBondsAbi, eventName: "WarrantyStarted", logs: result.receipt.logs });
  if (started === undefined) throw new MissingEventError("WarrantyStarted", result.hash);
  return { ...result, endsAt: started.args.endsAt };
}
