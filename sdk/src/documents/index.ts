export { DocumentValidationError, InvalidPriceError, type DocumentIssue } from './errors.ts'
export * from './limits.ts'
export { currencyMinorUnits, minorUnitsToPrice, priceToMinorUnits, priceToTokenAmount, PRICE_PATTERN } from './price.ts'
export { computeOrderTotals, type OrderLineAmount, type OrderTotals } from './orderTotals.ts'
export { documentDigest } from './digest.ts'
export {
  decodeDocument,
  encodeDocument,
  parseDocument,
  DOCUMENT_SCHEMA_IDS,
  MAX_DOCUMENT_BYTES,
  type DocumentKind,
  type DocumentTypes,
} from './registry.ts'
export {
  openingHoursSchema,
  openingPeriodSchema,
  parseShopMetadata,
  shopMetadataSchema,
  SHOP_SCHEMA_ID,
  type OpeningPeriod,
  type ShopMetadata,
} from './shop.ts'
export {
  catalogItemSchema,
  catalogSchema,
  catalogVariantSchema,
  parseCatalog,
  CATALOG_SCHEMA_ID,
  type Catalog,
  type CatalogItem,
  type CatalogVariant,
} from './catalog.ts'
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
} from './orderItems.ts'
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
} from './shippingEnvelope.ts'
export {
  parseReview,
  parseReviewReply,
  reviewReplySchema,
  reviewSchema,
  REVIEW_REPLY_SCHEMA_ID,
  REVIEW_SCHEMA_ID,
  type Review,
  type ReviewReply,
} from './review.ts'
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
} from './carrier.ts'
export {
  loyaltyRewardSchema,
  parseLoyaltyReward,
  LOYALTY_REWARD_SCHEMA_ID,
  type LoyaltyReward,
} from './loyaltyReward.ts'
export {
  issuedLabelSchema,
  labelIssuerProfileSchema,
  parseLabelIssuerProfile,
  LABEL_ISSUER_SCHEMA_ID,
  type IssuedLabel,
  type LabelIssuerProfile,
} from './labelIssuer.ts'
export {
  parseWarrantyClaimEvidence,
  warrantyClaimEvidenceSchema,
  WARRANTY_CLAIM_SCHEMA_ID,
  type WarrantyClaimEvidence,
} from './warrantyClaim.ts'
export {
  catalogToCsv,
  parseCatalogCsv,
  CATALOG_CSV_COLUMNS,
  type CatalogCsvColumn,
  type CatalogCsvError,
  type CatalogToCsvOptions,
  type ParseCatalogCsvOptions,
  type ParseCatalogCsvResult,
} from './catalogCsv.ts'
