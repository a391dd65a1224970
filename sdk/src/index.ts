// @grandrue/sdk: typed viem actions for every protocol operation, readers that rebuild state from events, and the
// shared rules (abilities, terms checks) the app and the CLI both use. Everything here runs in browsers and in Node;
// the Node-only helpers are in `@grandrue/sdk/node`, the contracts' generated ABIs in `@grandrue/sdk/abis`.
// Every public name is listed once, with the module that defines it: no `export *`, so no name can shadow another.

// ─── Deployment, contracts, errors ───────────────────────────────────────────────────────────────────────────────
export {
  CONTRACT_NAMES,
  InvalidDeploymentError,
  deploymentStartBlock,
  parseDeployment,
  SERVICE_NAMES,
  serviceDeployment,
  type ContractName,
  type DeployedContract,
  type Deployment,
  type DeploymentServices,
  type ServiceName,
} from "./deployment.ts";
export { marketContracts, type MarketContracts } from "./contracts.ts";
export {
  MarketError,
  parseMarketError,
  type MarketErrorName,
  type ParseMarketErrorOptions,
  type ParsedMarketError,
} from "./errors.ts";

// ─── Chain reads, writes and events (the helpers every action is built on; see docs/composing.md) ────────────────
export type { MarketReadClient } from "./chain/client.ts";
export { readMarketContract } from "./chain/readMarketContract.ts";
export {
  writeMarketContract,
  type MarketSigner,
  type MarketWalletClient,
  type WriteResult,
} from "./chain/writeMarketContract.ts";
export { asMarketError } from "./chain/asMarketError.ts";
export { deploymentBlock } from "./chain/deploymentBlocks.ts";
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
export { positionEvents, type EventPosition, type LogPosition } from "./chain/positionEvents.ts";
export {
  carrierEvents,
  checkpointRecordedEvent,
  orderEvents,
  orderPaidEvent,
  paymentCreditedEvent,
  reviewEvents,
  rulingEvent,
  shopEvents,
  shopTransferEvent,
} from "./chain/marketEvents.ts";

// ─── Shops ───────────────────────────────────────────────────────────────────────────────────────────────────────
export type { PaymentOption, ShopAcceptance, ShopTerms } from "./shops/types.ts";
export { GeohashEncodingError, bytes12ToGeohash, cidFromHex, cidToHex, geohashToBytes12 } from "./shops/encoding.ts";
export { registerShop, type RegisterShopParameters, type RegisterShopReturnType } from "./shops/registerShop.ts";
export {
  updateShopMetadata,
  type UpdateShopMetadataParameters,
  type UpdateShopMetadataReturnType,
} from "./shops/updateShopMetadata.ts";
export {
  publishCatalog,
  type PublishCatalogParameters,
  type PublishCatalogReturnType,
} from "./shops/publishCatalog.ts";
export {
  updateAcceptance,
  type UpdateAcceptanceParameters,
  type UpdateAcceptanceReturnType,
} from "./shops/updateAcceptance.ts";
export { updatePayout, type UpdatePayoutParameters, type UpdatePayoutReturnType } from "./shops/updatePayout.ts";
export { updateTerms, type UpdateTermsParameters, type UpdateTermsReturnType } from "./shops/updateTerms.ts";
export { setShopActive, type SetShopActiveParameters, type SetShopActiveReturnType } from "./shops/setShopActive.ts";
export {
  setCompletionHook,
  type SetCompletionHookParameters,
  type SetCompletionHookReturnType,
} from "./shops/setCompletionHook.ts";
export { transferShop, type TransferShopParameters, type TransferShopReturnType } from "./shops/transferShop.ts";
export {
  approveShopOperator,
  type ApproveShopOperatorParameters,
  type ApproveShopOperatorReturnType,
} from "./shops/approveShopOperator.ts";
export {
  IncompleteShopHistoryError,
  getShop,
  type GetShopParameters,
  type GetShopReturnType,
  type ShopDetails,
  type ShopHistoryEntry,
  type ShopHistoryEvent,
} from "./shops/getShop.ts";

// ─── Orders ──────────────────────────────────────────────────────────────────────────────────────────────────────
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
export {
  buildOrderRequest,
  type BuildOrderRequestParameters,
  type BuildOrderRequestReturnType,
} from "./orders/buildOrderRequest.ts";
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
export {
  confirmDelivery,
  type ConfirmDeliveryParameters,
  type ConfirmDeliveryReturnType,
} from "./orders/confirmDelivery.ts";
export {
  confirmReceipt,
  type ConfirmReceiptParameters,
  type ConfirmReceiptReturnType,
} from "./orders/confirmReceipt.ts";
export { release, type ReleaseParameters, type ReleaseReturnType } from "./orders/release.ts";
export { complete, type CompleteParameters, type CompleteReturnType } from "./orders/complete.ts";
export { openDispute, type OpenDisputeParameters, type OpenDisputeReturnType } from "./orders/openDispute.ts";
export {
  proposeSettlement,
  type ProposeSettlementParameters,
  type ProposeSettlementReturnType,
} from "./orders/proposeSettlement.ts";
export {
  acceptSettlement,
  type AcceptSettlementParameters,
  type AcceptSettlementReturnType,
} from "./orders/acceptSettlement.ts";
export { executeRuling, type ExecuteRulingParameters, type ExecuteRulingReturnType } from "./orders/executeRuling.ts";
export {
  resolveTimedOut,
  type ResolveTimedOutParameters,
  type ResolveTimedOutReturnType,
} from "./orders/resolveTimedOut.ts";
export {
  withdrawCredit,
  type WithdrawCreditParameters,
  type WithdrawCreditReturnType,
} from "./orders/withdrawCredit.ts";
export {
  getOrderState,
  type GetOrderStateParameters,
  type GetOrderStateReturnType,
  type OrderState,
  type SettlementOffer,
} from "./orders/getOrderState.ts";
export {
  OrderNotFoundError,
  getOrder,
  type GetOrderParameters,
  type GetOrderReturnType,
  type OrderDetails,
} from "./orders/getOrder.ts";
export {
  getOrderTimeline,
  type GetOrderTimelineParameters,
  type GetOrderTimelineReturnType,
  type OrderTimelineEntry,
  type OrderTimelineEvent,
} from "./orders/getOrderTimeline.ts";
export {
  listOrders,
  type ListOrdersParameters,
  type ListOrdersReturnType,
  type OrderFilter,
} from "./orders/listOrders.ts";
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

// ─── Tokens ──────────────────────────────────────────────────────────────────────────────────────────────────────
export { approveToken, type ApproveTokenParameters, type ApproveTokenReturnType } from "./tokens/approveToken.ts";
export {
  PermitNotSupportedError,
  signTokenPermit,
  type SignTokenPermitParameters,
  type TokenPermit,
} from "./tokens/signTokenPermit.ts";
export { erc20PermitAbi } from "./tokens/permitAbi.ts";

// ─── Delivery ────────────────────────────────────────────────────────────────────────────────────────────────────
export {
  checkpointValue,
  type CheckpointAttestation,
  type RecordableCheckpoint,
  type SignedCheckpoint,
} from "./delivery/types.ts";
export { checkpointAttestationTypes, checkpointTypedData } from "./delivery/checkpointTypedData.ts";
export {
  registerCarrier,
  type RegisterCarrierParameters,
  type RegisterCarrierReturnType,
} from "./delivery/registerCarrier.ts";
export { updateCarrier, type UpdateCarrierParameters, type UpdateCarrierReturnType } from "./delivery/updateCarrier.ts";
export {
  attestCheckpoint,
  type AttestCheckpointParameters,
  type AttestCheckpointReturnType,
} from "./delivery/attestCheckpoint.ts";
export {
  signCheckpoint,
  type SignCheckpointParameters,
  type SignCheckpointReturnType,
} from "./delivery/signCheckpoint.ts";
export {
  relayCheckpoint,
  type RelayCheckpointParameters,
  type RelayCheckpointReturnType,
} from "./delivery/relayCheckpoint.ts";
export {
  invalidateNonce,
  type InvalidateNonceParameters,
  type InvalidateNonceReturnType,
} from "./delivery/invalidateNonce.ts";
export type { CarrierDetails, CarrierHistoryEntry } from "./delivery/carrierRecords.ts";
export { getCarrier, type GetCarrierParameters, type GetCarrierReturnType } from "./delivery/getCarrier.ts";
export { listCarriers, type ListCarriersParameters, type ListCarriersReturnType } from "./delivery/listCarriers.ts";

// ─── Reviews ─────────────────────────────────────────────────────────────────────────────────────────────────────
export { postReview, type PostReviewParameters, type PostReviewReturnType } from "./reviews/postReview.ts";
export { replyToReview, type ReplyToReviewParameters, type ReplyToReviewReturnType } from "./reviews/replyToReview.ts";
export {
  getShopReviews,
  type GetShopReviewsParameters,
  type GetShopReviewsReturnType,
  type ShopReview,
  type ShopReviewReply,
  type ShopReviews,
} from "./reviews/getShopReviews.ts";

// ─── Arbitration ─────────────────────────────────────────────────────────────────────────────────────────────────
export { ESCROW_RULINGS, rulingValue, type EscrowRuling } from "./arbitration/rulings.ts";
export {
  giveOrderRuling,
  type GiveOrderRulingParameters,
  type GiveOrderRulingReturnType,
} from "./arbitration/giveOrderRuling.ts";
export { giveRuling, type GiveRulingParameters, type GiveRulingReturnType } from "./arbitration/giveRuling.ts";

// ─── IPFS ────────────────────────────────────────────────────────────────────────────────────────────────────────
export { cidFromBytes, cidToBytes, gatewayUrlFor, parseCid } from "./ipfs/cid.ts";
export { createIpfsClient } from "./ipfs/client.ts";
export type { IpfsClient, IpfsClientOptions } from "./ipfs/client.ts";
export {
  AllGatewaysFailedError,
  ContentMismatchError,
  ContentTooLargeError,
  GatewayError,
  GatewayHttpError,
  GatewayTimeoutError,
  GatewayUnreachableError,
  InvalidCidError,
  InvalidGatewayResponseError,
  IpfsError,
  IpfsWriteError,
  UnexpectedContentError,
  UnsupportedCidError,
} from "./ipfs/errors.ts";
export { createIpfsReader, DEFAULT_MAX_READ_BYTES, DEFAULT_READ_TIMEOUT_MS } from "./ipfs/reader.ts";
export type { IpfsReader, IpfsReaderOptions, ReadOptions } from "./ipfs/reader.ts";
export { createIpfsWriter } from "./ipfs/writer.ts";
export type { AddOptions, IpfsWriter, IpfsWriterOptions } from "./ipfs/writer.ts";
// ─── Documents (versioned IPFS JSON) ─────────────────────────────────────────────────────────────────────────────
export { DocumentValidationError, InvalidPriceError, type DocumentIssue } from "./documents/errors.ts";
export {
  MAX_SLUG_LENGTH,
  MAX_CATEGORIES,
  MAX_LABELS,
  MAX_CID_LENGTH,
  MAX_URL_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_STREET_LENGTH,
  MAX_POSTCODE_LENGTH,
  MAX_CITY_LENGTH,
  MAX_GEOHASH_LENGTH,
  MAX_PRICE_INTEGER_DIGITS,
  MAX_SHOP_NAME_LENGTH,
  MAX_SHOP_DESCRIPTION_LENGTH,
  MAX_SHOP_STORY_LENGTH,
  MAX_OPENING_HOURS,
  MAX_TERMS_TEXT_LENGTH,
  MAX_CATALOG_ITEMS,
  MAX_ITEM_ID_LENGTH,
  MAX_ITEM_TITLE_LENGTH,
  MAX_ITEM_DESCRIPTION_LENGTH,
  MAX_ITEM_IMAGES,
  MAX_ITEM_VARIANTS,
  MAX_VARIANT_LABEL_LENGTH,
  MAX_UNIT_LENGTH,
  MAX_ORDER_LINES,
  MAX_LINE_QUANTITY,
  MAX_REVIEW_TEXT_LENGTH,
  MAX_REVIEW_REPLY_LENGTH,
  MAX_CARRIER_NAME_LENGTH,
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_SERVICE_AREA_GEOHASHES,
  MAX_SERVICE_AREA_POSTCODES,
  MAX_CARRIER_FEES,
  MAX_FEE_LABEL_LENGTH,
  MAX_FEE_DISTANCE_KM,
  MAX_SUSTAINABILITY_LENGTH,
  MAX_RECIPIENT_NAME_LENGTH,
  MAX_DELIVERY_INSTRUCTIONS_LENGTH,
  MAX_SHIPPING_RECIPIENTS,
  MAX_SHIPPING_CIPHERTEXT_BYTES,
  MAX_REWARD_TITLE_LENGTH,
  MAX_REWARD_DESCRIPTION_LENGTH,
  MAX_ISSUER_NAME_LENGTH,
  MAX_ISSUER_DESCRIPTION_LENGTH,
  MAX_ISSUER_LABELS,
  MAX_LABEL_TITLE_LENGTH,
  MAX_LABEL_DESCRIPTION_LENGTH,
  MAX_CLAIM_DESCRIPTION_LENGTH,
  MAX_CLAIM_IMAGES,
} from "./documents/limits.ts";
export {
  currencyMinorUnits,
  minorUnitsToPrice,
  priceToMinorUnits,
  priceToTokenAmount,
  PRICE_PATTERN,
} from "./documents/price.ts";
export { computeOrderTotals, type OrderLineAmount, type OrderTotals } from "./documents/orderTotals.ts";
export { documentDigest } from "./documents/digest.ts";
export { parseVersionedDocument, parseWithSchema } from "./documents/parse.ts";
// A namespace, not a list: field names such as `address` or `price` would be ambiguous at the top level.
export * as documentFields from "./documents/fields/index.ts";
export {
  decodeDocument,
  encodeDocument,
  parseDocument,
  DOCUMENT_SCHEMA_IDS,
  MAX_DOCUMENT_BYTES,
  type DocumentKind,
  type DocumentTypes,
} from "./documents/registry.ts";
export {
  openingHoursSchema,
  openingPeriodSchema,
  parseShopMetadata,
  shopMetadataSchema,
  SHOP_SCHEMA_ID,
  type OpeningPeriod,
  type ShopMetadata,
} from "./documents/shop.ts";
export {
  catalogItemSchema,
  catalogSchema,
  catalogVariantSchema,
  parseCatalog,
  CATALOG_SCHEMA_ID,
  type Catalog,
  type CatalogItem,
  type CatalogVariant,
} from "./documents/catalog.ts";
export {
  orderItemsSchema,
  orderLineSchema,
  orderPaymentSchema,
  parseOrderItems,
  ORDER_ITEMS_SCHEMA_ID,
  type Fulfilment,
  type OrderItems,
  type OrderLine,
  type OrderPayment,
} from "./documents/orderItems.ts";
export {
  parseShippingEnvelope,
  shippingEnvelopeSchema,
  shippingRecipientSchema,
  POLY1305_TAG_BYTES,
  SHIPPING_SCHEMA_ID,
  WRAPPED_KEY_BYTES,
  XCHACHA_NONCE_BYTES,
  type ShippingEnvelope,
  type ShippingRecipient,
} from "./documents/shippingEnvelope.ts";
export {
  parseReview,
  parseReviewReply,
  reviewReplySchema,
  reviewSchema,
  REVIEW_REPLY_SCHEMA_ID,
  REVIEW_SCHEMA_ID,
  type Review,
  type ReviewReply,
} from "./documents/review.ts";
export {
  carrierFeeSchema,
  carrierProfileSchema,
  parseCarrierProfile,
  serviceAreaSchema,
  CARRIER_SCHEMA_ID,
  CARRIER_VEHICLES,
  type CarrierFee,
  type CarrierProfile,
  type CarrierVehicle,
} from "./documents/carrier.ts";
export {
  loyaltyRewardSchema,
  parseLoyaltyReward,
  LOYALTY_REWARD_SCHEMA_ID,
  type LoyaltyReward,
} from "./documents/loyaltyReward.ts";
export {
  issuedLabelSchema,
  labelIssuerProfileSchema,
  parseLabelIssuerProfile,
  LABEL_ISSUER_SCHEMA_ID,
  type IssuedLabel,
  type LabelIssuerProfile,
} from "./documents/labelIssuer.ts";
export {
  parseWarrantyClaimEvidence,
  warrantyClaimEvidenceSchema,
  WARRANTY_CLAIM_SCHEMA_ID,
  type WarrantyClaimEvidence,
} from "./documents/warrantyClaim.ts";
export {
  catalogToCsv,
  parseCatalogCsv,
  CATALOG_CSV_COLUMNS,
  type CatalogCsvColumn,
  type CatalogCsvError,
  type CatalogToCsvOptions,
  type ParseCatalogCsvOptions,
  type ParseCatalogCsvResult,
} from "./documents/catalogCsv.ts";
// ─── Privacy: encryption keys, shipping details, delivery codes ──────────────────────────────────────────────────
export { DecryptionError, EncryptionError, InvalidDeliveryCodeError, InvalidSignatureError } from "./privacy/errors.ts";
export { grandrueDomain } from "./privacy/eip712Domain.ts";
export { signatureSeed } from "./privacy/signatureSeed.ts";
export {
  deriveEncryptionKeyPair,
  encryptionKeyTypedData,
  encryptionKeyTypes,
  ENCRYPTION_KEY_PURPOSE,
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  type EncryptionKeyRole,
} from "./privacy/encryptionKey.ts";
export { parseShippingDetails, shippingDetailsSchema, type ShippingDetails } from "./privacy/shippingDetails.ts";
export { encodeShippingContext, type ShippingContext } from "./privacy/shippingContext.ts";
export { encryptShippingDetails, SHIPPING_PADDING_BLOCK } from "./privacy/encryptShippingDetails.ts";
export { decryptShippingDetails } from "./privacy/decryptShippingDetails.ts";
export {
  codeToBytes32,
  createDeliveryCode,
  deliveryCodeHash,
  formatDeliveryCode,
  normalizeDeliveryCode,
  DELIVERY_CODE_ALPHABET,
  DELIVERY_CODE_LENGTH,
} from "./privacy/deliveryCode.ts";
export {
  deliveryCodeSeedTypedData,
  deliveryCodeSeedTypes,
  deriveDeliveryCode,
  recoverDeliveryCode,
  DELIVERY_CODE_PURPOSE,
} from "./privacy/deriveDeliveryCode.ts";
// ─── Discovery: search ───────────────────────────────────────────────────────────────────────────────────────────
export type {
  SearchFulfilment,
  MatchedItem,
  SearchableItem,
  SearchableShop,
  ShopSearchQuery,
  ShopSearchResult,
  ShopStatus,
} from "./discovery/search/types.ts";
export { ShopSearchIndex } from "./discovery/search/shop-search-index.ts";
export { DuplicateShopError, InvalidSearchQueryError } from "./discovery/search/errors.ts";
export { DEFAULT_LIMIT, DEFAULT_RADIUS_METRES, planSearch } from "./discovery/search/search-plan.ts";
export type { SearchPlan } from "./discovery/search/search-plan.ts";
export {
  ITEM_FIELD_BOOSTS,
  MATCH_WEIGHTS,
  MAX_QUERY_TERMS,
  MIN_APPROXIMATE_TERM_LENGTH,
  RANKING_RULES,
  SHOP_FIELD_BOOSTS,
  allowsPrefix,
  compareByDistance,
  compareByScore,
  distanceDecay,
  halfDistanceMetres,
  maxTypos,
  roundScore,
} from "./discovery/search/ranking.ts";
export { STOP_WORDS, analyseQuery, foldText, keepMeaningfulTerm, tokenize } from "./discovery/search/text-analysis.ts";
export { acceptsToken, isItemOffered, normaliseTag, shopPassesOwnFilters } from "./discovery/search/filters.ts";
export type { FilterableItem, FilterableShop, SearchFilters } from "./discovery/search/filters.ts";
export { LISTED_STATUSES } from "./discovery/search/shop-records.ts";
// ─── Discovery: geography ────────────────────────────────────────────────────────────────────────────────────────
export type { BoundingBox, DecodedGeohash, LatLon } from "./discovery/geo/types.ts";
export { InvalidCoordinatesError, InvalidDistanceError, InvalidGeohashError } from "./discovery/geo/errors.ts";
export { assertValidDistance, assertValidLatLon, isValidLatLon } from "./discovery/geo/validate.ts";
export { EARTH_RADIUS_METRES, haversineMetres } from "./discovery/geo/haversine.ts";
export {
  DEFAULT_GEOHASH_PRECISION,
  MAX_GEOHASH_PRECISION,
  decodeGeohash,
  encodeGeohash,
  geohashBoundingBox,
  geohashNeighbours,
  isGeohash,
} from "./discovery/geo/geohash.ts";
export { boundingBoxAround, boundingBoxContains, splitAtAntimeridian } from "./discovery/geo/bounding-box.ts";
export {
  MAX_COVERING_CELLS,
  cellsCovering,
  coveringPrecision,
  geohashCellSizeDegrees,
} from "./discovery/geo/cells-covering.ts";
export { GeoPointIndex } from "./discovery/geo/geo-point-index.ts";
export type { PointDistance } from "./discovery/geo/geo-point-index.ts";
// ─── Discovery: the in-process indexer ───────────────────────────────────────────────────────────────────────────
export { ShopIndexer, type ShopIndexerOptions, type SyncReport } from "./discovery/indexer/shopIndexer.ts";
export { createMemoryCache } from "./discovery/indexer/memoryCache.ts";
export { createIndexedDbCache } from "./discovery/indexer/indexedDbCache.ts";
export { toSearchableShop } from "./discovery/indexer/toSearchableShop.ts";
export type {
  IndexCache,
  IndexedShop,
  IndexedPaymentOption,
  ShopChainRecord,
  ShopWindows,
} from "./discovery/indexer/types.ts";
// ─── Checkout ────────────────────────────────────────────────────────────────────────────────────────────────────
export { prepareOrder, type PrepareOrderParameters, type PreparedOrder } from "./checkout/prepareOrder.ts";
export { DigestMismatchError, cidOfDigest, publishPreparedOrder } from "./checkout/publishPreparedOrder.ts";
// ─── Services ────────────────────────────────────────────────────────────────────────────────────────────────────
// Services built on the protocol's public interfaces only: guarantee bonds, loyalty stamps, label attestations.
// Each action takes the service's own deployment record ({ address, blockNumber }), not the protocol's.
export { bondsContract, labelsContract, loyaltyContract, type ServiceDeployment } from "./services/serviceContracts.ts";

// ─── Services: guarantee bonds ───────────────────────────────────────────────────────────────────────────────────
export { BOND_RULINGS, CLAIM_STATUSES, claimStatusName, type ClaimStatus } from "./services/bonds/types.ts";
export {
  setWarrantyPeriod,
  type SetWarrantyPeriodParameters,
  type SetWarrantyPeriodReturnType,
} from "./services/bonds/setWarrantyPeriod.ts";
export { depositBond, type DepositBondParameters, type DepositBondReturnType } from "./services/bonds/depositBond.ts";
export {
  announceBondWithdrawal,
  type AnnounceBondWithdrawalParameters,
  type AnnounceBondWithdrawalReturnType,
} from "./services/bonds/announceBondWithdrawal.ts";
export {
  withdrawBond,
  type WithdrawBondParameters,
  type WithdrawBondReturnType,
} from "./services/bonds/withdrawBond.ts";
export {
  registerWarranty,
  type RegisterWarrantyParameters,
  type RegisterWarrantyReturnType,
} from "./services/bonds/registerWarranty.ts";
export {
  fileWarrantyClaim,
  type FileWarrantyClaimParameters,
  type FileWarrantyClaimReturnType,
} from "./services/bonds/fileWarrantyClaim.ts";
export {
  closeLapsedClaim,
  type CloseLapsedClaimParameters,
  type CloseLapsedClaimReturnType,
} from "./services/bonds/closeLapsedClaim.ts";
export {
  withdrawBondCredit,
  type WithdrawBondCreditParameters,
  type WithdrawBondCreditReturnType,
} from "./services/bonds/withdrawBondCredit.ts";
export {
  getOrderWarranty,
  type GetOrderWarrantyParameters,
  type GetOrderWarrantyReturnType,
  type OrderWarranty,
  type WarrantyClaim,
} from "./services/bonds/getOrderWarranty.ts";
export {
  getShopBonds,
  type BondClaim,
  type GetShopBondsParameters,
  type GetShopBondsReturnType,
  type ShopBond,
} from "./services/bonds/getShopBonds.ts";

// ─── Services: loyalty stamps ────────────────────────────────────────────────────────────────────────────────────
export {
  registerLoyaltyProgram,
  type RegisterLoyaltyProgramParameters,
  type RegisterLoyaltyProgramReturnType,
} from "./services/loyalty/registerLoyaltyProgram.ts";
export {
  updateLoyaltyReward,
  type UpdateLoyaltyRewardParameters,
  type UpdateLoyaltyRewardReturnType,
} from "./services/loyalty/updateLoyaltyReward.ts";
export {
  setLoyaltyProgramActive,
  type SetLoyaltyProgramActiveParameters,
  type SetLoyaltyProgramActiveReturnType,
} from "./services/loyalty/setLoyaltyProgramActive.ts";
export { claimStamps, type ClaimStampsParameters, type ClaimStampsReturnType } from "./services/loyalty/claimStamps.ts";
export {
  rewardRedemptionTypedData,
  rewardRedemptionTypes,
  type RewardRedemption,
} from "./services/loyalty/redemptionTypedData.ts";
export {
  signRewardRedemption,
  type SignRewardRedemptionParameters,
  type SignRewardRedemptionReturnType,
} from "./services/loyalty/signRewardRedemption.ts";
export {
  decodeRedemptionCode,
  encodeRedemptionCode,
  InvalidRedemptionCodeError,
  type SignedRedemption,
} from "./services/loyalty/redemptionCode.ts";
export {
  redeemReward,
  type RedeemRewardParameters,
  type RedeemRewardReturnType,
} from "./services/loyalty/redeemReward.ts";
export {
  invalidateRedemptionNonce,
  type InvalidateRedemptionNonceParameters,
  type InvalidateRedemptionNonceReturnType,
} from "./services/loyalty/invalidateRedemptionNonce.ts";
export {
  getStampCards,
  type GetStampCardsParameters,
  type GetStampCardsReturnType,
  type StampCard,
  type StampCardEntry,
} from "./services/loyalty/getStampCards.ts";
export {
  getRegularCount,
  type GetRegularCountParameters,
  type GetRegularCountReturnType,
} from "./services/loyalty/getRegularCount.ts";
export {
  getLoyaltyProgram,
  type GetLoyaltyProgramParameters,
  type GetLoyaltyProgramReturnType,
  type LoyaltyProgram,
} from "./services/loyalty/getLoyaltyProgram.ts";
export {
  getStampedOrders,
  type GetStampedOrdersParameters,
  type GetStampedOrdersReturnType,
} from "./services/loyalty/getStampedOrders.ts";

// ─── Services: label attestations ────────────────────────────────────────────────────────────────────────────────
export { InvalidLabelSlugError, labelFromBytes32, labelToBytes32 } from "./services/labels/labelSlug.ts";
export {
  registerLabelIssuer,
  type RegisterLabelIssuerParameters,
  type RegisterLabelIssuerReturnType,
} from "./services/labels/registerLabelIssuer.ts";
export {
  updateLabelIssuer,
  type UpdateLabelIssuerParameters,
  type UpdateLabelIssuerReturnType,
} from "./services/labels/updateLabelIssuer.ts";
export { attestLabel, type AttestLabelParameters, type AttestLabelReturnType } from "./services/labels/attestLabel.ts";
export { revokeLabel, type RevokeLabelParameters, type RevokeLabelReturnType } from "./services/labels/revokeLabel.ts";
export {
  getShopLabels,
  type GetShopLabelsParameters,
  type GetShopLabelsReturnType,
  type ShopLabel,
} from "./services/labels/getShopLabels.ts";
export {
  getAllLabels,
  type GetAllLabelsParameters,
  type GetAllLabelsReturnType,
} from "./services/labels/getAllLabels.ts";
export {
  getLabelIssuers,
  type GetLabelIssuersParameters,
  type GetLabelIssuersReturnType,
  type LabelIssuer,
} from "./services/labels/getLabelIssuers.ts";
