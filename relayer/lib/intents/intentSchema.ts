import { BUYER_ACTIONS, type RelayerIntent } from "@grandrue/sdk";
import { deliveryAttestationsAbi, escrowAbi, passkeyAccountFactoryAbi } from "@grandrue/sdk/abis";
import { type Abi, type AbiParameter, getAbiItem } from "viem";
import { z } from "zod";
import { abiSchema } from "./abiSchema.ts";

function input(abi: Abi, functionName: string, index: number): z.ZodType {
  const item = getAbiItem({ abi, name: functionName }) as { inputs: readonly AbiParameter[] } | undefined;
  const parameter = item?.inputs[index];
  if (!parameter) throw new TypeError(`${functionName} has no input ${index}`);
  return abiSchema(parameter);
}

const address = abiSchema({ type: "address" });
const uint256 = abiSchema({ type: "uint256" });
const bytes = abiSchema({ type: "bytes" });
const orderTerms = input(escrowAbi as Abi, "accept", 0);
const tokenPull = input(escrowAbi as Abi, "checkoutBySig", 4);
const buyerAuthorization = input(escrowAbi as Abi, "checkoutBySig", 2);

const checkout = z.strictObject({
  kind: z.literal("checkout"),
  buyer: address,
  requests: input(escrowAbi as Abi, "checkoutBySig", 1).refine(
    (requests) => (requests as unknown[]).length > 0,
    "at least one order",
  ),
  authorization: buyerAuthorization,
  fee: uint256,
  tokenPull,
});

const buyerAction = z.strictObject({
  kind: z.literal("buyerAction"),
  action: z.enum(BUYER_ACTIONS),
  terms: orderTerms,
  buyerAmount: abiSchema({ type: "uint128" }),
  authorization: buyerAuthorization,
  fee: uint256,
  feePull: tokenPull,
});

const review = z.strictObject({
  kind: z.literal("review"),
  terms: orderTerms,
  rating: z.number().int().min(1).max(5),
  textCid: z.string().min(1),
  nonce: uint256,
  deadline: uint256,
  signature: bytes,
});

const carrierCheckpoint = z.strictObject({
  kind: z.literal("carrierCheckpoint"),
  attestation: input(deliveryAttestationsAbi as Abi, "attestBySig", 0),
  terms: orderTerms,
  signature: bytes,
});

const passkeyBatch = z.strictObject({
  kind: z.literal("passkeyBatch"),
  account: address,
  calls: z
    .array(z.strictObject({ to: address, value: uint256.optional(), data: bytes.optional() }))
    .max(32, "at most 32 calls"),
  nonce: uint256,
  deadline: uint256,
  signature: bytes,
  create: z
    .strictObject({
      factory: address,
      passkey: input(passkeyAccountFactoryAbi as Abi, "createAccountAndExecute", 0),
      salt: abiSchema({ type: "bytes32" }).optional(),
    })
    .optional(),
});

/** A `POST /intents` body: one of the five kinds, every field checked against the contracts' ABI types. */
export const intentSchema = z.discriminatedUnion("kind", [
  checkout,
  buyerAction,
  review,
  carrierCheckpoint,
  passkeyBatch,
]);

/** The intent a request body holds, or the zod issues that say what is wrong with it. */
export function parseIntent(
  body: unknown,
): { intent: RelayerIntent } | { issues: { path: string; message: string }[] } {
  const result = intentSchema.safeParse(body);
  if (result.success) return { intent: result.data as RelayerIntent };
  return {
    issues: result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  };
}
