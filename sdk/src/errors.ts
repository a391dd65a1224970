import {
  type Abi,
  type AbiParameterToPrimitiveType,
  BaseError,
  type ContractErrorName,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  UserRejectedRequestError,
} from "viem";
import { marketErrorsAbi } from "./generated/abis.ts";
import { AllGatewaysFailedError, type ReplicaFailureReason, ReplicaQuorumError } from "./ipfs/errors.ts";

type ErrorItem = Extract<Abi[number], { type: "error" }>;

/** The errors Solidity raises itself, which viem always decodes: `require(condition, "text")` and a failed check. */
const solidityErrorsAbi = [
  { type: "error", name: "Error", inputs: [{ name: "message", type: "string" }] },
  { type: "error", name: "Panic", inputs: [{ name: "reason", type: "uint256" }] },
] as const;

/** The arguments of one error item by name, as viem decodes them (a nameless argument is left out). */
type NamedErrorArgs<TItem> = TItem extends ErrorItem
  ? {
      [TInput in TItem["inputs"][number] as TInput["name"] extends `${infer TName}`
        ? TName extends ""
          ? never
          : TName
        : never]: AbiParameterToPrimitiveType<TInput>;
    }
  : never;

/** One decoded custom error of `TAbi` per name; a name two contracts declare with different arguments has either. */
type ContractErrors<TAbi extends Abi> = {
  [TName in ContractErrorName<TAbi>]: {
    name: TName;
    args: NamedErrorArgs<Extract<TAbi[number], { type: "error"; name: TName }>>;
    message: string;
  };
}[ContractErrorName<TAbi>];

/** The name an IPFS write failure is decoded to, by why its first replica refused. */
type IpfsNodeErrorName = "IpfsNodeUnauthorized" | "IpfsNodeForbidden" | "IpfsNodeUnreachable" | "IpfsNodeRefused";

/** Failures that are not a contract's custom error: the wallet's refusal, IPFS writes and reads, anything else. */
type OffChainError =
  | { name: "UserRejected"; args: Record<string, never>; message: string }
  | { name: "Unknown"; args: Record<string, never>; message: string }
  | {
      name: IpfsNodeErrorName;
      args: { node: string; stored: number; required: number; reason: string };
      message: string;
    }
  | { name: "IpfsDocumentUnavailable"; args: { cid: string }; message: string };

/**
 * A decoded failure: the Solidity error name and its arguments by name, typed by name (narrow on `name` to read
 * `args`). The app maps `name` to an i18n key. `TAbis` are the extra ABIs given to {@link parseMarketError}: their
 * errors join the protocol's.
 * @example if (parsed.name === "InvalidStatus") expectedOrderStatuses(parsed.args.expected) // ["Paid", "Accepted"]
 */
export type ParsedMarketError<TAbis extends readonly Abi[] = readonly []> =
  | ContractErrors<typeof marketErrorsAbi>
  | ContractErrors<typeof solidityErrorsAbi>
  | ([TAbis[number]] extends [never] ? never : ContractErrors<TAbis[number]>)
  | OffChainError;

/**
 * A contract error name of the protocol's contracts and services (or of `TAbis`), Solidity's own `Error` (a
 * `require` with a text) and `Panic`, `UserRejected` (the wallet prompt was refused), an IPFS failure, or `Unknown`.
 */
export type MarketErrorName<TAbis extends readonly Abi[] = readonly []> = ParsedMarketError<TAbis>["name"];

export type ParseMarketErrorOptions<TAbis extends readonly Abi[] = readonly []> = {
  /**
   * ABIs whose custom errors are decoded too, beside the protocol's and the services': a contract of your own, or a
   * token's. Only their `error` items are used.
   */
  abis?: TAbis;
};

/**
 * A protocol call failed; `errorName` and `args` say why in the contracts' own words. `args` is not tied to
 * `errorName` here: `parseMarketError(error)` gives the pair typed by name.
 */
export class MarketError<TAbis extends readonly Abi[] = readonly []> extends Error {
  readonly errorName: MarketErrorName<TAbis>;
  readonly args: Record<string, unknown>;

  constructor(parsed: ParsedMarketError<TAbis>, options?: { cause?: unknown }) {
    super(parsed.message, options);
    this.name = "MarketError";
    // TypeScript does not reduce a field of a generic union to the union of the fields.
    this.errorName = parsed.name as MarketErrorName<TAbis>;
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

/**
 * A decoded contract error, typed by its name. The decoder (viem) produced `args` from the item that declares `name`,
 * which is what {@link ParsedMarketError} states; TypeScript cannot follow it through runtime decoding.
 */
function contractError<TAbis extends readonly Abi[]>(
  name: string,
  args: Record<string, unknown>,
  message: string,
): ParsedMarketError<TAbis> {
  return { name, args, message } as ParsedMarketError<TAbis>;
}

function errorItems(extraAbis: readonly Abi[]): ErrorItem[] {
  return [
    ...extraAbis.flatMap((extra) => extra.filter((item) => item.type === "error")),
    ...marketErrorsAbi,
    ...solidityErrorsAbi,
  ];
}

function decodeRevertData<TAbis extends readonly Abi[]>(
  data: Hex,
  extraAbis: readonly Abi[],
): ParsedMarketError<TAbis> | undefined {
  try {
    const decoded = decodeErrorResult({ abi: errorItems(extraAbis), data });
    return contractError(decoded.errorName, namedArgs(decoded.abiItem as ErrorItem, decoded.args), decoded.errorName);
  } catch {
    return undefined;
  }
}

/** The name an IPFS write failure is decoded to, by why its first replica refused. */
const REPLICA_FAILURE_NAMES: Record<ReplicaFailureReason, IpfsNodeErrorName> = {
  unauthorized: "IpfsNodeUnauthorized",
  forbidden: "IpfsNodeForbidden",
  unreachable: "IpfsNodeUnreachable",
  timeout: "IpfsNodeUnreachable",
  refused: "IpfsNodeRefused",
};

function replicaQuorumError(error: ReplicaQuorumError): OffChainError {
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
 * (from any of the protocol's contracts and services, or of `options.abis`), Solidity's `Error` (`{ message }`, a
 * token's `require` text) or `Panic` (`{ reason }`), `UserRejected` when the wallet prompt
 * was refused, an IPFS write that too few replicas stored (`IpfsNodeUnauthorized`, `IpfsNodeForbidden`,
 * `IpfsNodeUnreachable`, `IpfsNodeRefused`, with `{ node, stored, required, reason }`), a document no gateway has
 * (`IpfsDocumentUnavailable`), else `Unknown` (also for a custom error none of these ABIs declares, which its
 * `message` names). The result is typed by name: narrow on `name` and `args` has that error's arguments; the errors
 * of `options.abis` widen it (give them `as const` to keep their names).
 * @example
 * try { await accept(client, deployment, { orderId, terms }) }
 * catch (error) { const { name, args } = parseMarketError(error); toast(t(`errors.${name}`, args)) }
 * @example parseMarketError(error, { abis: [myServiceAbi] }) // also your own contract's errors
 */
export function parseMarketError<const TAbis extends readonly Abi[] = readonly []>(
  error: unknown,
  options: ParseMarketErrorOptions<TAbis> = {},
): ParsedMarketError<TAbis> {
  const extraAbis: readonly Abi[] = options.abis ?? [];
  if (error instanceof MarketError) return contractError(error.errorName, error.args, error.message);
  if (error instanceof ReplicaQuorumError) return replicaQuorumError(error);
  if (error instanceof AllGatewaysFailedError)
    return { name: "IpfsDocumentUnavailable", args: { cid: error.cid }, message: error.message };
  if (error instanceof BaseError) {
    if (error.walk((cause) => cause instanceof UserRejectedRequestError)) {
      return { name: "UserRejected", args: {}, message: "The request was rejected in the wallet." };
    }
    const reverted = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      const { data } = reverted;
      if (data?.errorName) {
        // Two contracts may use one error name with different arguments: take the item viem decoded with.
        if (errorItems(extraAbis).some((item) => item.name === data.errorName))
          return contractError(data.errorName, namedArgs(data.abiItem as ErrorItem, data.args), reverted.shortMessage);
        const message = `${reverted.shortMessage} with ${data.errorName}, an error none of the decoder's ABIs declares (give its ABI in options.abis)`;
        return { name: "Unknown", args: {}, message };
      }
      if (reverted.raw)
        return (
          decodeRevertData(reverted.raw, extraAbis) ?? { name: "Unknown", args: {}, message: reverted.shortMessage }
        );
    }
    const withData = error.walk((cause) => typeof (cause as { data?: unknown }).data === "string");
    const data = (withData as { data?: Hex } | null)?.data;
    if (data?.startsWith("0x") && data.length >= 10) {
      const decoded = decodeRevertData<TAbis>(data, extraAbis);
      if (decoded) return decoded;
    }
    return { name: "Unknown", args: {}, message: error.shortMessage };
  }
  return { name: "Unknown", args: {}, message: error instanceof Error ? error.message : String(error) };
}
