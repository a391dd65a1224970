import type { RelayerErrorCode } from "@grandrue/sdk";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The HTTP status of each refusal (relayer/README.md, Errors). */
export const ERROR_STATUS: Record<RelayerErrorCode, ContentfulStatusCode> = {
  BadRequest: 400,
  BadSignature: 400,
  DeadlineExpired: 400,
  NonceUsed: 409,
  FeeTooLow: 402,
  TokenNotAccepted: 400,
  NotSponsored: 402,
  SimulationReverted: 422,
  TransactionReverted: 422,
  RateLimited: 429,
  NotFound: 404,
  Internal: 500,
  Network: 502,
  Timeout: 504,
};
