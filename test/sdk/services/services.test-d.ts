import {
  attestLabel,
  fileWarrantyClaim,
  getShopBonds,
  getShopLabels,
  getStampCards,
  type OrderTerms,
  type RewardRedemption,
  type ShopBond,
  type ShopLabel,
  type StampCard,
  signRewardRedemption,
} from "@grandrue/sdk";
import type { loyaltyStampsAbi } from "@grandrue/sdk/abis";
import type { Address, ContractFunctionArgs, Hex } from "viem";
import { describe, expectTypeOf, test } from "vitest";

describe("inferred types of the services' SDK", () => {
  test("the services take the escrow's order terms as they are", () => {
    expectTypeOf(fileWarrantyClaim).parameter(2).toHaveProperty("terms").toEqualTypeOf<OrderTerms>();
  });

  test("a signed redemption is exactly what the contract's redeemReward takes", () => {
    type RedeemArgs = ContractFunctionArgs<typeof loyaltyStampsAbi, "nonpayable", "redeemReward">;
    expectTypeOf<RewardRedemption>().toMatchTypeOf<RedeemArgs[0]>();
    expectTypeOf(signRewardRedemption).returns.resolves.toEqualTypeOf<{
      redemption: RewardRedemption;
      signature: Hex;
    }>();
  });

  test("actions and readers resolve to their documented results", () => {
    expectTypeOf(fileWarrantyClaim).returns.resolves.toHaveProperty("disputeId").toEqualTypeOf<bigint>();
    expectTypeOf(attestLabel).returns.resolves.toHaveProperty("attestationId").toEqualTypeOf<bigint>();
    expectTypeOf(getShopBonds).returns.resolves.toEqualTypeOf<ShopBond[]>();
    expectTypeOf(getStampCards).returns.resolves.toEqualTypeOf<StampCard[]>();
    expectTypeOf(getShopLabels).returns.resolves.toEqualTypeOf<ShopLabel[]>();
    expectTypeOf<ShopBond["token"]>().toEqualTypeOf<Address>();
  });
});
