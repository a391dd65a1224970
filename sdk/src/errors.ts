import {
  type Abi,
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  UserRejectedRequestError,
} from "viem";
import { marketErrorsAbi } from "./generated/abis.ts";
import { AllGatewaysFailedError, type ReplicaFailureReason, ReplicaQuorumError } from "./ipfs/errors.ts";

type ErrorItem = Extract<Abi[number], { type: "error" }>;

/** A contract error name, or `UserRejected` (the wallet prompt was refused) or `Unknown`. */
export type MarketErrorName = string;

/** A decoded failure: the Solidity error name and its arguments by name. The app maps `name` to an i18n key. */
export type ParsedMarketError = { name: MarketErrorName; args: Record<string, unknown>; message: string };

export type ParseMarketErrorOptions = {
  /**
   * ABIs whose custom errors are decoded too, beside the protocol's and the services': a contract of your own, or a
   * token's. Only their `error` items are used.
   */
  abis?: readonly Abi[];
};

/** A protocol call failed; `name` and `args` say why in the contracts' own words. */
export class MarketError extends Error {
  readonly errorName: MarketErrorName;
  readonly args: Record<string, unknown>;

  constructor(parsed: ParsedMarketError, options?: { cause?: unknown }) {
    super(parsed.message, options);
    this.name = "MarketError";
    this.errorName = parsed.name;
    this.args = parsed.args;
  }
}

function namedArgs(item: ErrorItem | undefined, values: readonly unknown[] | undefined): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  (values ?? []).forEach((value, index) => {
    args[item?.inputs[index]?.name || String(index)] = value;
  });
  return args;
}

function decodeRevertData(data: Hex, extraAbis: readonly Abi[]): ParsedMarketError | undefined {
  const abi = [...extraAbis.flatMap((extra) => extra.filter((item) => item.type === "error")), ...marketErrorsAbi];
  try {
    const decoded = decodeErrorResult({ abi, data });
    return {
      name: decoded.errorName,
      args: namedArgs(decoded.abiItem as ErrorItem, decoded.args),
      message: `${decoded.errorName}`,
    };
  } catch {
    return undefined;
  }
}

/** The name an IPFS write failure is decoded to, by why its first replica refused. */
const REPLICA_FAILURE_NAMES: Record<ReplicaFailureReason, MarketErrorName> = {
  unauthorized: "IpfsNodeUnauthorized",
  forbidden: "IpfsNodeForbidden",
  unreachable: "IpfsNodeUnreachable",
  timeout: "IpfsNodeUnreachable",
  refused: "IpfsNodeRefused",
};

function replicaQuorumError(error: ReplicaQuorumError): ParsedMarketError {
  const reason = error.failures[0]?.reason ?? "refused";
  const refusing = error.failures.filter(
    (failure) => REPLICA_FAILURE_NAMES[failure.reason] === REPLICA_FAILURE_NAMES[reason],
  );
  return {
    name: REPLICA_FAILURE_NAMES[reason],
    args: {
      node: refusing.map(({ replica }) => replica).join(", "),
      stored: error.stored.length,
      required: error.required,
      reason: error.failures[0]?.message ?? "",
    },
    message: error.message,
  };
}

/**
 * Decodes any error thrown by a viem call against the protocol into `{ name, args }`: a contract's custom error
 * (from any of the protocol's contracts and services, or of `options.abis`), `UserRejected` when the wallet prompt
 * was refused, an IPFS write that too few replicas stored (`IpfsNodeUnauthorized`, `IpfsNodeForbidden`,
 * `IpfsNodeUnreachable`, `IpfsNodeRefused`, with `{ node, stored, required, reason }`), a document no gateway has
 * (`IpfsDocumentUnavailable`), else `Unknown`.
 * @example
 * try { await accept(client, deployment, { orderId, terms }) }
 * catch (error) { const { name, args } = parseMarketError(error); toast(t(`errors.${name}`, args)) }
 * @example parseMarketError(error, { abis: [myServiceAbi] }) // also your own contract's errors
 */
export function parseMarketError(error: unknown, options: ParseMarketErrorOptions = {}): ParsedMarketError {
  const extraAbis = options.abis ?? [];
  if (error instanceof MarketError) return { name: error.errorName, args: error.args, message: error.message };
  if (error instanceof ReplicaQuorumError) return replicaQuorumError(error);
  if (error instanceof AllGatewaysFailedError)
    return { name: "IpfsDocumentUnavailable", args: { cid: error.cid }, message: error.message };
  if (error instanceof BaseError) {
    if (error.walk((cause) => cause instanceof UserRejectedRequestError)) {
      return { name: "UserRejected", args: {}, message: "The request was rejected in the wallet." };
    }
    const reverted = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      if (reverted.data?.errorName) {
        // Two contracts may use one error name with different arguments: take the item viem decoded with.
        return {
          name: reverted.data.errorName,
          args: namedArgs(reverted.data.abiItem as ErrorItem, reverted.data.args),
          message: reverted.shortMessage,
        };
      }
      if (reverted.raw)
        return (
          decodeRevertData(reverted.raw, extraAbis) ?? { name: "Unknown", args: {}, message: reverted.shortMessage }
        );
    }
    const withData = error.walk((cause) => typeof (cause as { data?: unknown }).data === "string");
    const data = (withData as { data?: Hex } | null)?.data;
    if (data?.startsWith("0x") && data.length >= 10) {
      const decoded = decodeRevertData(data, extraAbis);
      if (decoded) return decoded;
    }
    return { name: "Unknown", args: {}, message: error.shortMessage };
  }
  return { name: "Unknown", args: {}, message: error instanceof Error ? error.message : String(error) };
}
