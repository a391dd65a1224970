export { DecryptionError, EncryptionError, InvalidDeliveryCodeError, InvalidSignatureError } from './errors.ts'
export { grandrueDomain } from './eip712Domain.ts'
export { signatureSeed } from './signatureSeed.ts'
export {
  deriveEncryptionKeyPair,
  encryptionKeyTypedData,
  encryptionKeyTypes,
  ENCRYPTION_KEY_PURPOSE,
  type EncryptionKeyPair,
  type EncryptionKeyRequestParameters,
  type EncryptionKeyRole,
} from './encryptionKey.ts'
export { parseShippingDetails, shippingDetailsSchema, type ShippingDetails } from './shippingDetails.ts'
export { encodeShippingContext, type ShippingContext } from './shippingContext.ts'
export { encryptShippingDetails, SHIPPING_PADDING_BLOCK } from './encryptShippingDetails.ts'
export { decryptShippingDetails } from './decryptShippingDetails.ts'
export {
  codeToBytes32,
  createDeliveryCode,
  deliveryCodeHash,
  formatDeliveryCode,
  normalizeDeliveryCode,
  DELIVERY_CODE_ALPHABET,
  DELIVERY_CODE_LENGTH,
} from './deliveryCode.ts'
export {
  deliveryCodeSeedTypedData,
  deliveryCodeSeedTypes,
  deriveDeliveryCode,
  recoverDeliveryCode,
  DELIVERY_CODE_PURPOSE,
} from './deriveDeliveryCode.ts'
