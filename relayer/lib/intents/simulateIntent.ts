import { type MarketErrorName, parseMarketError, RelayerError, type RelayerErrorCode } from "@grandrue/sdk";
import { deliveryAttestationsAbi, passkeyAccountAbi, passkeyAccountFactoryAbi, reviewsAbi } from "@grandrue/sdk/abis";
import { type Address, BaseError, ExecutionRevertedError, type PublicClient, RawContractError } from "viem";
import type { IntentPlan } from "./planIntent.ts";

/** Contracts whose errors a relayed transaction may revert with, beside the escrow's (passkey accounts, tokens' own). */
const RELAYED_ABIS = [reviewsAbi, deliveryAttestationsAbi, passkeyAccountAbi, passkeyAccountFactoryAbi];

/** Contract errors that mean the intent itself is wrong, with the relayer's code for each. */
const ERROR_CODES: { [TName in MarketErrorName<typeof RELAYED_ABIS>]?: RelayerErrorCode } = {
  InvalidSignature: "BadSignature",
  InvalidPasskeySignature: "BadSignature",
  SignatureExpired: "DeadlineExpired",
  AttestationExpired: "DeadlineExpired",
  BatchExpired: "DeadlineExpired",
  NonceAlreadyUsed: "NonceUsed",
  InvalidAccountNonce: "NonceUsed",
};

/** Contract error arguments as JSON (bigints as decimal strings). */
function jsonArgs(args: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(args, (_key, value) => (typeof value === "bigint" ? value.toString() : value)));
}

/** The refusal a reverted simulation means: the decoded contract error, mapped to a relayer code when it has one. */
export function revertFailure(error: unknown): RelayerError {
  const parsed = parseMarketError(error, { abis: RELAYED_ABIS });
  const isRevert =
    error instanceof BaseError &&
    error.walk((cause) => cause instanceof ExecutionRevertedError || cause instanceof RawContractError) !== null;
  if (parsed.name === "Unknown" && !isRevert) {
    return new RelayerError("Internal", `The simulation failed: ${parsed.message}`, { cause: error });
  }
  const details = { name: parsed.name, args: jsonArgs(parsed.args) };
  const code = ERROR_CODES[parsed.name] ?? "SimulationReverted";
  return new RelayerError(code, `The transaction would revert with ${parsed.name}`, { details, cause: error });
}

/**
 * Runs the intent's transaction from the relayer's account against the latest block and returns its gas; a revert is
 * thrown as a {@link RelayerError} naming the decoded contract error.
 */
export async function simulateIntent(client: PublicClient, relayer: Address, plan: IntentPlan): Promise<bigint> {
  try {
    await client.call({ account: relayer, ...plan.call });
    return await client.estimateGas({ account: relayer, ...plan.call });
  } catch (error) {
    throw revertFailure(error);
  }
}
