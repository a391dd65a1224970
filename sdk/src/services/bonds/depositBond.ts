import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { NATIVE_TOKEN } from "../../orders/types.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type DepositBondParameters = {
  shopId: bigint;
  /** `NATIVE_TOKEN` for ETH (sent with the transaction), or an ERC-20 the caller approved the bonds contract for. */
  token: Address;
  /** In token base units. */
  amount: bigint;
};
export type DepositBondReturnType = WriteResult;

/**
 * A shop manager adds collateral to the shop's bond in `token`. For an ERC-20, approve first with
 * `approveToken(client, deployment, { token, amount, spender: bonds.address })`.
 * @example await depositBond(merchantWallet, bonds, { shopId, token: NATIVE_TOKEN, amount: parseEther("2") })
 */
export async function depositBond(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { shopId, token, amount }: DepositBondParameters,
): Promise<DepositBondReturnType> {
  return writeMarketContract(client, {
    ...bondsContract(bonds),
    functionName: "deposit",
    args: [shopId, token, amount],
    value: token === NATIVE_TOKEN ? amount : 0n,
  });
}
