export { prepareOrder, type PrepareOrderParameters, type PreparedOrder } from './prepareOrder.ts'
export { DigestMismatchError, cidOfDigest, publishPreparedOrder } from './publishPreparedOrder.ts'
