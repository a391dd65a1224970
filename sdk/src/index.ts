// Grandrue SDK: typed viem actions for every protocol operation, readers that rebuild state from events, and the
// shared rules (abilities, terms checks) the app and the CLI both use.

// ─── Deployment, contracts, errors ────────────────────────────────────────────────────────────────────────────
export {
  CONTRACT_NAMES,
  InvalidDeploymentError,
  deploymentStartBlock,
  parseDeployment,
  SERVICE_NAMES,
  type ContractName,
  type DeployedContract,
  type Deployment,
  type ServiceName,
} from "./deployment.ts";
export { marketContracts, type MarketContracts } from "./contracts.ts";
export { MarketError, marketErrorsAbi, parseMarketError, type MarketErrorName, type ParsedMarketError } from "./errors.ts";
export type { MarketSigner, MarketWalletClient, WriteResult } from "./internal/writeMarketContract.ts";

// ─── Chain reading ────────────────────────────────────────────────────────────────────────────────────────────
export type { MarketReadClient } from "./chain/client.ts";
export { GetLogsError, MissingEventError } from "./chain/errors.ts";
export {
  getLogsInRanges,
  isRangeTooLargeError,
  isTransientRpcError,
  type GetLogsInRangesParameters,
  type GetLogsInRangesReturnType,
  type TopicFilter,
} from "./chain/getLogsInRanges.ts";
export { toTopic } from "./chain/topics.ts";
export type { EventPosition } from "./chain/positionEvents.ts";

// ─── Shops ────────────────────────────────────────────────────────────────────────────────────────────────────
export type { PaymentOption, ShopAcceptance, ShopTerms } from "./shops/types.ts";
export { GeohashEncodingError, bytes12ToGeohash, cidFromHex, cidToHex, geohashToBytes12 } from "./shops/encoding.ts";
export { registerShop, type RegisterShopParameters, type RegisterShopReturnType } from "./shops/registerShop.ts";
export { updateShopMetadata, type UpdateShopMetadataParameters, type UpdateShopMetadataReturnType } from "./shops/updateShopMetadata.ts";
export { publishCatalog, type PublishCatalogParameters, type PublishCatalogReturnType } from "./shops/publishCatalog.ts";
export { updateAcceptance, type UpdateAcceptanceParameters, type UpdateAcceptanceReturnType } from "./shops/updateAcceptance.ts";
export { updatePayout, type UpdatePayoutParameters, type UpdatePayoutReturnType } from "./shops/updatePayout.ts";
export { updateTerms, type UpdateTermsParameters, type UpdateTermsReturnType } from "./shops/updateTerms.ts";
export { setShopActive, type SetShopActiveParameters, type SetShopActiveReturnType } from "./shops/setShopActive.ts";
export { setCompletionHook, type SetCompletionHookParameters, type SetCompletionHookReturnType } from "./shops/setCompletionHook.ts";
export { transferShop, type TransferShopParameters, type TransferShopReturnType } from "./shops/transferShop.ts";
export { approveShopOperator, type ApproveShopOperatorParameters, type ApproveShopOperatorReturnType } from "./shops/approveShopOperator.ts";
export {
  IncompleteShopHistoryError,
  getShop,
  type GetShopParameters,
  type GetShopReturnType,
  type ShopDetails,
  type ShopHistoryEntry,
  type ShopHistoryEvent,
} from "./shops/getShop.ts";

// ─── Orders ───────────────────────────────────────────────────────────────────────────────────────────────────
export {
  CHECKPOINTS,
  NATIVE_TOKEN,
  ORDER_STATUSES,
  RESOLUTIONS,
  UnknownEnumValueError,
  checkpointName,
  orderStatusName,
  resolutionName,
  type Checkpoint,
  type OrderRequest,
  type OrderStatus,
  type OrderTerms,
  type Resolution,
} from "./orders/types.ts";
export { paidOrderFromLog, paidOrdersFromLogs, type OrderPaidLog, type PaidOrder } from "./orders/paidOrders.ts";
export { buildOrderRequest, type BuildOrderRequestParameters, type BuildOrderRequestReturnType } from "./orders/buildOrderRequest.ts";
export { checkout, checkoutValue, type CheckoutParameters, type CheckoutReturnType } from "./orders/checkout.ts";
export {
  checkoutWithPermit,
  tokenTotals,
  type CheckoutWithPermitParameters,
  type CheckoutWithPermitReturnType,
} from "./orders/checkoutWithPermit.ts";
export { accept, type AcceptParameters, type AcceptReturnType } from "./orders/accept.ts";
export { decline, type DeclineParameters, type DeclineReturnType } from "./orders/decline.ts";
export { cancel, type CancelParameters, type CancelReturnType } from "./orders/cancel.ts";
export { expire, type ExpireParameters, type ExpireReturnType } from "./orders/expire.ts";
export { markShipped, type MarkShippedParameters, type MarkShippedReturnType } from "./orders/markShipped.ts";
export { confirmPickup, type ConfirmPickupParameters, type ConfirmPickupReturnType } from "./orders/confirmPickup.ts";
export { confirmDelivery, type ConfirmDeliveryParameters, type ConfirmDeliveryReturnType } from "./orders/confirmDelivery.ts";
export { confirmReceipt, type ConfirmReceiptParameters, type ConfirmReceiptReturnType } from "./orders/confirmReceipt.ts";
export { release, type ReleaseParameters, type ReleaseReturnType } from "./orders/release.ts";
export { complete, type CompleteParameters, type CompleteReturnType } from "./orders/complete.ts";
export { openDispute, type OpenDisputeParameters, type OpenDisputeReturnType } from "./orders/openDispute.ts";
export { proposeSettlement, type ProposeSettlementParameters, type ProposeSettlementReturnType } from "./orders/proposeSettlement.ts";
export { acceptSettlement, type AcceptSettlementParameters, type AcceptSettlementReturnType } from "./orders/acceptSettlement.ts";
export { executeRuling, type ExecuteRulingParameters, type ExecuteRulingReturnType } from "./orders/executeRuling.ts";
export { resolveTimedOut, type ResolveTimedOutParameters, type ResolveTimedOutReturnType } from "./orders/resolveTimedOut.ts";
export { withdrawCredit, type WithdrawCreditParameters, type WithdrawCreditReturnType } from "./orders/withdrawCredit.ts";
export {
  getOrderState,
  type GetOrderStateParameters,
  type GetOrderStateReturnType,
  type OrderState,
  type SettlementOffer,
} from "./orders/getOrderState.ts";
export { OrderNotFoundError, getOrder, type GetOrderParameters, type GetOrderReturnType, type OrderDetails } from "./orders/getOrder.ts";
export {
  getOrderTimeline,
  type GetOrderTimelineParameters,
  type GetOrderTimelineReturnType,
  type OrderTimelineEntry,
  type OrderTimelineEvent,
} from "./orders/getOrderTimeline.ts";
export { listOrders, type ListOrdersParameters, type ListOrdersReturnType, type OrderFilter } from "./orders/listOrders.ts";
export { getCredits, type Credit, type GetCreditsParameters, type GetCreditsReturnType } from "./orders/getCredits.ts";
export {
  getOrderAbilities,
  type OrderAbilities,
  type OrderAbilityState,
  type OrderViewer,
} from "./orders/abilities.ts";
export {
  checkOrderTermsForShop,
  type OrderTermsMismatch,
  type ShopOrderPolicy,
} from "./orders/checkOrderTermsForShop.ts";

// ─── Tokens ───────────────────────────────────────────────────────────────────────────────────────────────────
export { approveToken, type ApproveTokenParameters, type ApproveTokenReturnType } from "./tokens/approveToken.ts";
export {
  PermitNotSupportedError,
  signTokenPermit,
  type SignTokenPermitParameters,
  type TokenPermit,
} from "./tokens/signTokenPermit.ts";
export { erc20PermitAbi } from "./tokens/permitAbi.ts";

// ─── Delivery ─────────────────────────────────────────────────────────────────────────────────────────────────
export {
  checkpointValue,
  type CheckpointAttestation,
  type RecordableCheckpoint,
  type SignedCheckpoint,
} from "./delivery/types.ts";
export { checkpointAttestationTypes, checkpointTypedData } from "./delivery/checkpointTypedData.ts";
export { registerCarrier, type RegisterCarrierParameters, type RegisterCarrierReturnType } from "./delivery/registerCarrier.ts";
export { updateCarrier, type UpdateCarrierParameters, type UpdateCarrierReturnType } from "./delivery/updateCarrier.ts";
export { attestCheckpoint, type AttestCheckpointParameters, type AttestCheckpointReturnType } from "./delivery/attestCheckpoint.ts";
export { signCheckpoint, type SignCheckpointParameters, type SignCheckpointReturnType } from "./delivery/signCheckpoint.ts";
export { relayCheckpoint, type RelayCheckpointParameters, type RelayCheckpointReturnType } from "./delivery/relayCheckpoint.ts";
export { invalidateNonce, type InvalidateNonceParameters, type InvalidateNonceReturnType } from "./delivery/invalidateNonce.ts";
export type { CarrierDetails, CarrierHistoryEntry } from "./delivery/carrierRecords.ts";
export { getCarrier, type GetCarrierParameters, type GetCarrierReturnType } from "./delivery/getCarrier.ts";
export { listCarriers, type ListCarriersParameters, type ListCarriersReturnType } from "./delivery/listCarriers.ts";

// ─── Reviews ──────────────────────────────────────────────────────────────────────────────────────────────────
export { postReview, type PostReviewParameters, type PostReviewReturnType } from "./reviews/postReview.ts";
export { replyToReview, type ReplyToReviewParameters, type ReplyToReviewReturnType } from "./reviews/replyToReview.ts";
export {
  getShopReviews,
  type GetShopReviewsParameters,
  type GetShopReviewsReturnType,
  type ReviewReply,
  type ShopReview,
  type ShopReviews,
} from "./reviews/getShopReviews.ts";

// ─── Arbitration ──────────────────────────────────────────────────────────────────────────────────────────────
export { ESCROW_RULINGS, rulingValue, type EscrowRuling } from "./arbitration/rulings.ts";
export { giveOrderRuling, type GiveOrderRulingParameters, type GiveOrderRulingReturnType } from "./arbitration/giveOrderRuling.ts";
export { giveRuling, type GiveRulingParameters, type GiveRulingReturnType } from "./arbitration/giveRuling.ts";

// ─── IPFS, documents, privacy, discovery ──────────────────────────────────────────────────────────────────────
export * from "./ipfs/index.ts";
export * from "./documents/index.ts";
export * from "./privacy/index.ts";
export * from "./discovery/search/index.ts";
export * from "./discovery/geo/index.ts";
// Both modules name a type `Fulfilment`: the order document's (pickup / carrier / own-delivery) keeps the name, the
// search filter's (pickup / delivery) is renamed.
export type { Fulfilment } from "./documents/index.ts";
export type { Fulfilment as SearchFulfilment } from "./discovery/search/index.ts";
export * from "./discovery/indexer/index.ts";
export * from "./discovery/indexerClient/index.ts";
export * from "./checkout/index.ts";
export * from "./services/index.ts";
