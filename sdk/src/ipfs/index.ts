export { cidFromBytes, cidToBytes, gatewayUrlFor, parseCid } from './cid.ts'
export { createIpfsClient } from './client.ts'
export type { IpfsClient, IpfsClientOptions } from './client.ts'
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
} from './errors.ts'
export { createIpfsReader, DEFAULT_MAX_READ_BYTES, DEFAULT_READ_TIMEOUT_MS } from './reader.ts'
export type { IpfsReader, IpfsReaderOptions, ReadOptions } from './reader.ts'
export { createIpfsWriter } from './writer.ts'
export type { AddOptions, IpfsWriter, IpfsWriterOptions } from './writer.ts'
