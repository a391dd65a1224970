import { getAbiItem } from "viem";
import { deliveryAttestationsAbi, escrowAbi, reviewsAbi, shopRegistryAbi } from "../generated/abis.ts";

/** The escrow's `OrderPaid` event, which carries every order's terms. */
export const orderPaidEvent = getAbiItem({ abi: escrowAbi, name: "OrderPaid" });

/** The escrow's `OrderAccepted` event, whose second topic is the order's carrier. */
export const orderAcceptedEvent = getAbiItem({ abi: escrowAbi, name: "OrderAccepted" });

/** Every escrow event whose first indexed argument is an order id. */
export const orderEvents = [
  orderPaidEvent,
  orderAcceptedEvent,
  getAbiItem({ abi: escrowAbi, name: "OrderDeclined" }),
  getAbiItem({ abi: escrowAbi, name: "OrderCancelled" }),
  getAbiItem({ abi: escrowAbi, name: "OrderExpired" }),
  getAbiItem({ abi: escrowAbi, name: "OrderShipped" }),
  getAbiItem({ abi: escrowAbi, name: "OrderDelivered" }),
  getAbiItem({ abi: escrowAbi, name: "OrderCompleted" }),
  getAbiItem({ abi: escrowAbi, name: "DisputeOpened" }),
  getAbiItem({ abi: escrowAbi, name: "ArbitrationRequested" }),
  getAbiItem({ abi: escrowAbi, name: "SettlementProposed" }),
  getAbiItem({ abi: escrowAbi, name: "DisputeResolved" }),
  getAbiItem({ abi: escrowAbi, name: "PaymentCredited" }),
  getAbiItem({ abi: escrowAbi, name: "HookFailed" }),
] as const;

/** The escrow's ERC-792 `Ruling` event (indexed by arbitrator and dispute id, not by order). */
export const rulingEvent = getAbiItem({ abi: escrowAbi, name: "Ruling" });

/** The reviews contract's events, indexed by order id then shop id. */
export const reviewEvents = [
  getAbiItem({ abi: reviewsAbi, name: "ReviewPosted" }),
  getAbiItem({ abi: reviewsAbi, name: "ReplyPosted" }),
] as const;

/** The attestations contract's `CheckpointRecorded` event, indexed by escrow, order id and carrier. */
export const checkpointRecordedEvent = getAbiItem({ abi: deliveryAttestationsAbi, name: "CheckpointRecorded" });

/** The escrow's `PaymentCredited` event, indexed by order id and account. */
export const paymentCreditedEvent = getAbiItem({ abi: escrowAbi, name: "PaymentCredited" });

/** Every registry event whose first indexed argument is a shop id. */
export const shopEvents = [
  getAbiItem({ abi: shopRegistryAbi, name: "ShopRegistered" }),
  getAbiItem({ abi: shopRegistryAbi, name: "ShopMetadataUpdated" }),
  getAbiItem({ abi: shopRegistryAbi, name: "CatalogPublished" }),
  getAbiItem({ abi: shopRegistryAbi, name: "ShopAcceptanceUpdated" }),
  getAbiItem({ abi: shopRegistryAbi, name: "ShopPayoutUpdated" }),
  getAbiItem({ abi: shopRegistryAbi, name: "ShopTermsUpdated" }),
  getAbiItem({ abi: shopRegistryAbi, name: "ShopActiveChanged" }),
  getAbiItem({ abi: shopRegistryAbi, name: "OrderHookUpdated" }),
] as const;

/** The registry's ERC-721 `Transfer` event (from, to and token id all indexed). */
export const shopTransferEvent = getAbiItem({ abi: shopRegistryAbi, name: "Transfer" });

/** The attestations contract's carrier profile events, indexed by carrier. */
export const carrierEvents = [
  getAbiItem({ abi: deliveryAttestationsAbi, name: "CarrierRegistered" }),
  getAbiItem({ abi: deliveryAttestationsAbi, name: "CarrierUpdated" }),
] as const;
