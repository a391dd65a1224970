import { bytesToBigInt, type Hex } from "viem";
import { signTypedData } from "viem/actions";
import { asMarketError } from "../../chain/asMarketError.ts";
import type { MarketSigner } from "../../chain/writeMarketContract.ts";
import type { ServiceDeployment } from "../serviceContracts.ts";
import { type RewardRedemption, rewardRedemptionTypedData } from "./redemptionTypedData.ts";

export type SignRewardRedemptionParameters = {
  shopId: bigint;
  /** The program's reward threshold (read it with `getStampCards` or the contract's `programOf`). */
  stamps: number;
  /** Unix seconds after which the shop can no longer use the consent; defaults to 15 minutes from now. */
  deadline?: bigint;
  /** An unused nonce; defaults to a random 256-bit one (nonces are unordered). */
  nonce?: bigint;
};
export type SignRewardRedemptionReturnType = { redemption: RewardRedemption; signature: Hex };

const DEFAULT_VALIDITY_SECONDS = 15n * 60n;

/**
 * The buyer consents, offline and without gas, to redeem one reward at a shop (typically shown as a QR code at the
 * counter); the shop then submits it with {@link redeemReward}. Revoke an unused one with
 * {@link invalidateRedemptionNonce}.
 * @example
 * const signed = await signRewardRedemption(buyerWallet, loyalty, { shopId, stamps: 10 })
 * await redeemReward(merchantWallet, loyalty, signed)
 */
export async function signRewardRedemption(
  client: MarketSigner,
  loyalty: ServiceDeployment,
  { shopId, stamps, deadline, nonce }: SignRewardRedemptionParameters,
): Promise<SignRewardRedemptionReturnType> {
  const redemption: RewardRedemption = {
    shopId,
    buyer: client.account.address,
    stamps,
    nonce: nonce ?? bytesToBigInt(crypto.getRandomValues(new Uint8Array(32))),
    deadline: deadline ?? BigInt(Math.floor(Date.now() / 1000)) + DEFAULT_VALIDITY_SECONDS,
  };
  try {
    const signature = await signTypedData(client, {
      account: client.account,
      ...rewardRedemptionTypedData(loyalty, client.chain.id, redemption),
    });
    return { redemption, signature };
  } catch (error) {
    throw asMarketError(error);
  }
}
