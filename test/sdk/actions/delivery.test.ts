import {
  accept,
  attestCheckpoint,
  CHECKPOINTS,
  checkpointTypedData,
  getOrderState,
  invalidateNonce,
  registerCarrier,
  relayCheckpoint,
  signCheckpoint,
  updateCarrier,
} from "@grandrue/sdk";
import { deliveryAttestationsAbi } from "@grandrue/sdk/abis";
import { hashTypedData, parseEventLogs, recoverTypedDataAddress } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
});

function attestations() {
  return { address: market.deployment.contracts.DeliveryAttestations.address, abi: deliveryAttestationsAbi } as const;
}

/** An accepted order the fixture's courier delivers. */
async function orderForCourier() {
  const order = await market.placeOrder({ carrier: market.accounts.courier.account.address, deliveryFee: 1000n });
  await accept(market.accounts.merchant, market.deployment, order);
  return order;
}

async function statusOf(orderId: bigint) {
  return (await getOrderState(market.publicClient, market.deployment, { orderId })).status;
}

describe("carrier registry", () => {
  test("registerCarrier then updateCarrier publish the carrier's profile", async () => {
    const { courier } = market.accounts;
    const { receipt } = await registerCarrier(courier, market.deployment, { profileCid: cidOf("courier v1") });
    expect(
      parseEventLogs({ abi: deliveryAttestationsAbi, eventName: "CarrierRegistered", logs: receipt.logs }),
    ).toHaveLength(1);
    expect(
      await market.publicClient.readContract({
        ...attestations(),
        functionName: "isCarrier",
        args: [courier.account.address],
      }),
    ).toBe(true);
    const update = await updateCarrier(courier, market.deployment, { profileCid: cidOf("courier v2") });
    expect(
      parseEventLogs({ abi: deliveryAttestationsAbi, eventName: "CarrierUpdated", logs: update.receipt.logs }),
    ).toHaveLength(1);
  });

  test("registering twice reverts with CarrierAlreadyRegistered", async () => {
    const { courier } = market.accounts;
    const error = await expectMarketError(
      registerCarrier(courier, market.deployment, { profileCid: cidOf("again") }),
      "CarrierAlreadyRegistered",
    );
    expect(error.args.carrier).toBe(courier.account.address);
  });

  test("updating without registering reverts with CarrierNotRegistered", async () => {
    await expectMarketError(
      updateCarrier(market.accounts.stranger, market.deployment, { profileCid: cidOf("x") }),
      "CarrierNotRegistered",
    );
  });
});

describe("attestCheckpoint", () => {
  test("the carrier records pickup, a transit checkpoint and delivery with the buyer's code", async () => {
    const { courier } = market.accounts;
    const order = await orderForCourier();
    await attestCheckpoint(courier, market.deployment, { ...order, checkpoint: "PickedUp" });
    expect(await statusOf(order.orderId)).toBe("Shipped");
    const { receipt } = await attestCheckpoint(courier, market.deployment, { ...order, checkpoint: "OutForDelivery" });
    const [recorded] = parseEventLogs({
      abi: deliveryAttestationsAbi,
      eventName: "CheckpointRecorded",
      logs: receipt.logs,
    });
    expect(CHECKPOINTS[recorded!.args.checkpoint]).toBe("OutForDelivery");
    expect(recorded!.args.relayer).toBe(courier.account.address);
    await attestCheckpoint(courier, market.deployment, {
      ...order,
      checkpoint: "Delivered",
      deliveryProof: order.deliveryProof,
    });
    expect(await statusOf(order.orderId)).toBe("Delivered");
  });

  test("someone who is not the order's carrier is refused with NotOrderCarrier", async () => {
    const order = await orderForCourier();
    const error = await expectMarketError(
      attestCheckpoint(market.accounts.stranger, market.deployment, { ...order, checkpoint: "PickedUp" }),
      "NotOrderCarrier",
    );
    expect(error.args).toEqual({ orderId: order.orderId, account: market.accounts.stranger.account.address });
  });
});

describe("signCheckpoint and relayCheckpoint", () => {
  test("signs EIP-712 typed data whose digest is the contract's and whose signer is the carrier", async () => {
    const { courier } = market.accounts;
    const { attestation, signature } = await signCheckpoint(courier, market.deployment, {
      orderId: 1n,
      checkpoint: "InTransit",
      recordedAt: 1_800_000_000,
    });
    const typedData = checkpointTypedData(market.deployment, attestation);
    expect(await recoverTypedDataAddress({ ...typedData, signature })).toBe(courier.account.address);
    const onChainDigest = await market.publicClient.readContract({
      ...attestations(),
      functionName: "attestationDigest",
      args: [attestation],
    });
    expect(hashTypedData(typedData)).toBe(onChainDigest);
    expect(attestation.deadline).toBe(1_800_000_000n + 7n * 24n * 3600n);
    expect(attestation.escrow).toBe(market.deployment.contracts.Escrow.address);
  });

  test("draws a fresh random 256-bit nonce for each signature", async () => {
    const { courier } = market.accounts;
    const first = await signCheckpoint(courier, market.deployment, { orderId: 1n, checkpoint: "InTransit" });
    const second = await signCheckpoint(courier, market.deployment, { orderId: 1n, checkpoint: "InTransit" });
    expect(first.attestation.nonce).not.toBe(second.attestation.nonce);
    expect(first.attestation.nonce > 2n ** 200n || second.attestation.nonce > 2n ** 200n).toBe(true);
  });

  test("anyone relays the courier's signed pickup and delivery, and the order moves", async () => {
    const { courier, stranger, buyer } = market.accounts;
    const order = await orderForCourier();
    const pickup = await signCheckpoint(courier, market.deployment, { orderId: order.orderId, checkpoint: "PickedUp" });
    const delivered = await signCheckpoint(courier, market.deployment, {
      orderId: order.orderId,
      checkpoint: "Delivered",
      deliveryProof: order.deliveryProof,
    });
    const { receipt } = await relayCheckpoint(stranger, market.deployment, { ...pickup, terms: order.terms });
    const [recorded] = parseEventLogs({
      abi: deliveryAttestationsAbi,
      eventName: "CheckpointRecorded",
      logs: receipt.logs,
    });
    expect(recorded!.args).toMatchObject({
      carrier: courier.account.address,
      relayer: stranger.account.address,
      recordedAt: pickup.attestation.recordedAt,
    });
    expect(await statusOf(order.orderId)).toBe("Shipped");
    await relayCheckpoint(buyer, market.deployment, { ...delivered, terms: order.terms });
    expect(await statusOf(order.orderId)).toBe("Delivered");
  });

  test("a relayed signature cannot be used twice: NonceAlreadyUsed", async () => {
    const order = await orderForCourier();
    const signed = await signCheckpoint(market.accounts.courier, market.deployment, {
      orderId: order.orderId,
      checkpoint: "InTransit",
    });
    await relayCheckpoint(market.accounts.stranger, market.deployment, { ...signed, terms: order.terms });
    await expectMarketError(
      relayCheckpoint(market.accounts.stranger, market.deployment, { ...signed, terms: order.terms }),
      "NonceAlreadyUsed",
    );
  });

  test("invalidateNonce revokes a signed checkpoint before anyone relays it", async () => {
    const { courier, stranger } = market.accounts;
    const order = await orderForCourier();
    const signed = await signCheckpoint(courier, market.deployment, { orderId: order.orderId, checkpoint: "PickedUp" });
    await invalidateNonce(courier, market.deployment, { nonce: signed.attestation.nonce });
    const error = await expectMarketError(
      relayCheckpoint(stranger, market.deployment, { ...signed, terms: order.terms }),
      "NonceAlreadyUsed",
    );
    expect(error.args).toEqual({ owner: courier.account.address, nonce: signed.attestation.nonce });
    expect(await statusOf(order.orderId)).toBe("Accepted");
  });

  test("a signature past its deadline is refused with AttestationExpired", async () => {
    const order = await orderForCourier();
    const deadline = BigInt(await market.now());
    const signed = await signCheckpoint(market.accounts.courier, market.deployment, {
      orderId: order.orderId,
      checkpoint: "PickedUp",
      deadline,
    });
    const error = await expectMarketError(
      relayCheckpoint(market.accounts.stranger, market.deployment, { ...signed, terms: order.terms }),
      "AttestationExpired",
    );
    expect(error.args.deadline).toBe(deadline);
  });

  test("a checkpoint signed by someone other than the carrier is refused with InvalidSignature", async () => {
    const order = await orderForCourier();
    const forged = await signCheckpoint(market.accounts.stranger, market.deployment, {
      orderId: order.orderId,
      checkpoint: "PickedUp",
    });
    const error = await expectMarketError(
      relayCheckpoint(market.accounts.stranger, market.deployment, { ...forged, terms: order.terms }),
      "InvalidSignature",
    );
    expect(error.args.carrier).toBe(market.accounts.courier.account.address);
  });
});
