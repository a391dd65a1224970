// @grandrue/sdk: typed viem actions for every protocol operation, readers that rebuild state from events, and the
// shared rules (abilities, terms checks) the app and the CLI both use. Everything here runs in browsers and in Node;
// the Node-only helpers are in `@grandrue/sdk/node`, the contracts' generated ABIs in `@grandrue/sdk/abis`.
// Every public name is listed once, with the module that defines it: no `export *`, so no name can shadow another.

export {
  type GiveOrderRulingParameters,
  type GiveOrderRulingReturnType,
  giveOrderRuling,
} from "./arbitration/giveOrderRuling.ts";
export { type GiveRulingParameters, type GiveRulingReturnType, giveRuling } from "./arbitration/giveRuling.ts";
// ─── Arbitration ─────────────────────────────────────────────────────────────────────────────────────────────────
export { ESCROW_RULINGS, type EscrowRuling, rulingValue } from "./arbitration/rulings.ts";
export { asMarketError } from "./chain/asMarketError.ts";
// ─── Chain reads, writes and events (the helpers every action is built on; see docs/composing.md) ────────────────
export type { MarketReadClient } from "./chain/client.ts";
export { deploymentBlock } from "./chain/deploymentBlocks.ts";
export { GetLogsError, MissingEventError } from "./chain/errors.ts";
export {
  type GetLogsInRangesParameters,
  type GetLogsInRangesReturnType,
  getLogsInRanges,
  isRangeTooLargeError,
  isTransientRpcError,
  type TopicFilter,
} from "./chain/getLogsInRanges.ts";
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
export {
  KNOWN_NATIVE_CURRENCY_CHAIN_IDS,
  knownNativeCurrency,
  type NativeCurrency,
  parseNativeCurrency,
} from "./chain/nativeCurrency.ts";
export { type EventPosition, type LogPosition, positionEvents } from "./chain/positionEvents.ts";
export { readMarketContract } from "./chain/readMarketContract.ts";
export { toTopic } from "./chain/topics.ts";
export {
  type MarketSigner,
  type MarketWalletClient,
  type WriteResult,
  writeMarketContract,
} from "./chain/writeMarketContract.ts";
export { type MarketContracts, marketContracts } from "./contracts.ts";
export {
  type AttestCheckpointParameters,
  type AttestCheckpointReturnType,
  attestCheckpoint,
} from "./delivery/attestCheckpoint.ts";
export type { CarrierDetails, CarrierHistoryEntry } from "./delivery/carrierRecords.ts";
export { checkpointAttestationTypes, checkpointTypedData } from "./delivery/checkpointTypedData.ts";
export {
  createDeliveryCode,
  DELIVERY_CODE_ALPHABET,
  DELIVERY_CODE_LENGTH,
  formatDeliveryCode,
  normalizeDeliveryCode,
  toCodeHash,
  toDeliveryProof,
} from "./delivery/deliveryCode.ts";
export {
  DELIVERY_CODE_PURPOSE,
  deliveryCodeSeedTypedData,
  deliveryCodeSeedTypes,
  deriveDeliveryCode,
  recoverDeliveryCode,
} from "./delivery/deriveDeliveryCode.ts";
export { type GetCarrierParameters, type GetCarrierReturnType, getCarrier } from "./delivery/getCarrier.ts";
export {
  type GetLastCheckpointParameters,
  getLastCheckpoint,
  type LastCheckpoint,
} from "./delivery/getLastCheckpoint.ts";
export {
  type InvalidateNonceParameters,
  type InvalidateNonceReturnType,
  invalidateNonce,
} from "./delivery/invalidateNonce.ts";
export { InvalidDeliveryCodeError } from "./delivery/invalidDeliveryCodeError.ts";
export { type ListCarriersParameters, type ListCarriersReturnType, listCarriers } from "./delivery/listCarriers.ts";
export {
  type RegisterCarrierParameters,
  type RegisterCarrierReturnType,
  registerCarrier,
} from "./delivery/registerCarrier.ts";
export {
  type RelayCheckpointParameters,
  type RelayCheckpointReturnType,
  relayCheckpoint,
} from "./delivery/relayCheckpoint.ts";
export {
  type SignCheckpointParameters,
  type SignCheckpointReturnType,
  signCheckpoint,
} from "./delivery/signCheckpoint.ts";
// ─── Delivery ────────────────────────────────────────────────────────────────────────────────────────────────────
export {
  type CheckpointAttestation,
  checkpointValue,
  type RecordableCheckpoint,
  type SignedCheckpoint,
} from "./delivery/types.ts";
export { type UpdateCarrierParameters, type UpdateCarrierReturnType, updateCarrier } from "./delivery/updateCarrier.ts";
// ─── Deployment, contracts, errors ───────────────────────────────────────────────────────────────────────────────
export {
  CONTRACT_NAMES,
  type ContractName,
  DEV_TOKEN_SYMBOLS,
  type DeployedContract,
  type Deployment,
  type DeploymentServices,
  type DevTokenSymbol,
  deploymentStartBlock,
  InvalidDeploymentError,
  parseDeployment,
  SERVICE_NAMES,
  type ServiceName,
  serviceDeployment,
} from "./deployment.ts";
export { boundingBoxAround, boundingBoxContains, splitAtAntimeridian } from "./discovery/geo/bounding-box.ts";
export {
  cellsCovering,
  coveringPrecision,
  geohashCellSizeDegrees,
  MAX_COVERING_CELLS,
} from "./discovery/geo/cells-covering.ts";
export { InvalidCoordinatesError, InvalidDistanceError, InvalidGeohashError } from "./discovery/geo/errors.ts";
export type { PointDistance } from "./discovery/geo/geo-point-index.ts";
export { GeoPointIndex } from "./discovery/geo/geo-point-index.ts";
export {
  DEFAULT_GEOHASH_PRECISION,
  decodeGeohash,
  encodeGeohash,
  geohashBoundingBox,
  geohashNeighbours,
  isGeohash,
  MAX_GEOHASH_PRECISION,
} from "./discovery/geo/geohash.ts";
export { EARTH_RADIUS_METRES, haversineMetres } from "./discovery/geo/haversine.ts";
// ─── Discovery: geography ────────────────────────────────────────────────────────────────────────────────────────
export type { BoundingBox, DecodedGeohash, LatLon } from "./discovery/geo/types.ts";
export { assertValidDistance, assertValidLatLon, isValidLatLon } from "./discovery/geo/validate.ts";
export { createIndexedDbCache } from "./discovery/indexer/indexedDbCache.ts";
export { createMemoryCache } from "./discovery/indexer/memoryCache.ts";
// ─── Discovery: the in-process indexer ───────────────────────────────────────────────────────────────────────────
export {
  type ReadShopRecordsParameters,
  type ReadShopRecordsReturnType,
  readShopRecords,
} from "./discovery/indexer/readShopRecords.ts";
export { ShopIndexer, type ShopIndexerOptions, type SyncReport } from "./discovery/indexer/shopIndexer.ts";
export { toSearchableShop } from "./discovery/indexer/toSearchableShop.ts";
export type {
  IndexCache,
  IndexedPaymentOption,
  IndexedShop,
  ShopChainRecord,
  ShopWindows,
} from "./discovery/indexer/types.ts";
export {
  type CheckedCandidates,
  checkCandidates,
  type IndexerDiscrepancy,
} from "./discovery/indexerClient/checkCandidates.ts";
export {
  IndexerError,
  IndexerMismatchError,
  IndexerQueryError,
  IndexerRateLimitedError,
  IndexerUnavailableError,
} from "./discovery/indexerClient/errors.ts";
export {
  type IndexerCandidate,
  type IndexerInfoResponse,
  type IndexerSearchResponse,
  indexerCandidateSchema,
  indexerInfoResponseSchema,
  indexerSearchResponseSchema,
} from "./discovery/indexerClient/responses.ts";
export {
  DEFAULT_INDEXER_TIMEOUT_MS,
  getIndexerInfo,
  type IndexerRequestOptions,
  type IndexerSearchQuery,
  indexerSearchParams,
  searchIndexer,
} from "./discovery/indexerClient/searchIndexer.ts";
export {
  MAX_INDEXER_CANDIDATES,
  type SearchThroughIndexerParameters,
  type SearchThroughIndexerReturnType,
  searchThroughIndexer,
} from "./discovery/indexerClient/searchThroughIndexer.ts";
export { DuplicateShopError, InvalidSearchQueryError } from "./discovery/search/errors.ts";
export type { FilterableItem, FilterableShop, SearchFilters } from "./discovery/search/filters.ts";
export { acceptsToken, isItemOffered, normaliseTag, shopPassesOwnFilters } from "./discovery/search/filters.ts";
export {
  allowsPrefix,
  compareByDistance,
  compareByScore,
  distanceDecay,
  halfDistanceMetres,
  ITEM_FIELD_BOOSTS,
  MATCH_WEIGHTS,
  MAX_QUERY_TERMS,
  MIN_APPROXIMATE_TERM_LENGTH,
  MIN_TYPO_TERM_LENGTH,
  maxTypos,
  RANKING_RULES,
  roundScore,
  SHOP_FIELD_BOOSTS,
} from "./discovery/search/ranking.ts";
export type { SearchPlan } from "./discovery/search/search-plan.ts";
export { DEFAULT_LIMIT, DEFAULT_RADIUS_METRES, planSearch } from "./discovery/search/search-plan.ts";
export { LISTED_STATUSES } from "./discovery/search/shop-records.ts";
export { ShopSearchIndex } from "./discovery/search/shop-search-index.ts";
export {
  analyseQuery,
  foldText,
  keepMeaningfulTerm,
  STOP_WORDS,
  tagWords,
  tokenize,
} from "./discovery/search/text-analysis.ts";
// ─── Discovery: search ───────────────────────────────────────────────────────────────────────────────────────────
export type {
  MatchedItem,
  SearchableItem,
  SearchableShop,
  SearchFulfilment,
  ShopSearchQuery,
  ShopSearchResult,
  ShopStatus,
} from "./discovery/search/types.ts";
export {
  CARRIER_SCHEMA_ID,
  CARRIER_VEHICLES,
  type CarrierFee,
  type CarrierProfile,
  type CarrierVehicle,
  carrierFeeSchema,
  carrierProfileSchema,
  parseCarrierProfile,
  serviceAreaSchema,
} from "./documents/carrier.ts";
export {
  CATALOG_SCHEMA_ID,
  CATALOG_V1_SCHEMA_ID,
  type Catalog,
  type CatalogItem,
  type CatalogVariant,
  catalogItemSchema,
  catalogSchema,
  catalogVariantSchema,
  parseCatalog,
} from "./documents/catalog.ts";
export {
  CATALOG_CSV_COLUMNS,
  type CatalogCsvColumn,
  type CatalogCsvError,
  type CatalogToCsvOptions,
  catalogToCsv,
  type ParseCatalogCsvOptions,
  type ParseCatalogCsvResult,
  parseCatalogCsv,
} from "./documents/catalogCsv.ts";
export {
  type CatalogCsvErrorCode,
  type CatalogCsvErrorValues,
  catalogCsvErrorMessage,
} from "./documents/catalogCsvErrors.ts";
export {
  type StockLine,
  type StockShortage,
  stockOf,
  stockShortages,
  takeFromStock,
} from "./documents/catalogStock.ts";
export {
  type CatalogTagNames,
  catalogTagResolver,
  type TagKind,
  type TagName,
  type TagResolver,
} from "./documents/catalogTags.ts";
export { documentDigest } from "./documents/digest.ts";
// ─── Documents (versioned IPFS JSON) ─────────────────────────────────────────────────────────────────────────────
export { type DocumentIssue, DocumentValidationError, InvalidPriceError } from "./documents/errors.ts";
// A namespace, not a list: field names such as `address` or `price` would be ambiguous at the top level.
export * as documentFields from "./documents/fields/index.ts";
export {
  type IssuedLabel,
  issuedLabelSchema,
  LABEL_ISSUER_SCHEMA_ID,
  type LabelIssuerProfile,
  labelIssuerProfileSchema,
  parseLabelIssuerProfile,
} from "./documents/labelIssuer.ts";
export {
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_CARRIER_FEES,
  MAX_CARRIER_NAME_LENGTH,
  MAX_CATALOG_ITEMS,
  MAX_CATEGORIES,
  MAX_CID_LENGTH,
  MAX_CITY_LENGTH,
  MAX_CLAIM_DESCRIPTION_LENGTH,
  MAX_CLAIM_IMAGES,
  MAX_DELIVERY_INSTRUCTIONS_LENGTH,
  MAX_FEE_DISTANCE_KM,
  MAX_FEE_LABEL_LENGTH,
  MAX_GEOHASH_LENGTH,
  MAX_ISSUER_DESCRIPTION_LENGTH,
  MAX_ISSUER_LABELS,
  MAX_ISSUER_NAME_LENGTH,
  MAX_ITEM_DESCRIPTION_LENGTH,
  MAX_ITEM_ID_LENGTH,
  MAX_ITEM_IMAGES,
  MAX_ITEM_TITLE_LENGTH,
  MAX_ITEM_VARIANTS,
  MAX_LABEL_DESCRIPTION_LENGTH,
  MAX_LABEL_TITLE_LENGTH,
  MAX_LABELS,
  MAX_LEGAL_NAME_LENGTH,
  MAX_LINE_QUANTITY,
  MAX_OPENING_HOURS,
  MAX_ORDER_LINES,
  MAX_PHONE_LENGTH,
  MAX_POSTCODE_LENGTH,
  MAX_PRICE_INTEGER_DIGITS,
  MAX_RECIPIENT_NAME_LENGTH,
  MAX_REVIEW_REPLY_LENGTH,
  MAX_REVIEW_TEXT_LENGTH,
  MAX_REWARD_DESCRIPTION_LENGTH,
  MAX_REWARD_TITLE_LENGTH,
  MAX_SERVICE_AREA_GEOHASHES,
  MAX_SERVICE_AREA_POSTCODES,
  MAX_SHIPPING_CIPHERTEXT_BYTES,
  MAX_SHIPPING_RECIPIENTS,
  MAX_SHOP_DESCRIPTION_LENGTH,
  MAX_SHOP_NAME_LENGTH,
  MAX_SHOP_STORY_LENGTH,
  MAX_SLUG_LENGTH,
  MAX_STOCK,
  MAX_STREET_LENGTH,
  MAX_SUSTAINABILITY_LENGTH,
  MAX_TERMS_TEXT_LENGTH,
  MAX_UNIT_LENGTH,
  MAX_URL_LENGTH,
  MAX_VARIANT_LABEL_LENGTH,
} from "./documents/limits.ts";
export {
  LOYALTY_REWARD_SCHEMA_ID,
  type LoyaltyReward,
  loyaltyRewardSchema,
  parseLoyaltyReward,
} from "./documents/loyaltyReward.ts";
export {
  type Fulfilment,
  ORDER_ITEMS_SCHEMA_ID,
  type OrderItems,
  type OrderLine,
  type OrderPayment,
  orderItemsSchema,
  orderLineSchema,
  orderPaymentSchema,
  parseOrderItems,
} from "./documents/orderItems.ts";
export { computeOrderTotals, type OrderLineAmount, type OrderTotals } from "./documents/orderTotals.ts";
export { parseVersionedDocument, parseWithSchema } from "./documents/parse.ts";
export {
  currencyMinorUnits,
  minorUnitsToPrice,
  PRICE_PATTERN,
  priceToMinorUnits,
  priceToTokenAmount,
  tokenAmountToPrice,
} from "./documents/price.ts";
export {
  DOCUMENT_SCHEMA_IDS,
  type DocumentKind,
  type DocumentTypes,
  decodeDocument,
  encodeDocument,
  MAX_DOCUMENT_BYTES,
  parseDocument,
} from "./documents/registry.ts";
export {
  parseReview,
  parseReviewReply,
  REVIEW_REPLY_SCHEMA_ID,
  REVIEW_SCHEMA_ID,
  type Review,
  type ReviewReply,
  reviewReplySchema,
  reviewSchema,
} from "./documents/review.ts";
export { safeParseInEnglish } from "./documents/safeParseInEnglish.ts";
export {
  POLY1305_TAG_BYTES,
  parseShippingEnvelope,
  SHIPPING_SCHEMA_ID,
  type ShippingEnvelope,
  type ShippingRecipient,
  shippingEnvelopeSchema,
  shippingRecipientSchema,
  WRAPPED_KEY_BYTES,
  XCHACHA_NONCE_BYTES,
} from "./documents/shippingEnvelope.ts";
export {
  type OpeningPeriod,
  openingHoursSchema,
  openingPeriodSchema,
  parseShopMetadata,
  SHOP_SCHEMA_ID,
  SHOP_V1_SCHEMA_ID,
  type ShopMetadata,
  shopMetadataSchema,
} from "./documents/shop.ts";
export { slugify } from "./documents/slugify.ts";
export { type VatLine, type VatRateTotal, vatBreakdown } from "./documents/vatBreakdown.ts";
export {
  parseWarrantyClaimEvidence,
  WARRANTY_CLAIM_SCHEMA_ID,
  type WarrantyClaimEvidence,
  warrantyClaimEvidenceSchema,
} from "./documents/warrantyClaim.ts";
export {
  MarketError,
  type MarketErrorName,
  type ParsedMarketError,
  type ParseMarketErrorOptions,
  parseMarketError,
} from "./errors.ts";
// ─── IPFS ────────────────────────────────────────────────────────────────────────────────────────────────────────
export { cidFromBytes, cidToBytes, gatewayUrlFor, parseCid } from "./ipfs/cid.ts";
export type { CheckOptions, IpfsClient, IpfsClientOptions, ReplicateOptions } from "./ipfs/client.ts";
export { createIpfsClient } from "./ipfs/client.ts";
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
  type ReplicaFailure,
  type ReplicaFailureReason,
  ReplicaQuorumError,
  UnexpectedContentError,
  UnsupportedCidError,
} from "./ipfs/errors.ts";
export {
  type FileBlocks,
  FileTooLargeError,
  type IpfsBlock,
  MAX_FILE_BYTES,
  unixfsFileBlocks,
} from "./ipfs/fileBlocks.ts";
export type { IpfsReader, IpfsReaderOptions, ReadOptions } from "./ipfs/reader.ts";
export {
  createIpfsReader,
  DEFAULT_MAX_READ_BYTES,
  DEFAULT_READ_TIMEOUT_MS,
  decodeJsonContent,
} from "./ipfs/reader.ts";
export type { CidReplicas, ReplicaHolding, ReplicaHoldingState } from "./ipfs/replicaCheck.ts";
export {
  checkedQuorum,
  defaultQuorum,
  InvalidReplicaConfigError,
  type IpfsReplica,
  type IpfsReplicaConfig,
  ipfsReplica,
  parseIpfsReplicas,
} from "./ipfs/replicas.ts";
export type { AddOptions, IpfsWriter, IpfsWriterOptions, PublishReceipt } from "./ipfs/writer.ts";
export { createIpfsWriter, DEFAULT_WRITE_TIMEOUT_MS } from "./ipfs/writer.ts";
export {
  getOrderAbilities,
  type OrderAbilities,
  type OrderAbilityState,
  type OrderViewer,
} from "./orders/abilities.ts";
export { type AcceptParameters, type AcceptReturnType, accept } from "./orders/accept.ts";
export {
  type AcceptSettlementParameters,
  type AcceptSettlementReturnType,
  acceptSettlement,
} from "./orders/acceptSettlement.ts";
export {
  type BuildOrderRequestParameters,
  type BuildOrderRequestReturnType,
  buildOrderRequest,
  buildOrderRequests,
} from "./orders/buildOrderRequest.ts";
export { type CancelParameters, type CancelReturnType, cancel } from "./orders/cancel.ts";
export {
  checkOrderTermsForShop,
  type OrderTermsMismatch,
  type ShopOrderPolicy,
} from "./orders/checkOrderTermsForShop.ts";
export { type CheckoutParameters, type CheckoutReturnType, checkout, checkoutValue } from "./orders/checkout.ts";
export { BatchRevertedError, checkoutInOneBatch, supportsAtomicBatch } from "./orders/checkoutInOneBatch.ts";
export {
  type CheckoutWithPermitParameters,
  type CheckoutWithPermitReturnType,
  checkoutWithPermit,
  tokenTotals,
} from "./orders/checkoutWithPermit.ts";
export { type CompleteParameters, type CompleteReturnType, complete } from "./orders/complete.ts";
export {
  type ConfirmDeliveryParameters,
  type ConfirmDeliveryReturnType,
  confirmDelivery,
} from "./orders/confirmDelivery.ts";
export { type ConfirmPickupParameters, type ConfirmPickupReturnType, confirmPickup } from "./orders/confirmPickup.ts";
export {
  type ConfirmReceiptParameters,
  type ConfirmReceiptReturnType,
  confirmReceipt,
} from "./orders/confirmReceipt.ts";
export { type DeclineParameters, type DeclineReturnType, decline } from "./orders/decline.ts";
export { type ExecuteRulingParameters, type ExecuteRulingReturnType, executeRuling } from "./orders/executeRuling.ts";
export { type ExpireParameters, type ExpireReturnType, expire } from "./orders/expire.ts";
export { type Credit, type GetCreditsParameters, type GetCreditsReturnType, getCredits } from "./orders/getCredits.ts";
export { type EscrowLimits, getEscrowLimits } from "./orders/getEscrowLimits.ts";
export {
  type GetOrderParameters,
  type GetOrderReturnType,
  getOrder,
  type OrderDetails,
  OrderNotFoundError,
} from "./orders/getOrder.ts";
export {
  type ActivityOrder,
  type GetOrderActivityParameters,
  type GetOrderActivityReturnType,
  getOrderActivity,
  type OrderActivityEntry,
} from "./orders/getOrderActivity.ts";
export {
  type GetOrderStateParameters,
  type GetOrderStateReturnType,
  getOrderState,
  type OrderState,
  type SettlementOffer,
} from "./orders/getOrderState.ts";
export {
  type GetOrderTimelineParameters,
  type GetOrderTimelineReturnType,
  getOrderTimeline,
  type OrderTimelineEntry,
  type OrderTimelineEvent,
} from "./orders/getOrderTimeline.ts";
export {
  type ListOrdersParameters,
  type ListOrdersReturnType,
  listOrders,
  type OrderFilter,
} from "./orders/listOrders.ts";
export { type MarkShippedParameters, type MarkShippedReturnType, markShipped } from "./orders/markShipped.ts";
export { type OpenDisputeParameters, type OpenDisputeReturnType, openDispute } from "./orders/openDispute.ts";
export { orderIdOf } from "./orders/orderIdOf.ts";
export {
  MIN_ORDER_PREFIX_DIGITS,
  ORDER_REFERENCE_DIGITS,
  orderIdHex,
  orderReference,
  ordersMatchingReference,
  type ParsedOrderReference,
  parseOrderReference,
} from "./orders/orderReference.ts";
export {
  type OrderPaidLog,
  orderDetailsHash,
  type PaidOrder,
  paidOrderFromLog,
  paidOrdersFromLogs,
} from "./orders/paidOrders.ts";
export { type PlaceOrdersParameters, type PlaceOrdersReturnType, placeOrders } from "./orders/placeOrders.ts";
export {
  type ProposeSettlementParameters,
  type ProposeSettlementReturnType,
  proposeSettlement,
} from "./orders/proposeSettlement.ts";
export { type PushCreditParameters, type PushCreditReturnType, pushCredit } from "./orders/pushCredit.ts";
export { type ReleaseParameters, type ReleaseReturnType, release } from "./orders/release.ts";
export {
  type RequestArbitrationParameters,
  type RequestArbitrationReturnType,
  requestArbitration,
} from "./orders/requestArbitration.ts";
export {
  type ResolveTimedOutParameters,
  type ResolveTimedOutReturnType,
  resolveTimedOut,
} from "./orders/resolveTimedOut.ts";
// ─── Buyer actions by signature (anyone submits, paid a capped fee in the order's token) ────────────────────────
export {
  type CheckoutBySigParameters,
  type CheckoutBySigReturnType,
  checkoutBySig,
} from "./orders/signed/checkoutBySig.ts";
export {
  BUYER_ACTIONS,
  type BuyerAction,
  type BuyerIntent,
  buyerActionTypedData,
  buyerActionTypes,
  buyerActionValue,
  checkoutTypedData,
  checkoutTypes,
  escrowDomain,
  type SettlementAction,
} from "./orders/signed/escrowTypedData.ts";
export { type FindUnusedNonceParameters, findUnusedNonce } from "./orders/signed/findUnusedNonce.ts";
export {
  type RelayBuyerActionParameters,
  type RelayBuyerActionReturnType,
  relayBuyerAction,
} from "./orders/signed/relayBuyerAction.ts";
export {
  type BuyerAuthorization,
  type SignedBuyerAction,
  type SignedCheckout,
  signBuyerAction,
  signCheckout,
} from "./orders/signed/signBuyerIntent.ts";
export {
  allowancePull,
  PULL_METHODS,
  type PullMethod,
  type SignAuthorizationPullParameters,
  type SignPermitPullParameters,
  signAuthorizationPull,
  signPermitPull,
  type TokenPull,
} from "./orders/signed/tokenPull.ts";
export { tokenPullMethods } from "./orders/signed/tokenPullMethods.ts";
// ─── Orders ──────────────────────────────────────────────────────────────────────────────────────────────────────
export {
  CHECKPOINTS,
  type Checkpoint,
  checkpointName,
  expectedOrderStatuses,
  NATIVE_TOKEN,
  ORDER_MOMENTS,
  ORDER_STATUSES,
  type OrderMoment,
  type OrderRequest,
  type OrderStatus,
  type OrderTerms,
  orderMomentName,
  orderStatusName,
  RESOLUTIONS,
  type Resolution,
  resolutionName,
  UnknownEnumValueError,
} from "./orders/types.ts";
export {
  type WithdrawCreditParameters,
  type WithdrawCreditReturnType,
  withdrawCredit,
} from "./orders/withdrawCredit.ts";
export {
  type PasskeyAccountAddressParameters,
  passkeyAccountAddress,
  passkeyAccountCode,
  passkeyAccountImplementation,
} from "./passkeys/accountAddress.ts";
export {
  getPasskeyAccountState,
  type PasskeyAccountState,
  type PasskeyAccountStateParameters,
} from "./passkeys/accountState.ts";
export { typedDataChallenge, wrapTypedDataForAccount } from "./passkeys/erc7739.ts";
export { InvalidPasskeyError } from "./passkeys/errors.ts";
export { type Passkey, passkeyId, type ToPasskeyParameters, toPasskey } from "./passkeys/passkey.ts";
export { encodePasskeySignature, type WebAuthnAssertion } from "./passkeys/passkeySignature.ts";
export {
  type BatchCall,
  batchNonce,
  encodeCreateAccountAndExecute,
  encodeExecute,
  PASSKEY_ACCOUNT_DOMAIN,
  SIGNED_BATCH_MODE,
  type SignedBatch,
  signedBatchChallenge,
} from "./passkeys/signedBatch.ts";
// ─── Checkout ────────────────────────────────────────────────────────────────────────────────────────────────────
export { type PreparedOrder, type PrepareOrderParameters, prepareOrder } from "./preparedOrder/prepareOrder.ts";
export { cidOfDigest, DigestMismatchError, publishPreparedOrder } from "./preparedOrder/publishPreparedOrder.ts";
export { decryptShippingDetails } from "./privacy/decryptShippingDetails.ts";
export { grandrueDomain } from "./privacy/eip712Domain.ts";
export {
  deriveEncryptionKeyPair,
  ENCRYPTION_KEY_PURPOSE,
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  type EncryptionKeyRole,
  encryptionKeyTypedData,
  encryptionKeyTypes,
} from "./privacy/encryptionKey.ts";
export { encryptShippingDetails, SHIPPING_PADDING_BLOCK } from "./privacy/encryptShippingDetails.ts";
// ─── Privacy: encryption keys, shipping details ──────────────────────────────────────────────────
export { DecryptionError, EncryptionError, InvalidSignatureError } from "./privacy/errors.ts";
export { encodeShippingContext, type ShippingContext } from "./privacy/shippingContext.ts";
export { parseShippingDetails, type ShippingDetails, shippingDetailsSchema } from "./privacy/shippingDetails.ts";
export { signatureSeed } from "./privacy/signatureSeed.ts";
// ─── Relayers (submit signed intents for a fee; relayer/README.md is their HTTP API) ──────────────────────────────
export {
  type CreateRelayerClientParameters,
  createRelayerClient,
  type RelayerClient,
  type WaitForIntentOptions,
} from "./relayer/createRelayerClient.ts";
export { RelayerError } from "./relayer/RelayerError.ts";
export { toRelayerJson } from "./relayer/relayerJson.ts";
export {
  type AcceptedToken,
  type BuyerActionIntent,
  type CarrierCheckpointIntent,
  type CheckoutIntent,
  INTENT_KINDS,
  type IntentKind,
  type IntentState,
  type IntentStatus,
  type PasskeyBatchIntent,
  RELAYER_ERROR_CODES,
  type RelayerErrorCode,
  type RelayerIntent,
  type RelayerPolicy,
  type RelayerQuote,
  type ReviewIntent,
  type SponsoredShop,
} from "./relayer/types.ts";
export {
  type GetShopReviewsParameters,
  type GetShopReviewsReturnType,
  getShopReviews,
  type ShopReview,
  type ShopReviewReply,
  type ShopReviews,
} from "./reviews/getShopReviews.ts";
// ─── Reviews ─────────────────────────────────────────────────────────────────────────────────────────────────────
export { type PostReviewParameters, type PostReviewReturnType, postReview } from "./reviews/postReview.ts";
export { type PostReviewBySigReturnType, postReviewBySig } from "./reviews/postReviewBySig.ts";
export { type ReplyToReviewParameters, type ReplyToReviewReturnType, replyToReview } from "./reviews/replyToReview.ts";
export {
  reviewTypedData,
  reviewTypes,
  type SignedReview,
  type SignReviewParameters,
  signReview,
} from "./reviews/signReview.ts";
export {
  type AnnounceBondWithdrawalParameters,
  type AnnounceBondWithdrawalReturnType,
  announceBondWithdrawal,
} from "./services/bonds/announceBondWithdrawal.ts";
export {
  type CloseLapsedClaimParameters,
  type CloseLapsedClaimReturnType,
  closeLapsedClaim,
} from "./services/bonds/closeLapsedClaim.ts";
export { type DepositBondParameters, type DepositBondReturnType, depositBond } from "./services/bonds/depositBond.ts";
export {
  type FileWarrantyClaimParameters,
  type FileWarrantyClaimReturnType,
  fileWarrantyClaim,
} from "./services/bonds/fileWarrantyClaim.ts";
export {
  type GetOrderWarrantyParameters,
  type GetOrderWarrantyReturnType,
  getOrderWarranty,
  type OrderWarranty,
  type WarrantyClaim,
} from "./services/bonds/getOrderWarranty.ts";
export {
  type BondClaim,
  type GetShopBondsParameters,
  type GetShopBondsReturnType,
  getShopBonds,
  type ShopBond,
} from "./services/bonds/getShopBonds.ts";
export {
  type RegisterWarrantyParameters,
  type RegisterWarrantyReturnType,
  registerWarranty,
} from "./services/bonds/registerWarranty.ts";
export {
  type SetWarrantyPeriodParameters,
  type SetWarrantyPeriodReturnType,
  setWarrantyPeriod,
} from "./services/bonds/setWarrantyPeriod.ts";
// ─── Services: guarantee bonds ───────────────────────────────────────────────────────────────────────────────────
export { BOND_RULINGS, CLAIM_STATUSES, type ClaimStatus, claimStatusName } from "./services/bonds/types.ts";
export {
  type WithdrawBondParameters,
  type WithdrawBondReturnType,
  withdrawBond,
} from "./services/bonds/withdrawBond.ts";
export {
  type WithdrawBondCreditParameters,
  type WithdrawBondCreditReturnType,
  withdrawBondCredit,
} from "./services/bonds/withdrawBondCredit.ts";
export { type AttestLabelParameters, type AttestLabelReturnType, attestLabel } from "./services/labels/attestLabel.ts";
export {
  type GetAllLabelsParameters,
  type GetAllLabelsReturnType,
  getAllLabels,
} from "./services/labels/getAllLabels.ts";
export {
  type GetLabelIssuersParameters,
  type GetLabelIssuersReturnType,
  getLabelIssuers,
  type LabelIssuer,
} from "./services/labels/getLabelIssuers.ts";
export {
  type GetShopLabelsParameters,
  type GetShopLabelsReturnType,
  getShopLabels,
  type ShopLabel,
} from "./services/labels/getShopLabels.ts";
// ─── Services: label attestations ────────────────────────────────────────────────────────────────────────────────
export { InvalidLabelSlugError, labelFromBytes32, labelToBytes32 } from "./services/labels/labelSlug.ts";
export {
  type RegisterLabelIssuerParameters,
  type RegisterLabelIssuerReturnType,
  registerLabelIssuer,
} from "./services/labels/registerLabelIssuer.ts";
export { type RevokeLabelParameters, type RevokeLabelReturnType, revokeLabel } from "./services/labels/revokeLabel.ts";
export {
  type UpdateLabelIssuerParameters,
  type UpdateLabelIssuerReturnType,
  updateLabelIssuer,
} from "./services/labels/updateLabelIssuer.ts";
export { type ClaimStampsParameters, type ClaimStampsReturnType, claimStamps } from "./services/loyalty/claimStamps.ts";
export {
  type GetCardBalanceParameters,
  type GetCardBalanceReturnType,
  getCardBalance,
} from "./services/loyalty/getCardBalance.ts";
export {
  type GetLoyaltyProgramParameters,
  type GetLoyaltyProgramReturnType,
  getLoyaltyProgram,
  type LoyaltyProgram,
} from "./services/loyalty/getLoyaltyProgram.ts";
export {
  type GetRegularCountParameters,
  type GetRegularCountReturnType,
  getRegularCount,
} from "./services/loyalty/getRegularCount.ts";
export {
  type GetStampCardsParameters,
  type GetStampCardsReturnType,
  getStampCards,
  type StampCard,
  type StampCardEntry,
} from "./services/loyalty/getStampCards.ts";
export {
  type GetStampedOrdersParameters,
  type GetStampedOrdersReturnType,
  getStampedOrders,
} from "./services/loyalty/getStampedOrders.ts";
export {
  type InvalidateRedemptionNonceParameters,
  type InvalidateRedemptionNonceReturnType,
  invalidateRedemptionNonce,
} from "./services/loyalty/invalidateRedemptionNonce.ts";
export {
  type RedeemRewardParameters,
  type RedeemRewardReturnType,
  redeemReward,
} from "./services/loyalty/redeemReward.ts";
export {
  decodeRedemptionCode,
  encodeRedemptionCode,
  InvalidRedemptionCodeError,
  type SignedRedemption,
} from "./services/loyalty/redemptionCode.ts";
export {
  type RewardRedemption,
  rewardRedemptionTypedData,
  rewardRedemptionTypes,
} from "./services/loyalty/redemptionTypedData.ts";

// ─── Services: loyalty stamps ────────────────────────────────────────────────────────────────────────────────────
export {
  type RegisterLoyaltyProgramParameters,
  type RegisterLoyaltyProgramReturnType,
  registerLoyaltyProgram,
} from "./services/loyalty/registerLoyaltyProgram.ts";
export {
  type SetLoyaltyProgramActiveParameters,
  type SetLoyaltyProgramActiveReturnType,
  setLoyaltyProgramActive,
} from "./services/loyalty/setLoyaltyProgramActive.ts";
export {
  type SignRewardRedemptionParameters,
  type SignRewardRedemptionReturnType,
  signRewardRedemption,
} from "./services/loyalty/signRewardRedemption.ts";
export {
  type UpdateLoyaltyRewardParameters,
  type UpdateLoyaltyRewardReturnType,
  updateLoyaltyReward,
} from "./services/loyalty/updateLoyaltyReward.ts";
// ─── Services ────────────────────────────────────────────────────────────────────────────────────────────────────
// Services built on the protocol's public interfaces only: guarantee bonds, loyalty stamps, label attestations.
// Each action takes the service's own deployment record ({ address, blockNumber }), not the protocol's.
export {
  type ClaimLateDeliveryParameters,
  claimLateDelivery,
} from "./services/punctuality/claimLateDelivery.ts";
export {
  type FundPunctualityPoolParameters,
  fundPunctualityPool,
} from "./services/punctuality/fundPunctualityPool.ts";
export {
  type GetPunctualityPoolParameters,
  getPunctualityPool,
  type PunctualityPool,
} from "./services/punctuality/getPunctualityPool.ts";
export {
  type SetPunctualityPromiseParameters,
  setPunctualityPromise,
} from "./services/punctuality/setPunctualityPromise.ts";
export {
  bondsContract,
  labelsContract,
  loyaltyContract,
  punctualityContract,
  type ServiceDeployment,
} from "./services/serviceContracts.ts";
export {
  type ApproveShopOperatorParameters,
  type ApproveShopOperatorReturnType,
  approveShopOperator,
} from "./shops/approveShopOperator.ts";
export { bytes12ToGeohash, cidFromHex, cidToHex, GeohashEncodingError, geohashToBytes12 } from "./shops/encoding.ts";
export {
  type GetShopParameters,
  type GetShopReturnType,
  getShop,
  IncompleteShopHistoryError,
  type ShopDetails,
  type ShopHistoryEntry,
  type ShopHistoryEvent,
} from "./shops/getShop.ts";
export {
  type PublishCatalogParameters,
  type PublishCatalogReturnType,
  publishCatalog,
} from "./shops/publishCatalog.ts";
export { type RegisterShopParameters, type RegisterShopReturnType, registerShop } from "./shops/registerShop.ts";
export {
  type SetOrderHookParameters,
  type SetOrderHookReturnType,
  setOrderHook,
} from "./shops/setOrderHook.ts";
export { type SetShopActiveParameters, type SetShopActiveReturnType, setShopActive } from "./shops/setShopActive.ts";
export {
  checkShopDocuments,
  keepOrderDocuments,
  listShopDocuments,
  OPEN_ORDER_STATUSES,
  orderDocuments,
  replicateShopDocument,
  type ShopDocument,
  type ShopDocumentCheck,
  type ShopDocumentKind,
} from "./shops/shopDocuments.ts";
export { type TransferShopParameters, type TransferShopReturnType, transferShop } from "./shops/transferShop.ts";
// ─── Shops ───────────────────────────────────────────────────────────────────────────────────────────────────────
export { MAX_SHOP_TERMS, type PaymentOption, type ShopAcceptance, type ShopTerms } from "./shops/types.ts";
export {
  type UpdateAcceptanceParameters,
  type UpdateAcceptanceReturnType,
  updateAcceptance,
} from "./shops/updateAcceptance.ts";
export { type UpdatePayoutParameters, type UpdatePayoutReturnType, updatePayout } from "./shops/updatePayout.ts";
export {
  type UpdateShopMetadataParameters,
  type UpdateShopMetadataReturnType,
  updateShopMetadata,
} from "./shops/updateShopMetadata.ts";
export { type UpdateTermsParameters, type UpdateTermsReturnType, updateTerms } from "./shops/updateTerms.ts";
// ─── Tokens ──────────────────────────────────────────────────────────────────────────────────────────────────────
export { type ApproveTokenParameters, type ApproveTokenReturnType, approveToken } from "./tokens/approveToken.ts";
export { erc20PermitAbi } from "./tokens/permitAbi.ts";
export {
  PermitNotSupportedError,
  type SignTokenPermitParameters,
  signTokenPermit,
  type TokenPermit,
} from "./tokens/signTokenPermit.ts";
