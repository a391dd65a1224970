import {
  type CheckpointAttestation,
  getOrderAbilities,
  getOrderTimeline,
  listOrders,
  type OrderAbilities,
  type OrderTerms,
  type OrderTimelineEntry,
  registerShop,
  type ShopTerms,
  signCheckpoint,
} from "@grandrue/sdk";
import type { Address, Hex } from "viem";
import { describe, expectTypeOf, test } from "vitest";

describe("inferred types of the SDK's public API", () => {
  test("order terms are the escrow's Order struct, with viem's number/bigint split", () => {
    expectTypeOf<OrderTerms["amount"]>().toEqualTypeOf<bigint>();
    expectTypeOf<OrderTerms["shipHours"]>().toEqualTypeOf<number>();
    expectTypeOf<OrderTerms["carrier"]>().toEqualTypeOf<Address>();
    expectTypeOf<ShopTerms>().toEqualTypeOf<{
      acceptHours: number;
      shipHours: number;
      deliveryHours: number;
      returnHours: number;
    }>();
  });

  test("actions resolve to their documented results", () => {
    expectTypeOf(registerShop).returns.resolves.toHaveProperty("shopId").toEqualTypeOf<bigint>();
    expectTypeOf(signCheckpoint).returns.resolves.toEqualTypeOf<{
      attestation: CheckpointAttestation;
      signature: Hex;
    }>();
    expectTypeOf(getOrderAbilities).returns.toEqualTypeOf<OrderAbilities>();
    expectTypeOf(getOrderTimeline).returns.resolves.toEqualTypeOf<OrderTimelineEntry[]>();
  });

  test("listOrders takes exactly one of buyer, shop id or carrier", () => {
    expectTypeOf(listOrders)
      .parameter(2)
      .toMatchTypeOf<{ buyer: Address } | { shopId: bigint } | { carrier: Address }>();
    expectTypeOf<{ blockRange: bigint }>().not.toMatchTypeOf<Parameters<typeof listOrders>[2]>();
  });

  test("timeline entries narrow on their type", () => {
    type Checkpoint = Extract<OrderTimelineEntry, { type: "Checkpoint" }>;
    expectTypeOf<Checkpoint["relayer"]>().toEqualTypeOf<Address>();
    expectTypeOf<Extract<OrderTimelineEntry, { type: "Resolved" }>["resolution"]>().toEqualTypeOf<
      "None" | "Settlement" | "Ruling" | "Timeout"
    >();
  });
});
