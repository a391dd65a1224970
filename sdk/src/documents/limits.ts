/**
 * Size limits of the Grandrue documents. Text limits count UTF-16 code units, as JavaScript's `length` does
 * (one per character for most scripts, two for an emoji).
 */

// Shared fields
export const MAX_SLUG_LENGTH = 32;
export const MAX_CATEGORIES = 10;
export const MAX_LABELS = 10;
export const MAX_CID_LENGTH = 128;
export const MAX_URL_LENGTH = 256;
export const MAX_PHONE_LENGTH = 32;
export const MAX_STREET_LENGTH = 120;
export const MAX_POSTCODE_LENGTH = 16;
export const MAX_CITY_LENGTH = 80;
export const MAX_GEOHASH_LENGTH = 12;
/** A price has at most this many digits before the decimal point (below 10^15 units). */
export const MAX_PRICE_INTEGER_DIGITS = 15;

// grandrue.shop/1
export const MAX_SHOP_NAME_LENGTH = 80;
export const MAX_SHOP_DESCRIPTION_LENGTH = 2000;
export const MAX_SHOP_STORY_LENGTH = 4000;
export const MAX_OPENING_HOURS = 21;
export const MAX_TERMS_TEXT_LENGTH = 1000;
/** grandrue.shop/2: the shop's registered (legal) name. */
export const MAX_LEGAL_NAME_LENGTH = 120;

// grandrue.catalog/1
export const MAX_CATALOG_ITEMS = 500;
export const MAX_ITEM_ID_LENGTH = 64;
export const MAX_ITEM_TITLE_LENGTH = 120;
export const MAX_ITEM_DESCRIPTION_LENGTH = 2000;
export const MAX_ITEM_IMAGES = 6;
export const MAX_ITEM_VARIANTS = 20;
export const MAX_VARIANT_LABEL_LENGTH = 80;
export const MAX_UNIT_LENGTH = 16;
/** grandrue.catalog/2: the most units an item or variant may count in stock. */
export const MAX_STOCK = 100_000;

// grandrue.order-items/1
export const MAX_ORDER_LINES = 100;
export const MAX_LINE_QUANTITY = 999;

// grandrue.review/1 and grandrue.review-reply/1
export const MAX_REVIEW_TEXT_LENGTH = 2000;
export const MAX_REVIEW_REPLY_LENGTH = 2000;

// grandrue.carrier/1
export const MAX_CARRIER_NAME_LENGTH = 80;
export const MAX_CARRIER_DESCRIPTION_LENGTH = 2000;
export const MAX_SERVICE_AREA_GEOHASHES = 200;
export const MAX_SERVICE_AREA_POSTCODES = 500;
export const MAX_CARRIER_FEES = 20;
export const MAX_FEE_LABEL_LENGTH = 80;
export const MAX_FEE_DISTANCE_KM = 20_000;
export const MAX_SUSTAINABILITY_LENGTH = 500;

// Shipping details (the plaintext) and grandrue.shipping/1 (the envelope)
export const MAX_RECIPIENT_NAME_LENGTH = 80;
export const MAX_DELIVERY_INSTRUCTIONS_LENGTH = 500;
export const MAX_SHIPPING_RECIPIENTS = 4;
/** Largest sealed payload: maximal shipping details in 3-byte UTF-8, padded, plus the 16-byte tag, fit in it. */
export const MAX_SHIPPING_CIPHERTEXT_BYTES = 4096;

// grandrue.loyalty-reward/1
export const MAX_REWARD_TITLE_LENGTH = 80;
export const MAX_REWARD_DESCRIPTION_LENGTH = 500;

// grandrue.label-issuer/1
export const MAX_ISSUER_NAME_LENGTH = 80;
export const MAX_ISSUER_DESCRIPTION_LENGTH = 2000;
export const MAX_ISSUER_LABELS = 20;
export const MAX_LABEL_TITLE_LENGTH = 80;
export const MAX_LABEL_DESCRIPTION_LENGTH = 500;

// grandrue.warranty-claim/1
export const MAX_CLAIM_DESCRIPTION_LENGTH = 2000;
export const MAX_CLAIM_IMAGES = 6;
