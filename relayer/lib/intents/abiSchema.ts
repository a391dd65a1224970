import { type AbiParameter, getAddress, isAddress, isHex, size } from "viem";
import { z } from "zod";

/** Integers up to 48 bits travel as JSON numbers (viem types them `number`); wider ones as decimal strings. */
const NUMBER_BITS = 48;

/** An address in any case, checksummed. */
export const addressSchema = z
  .string()
  .refine((value) => isAddress(value, { strict: false }), "an 0x address of 20 bytes")
  .transform((value) => getAddress(value));

const hex = z.string().refine((value) => isHex(value), "0x-hex bytes") as unknown as z.ZodType<`0x${string}`>;

function unsigned(bits: number) {
  const max = (1n << BigInt(bits)) - 1n;
  if (bits <= NUMBER_BITS) return z.number().int().min(0).max(Number(max));
  return z
    .string()
    .regex(/^\d{1,78}$/, "a decimal string of base units")
    .transform((value) => BigInt(value))
    .refine((value) => value <= max, `at most ${bits} bits`);
}

/**
 * The zod schema of one ABI parameter in the relayer's JSON (relayer/README.md): addresses checksummed, `uint`s above
 * 48 bits from decimal strings to bigints, bytes as hex of the right size, tuples as objects. Built from the generated
 * ABIs, so the relayer reads exactly what the contracts take.
 */
export function abiSchema(parameter: AbiParameter): z.ZodType {
  const array = /^(.*)\[\]$/.exec(parameter.type);
  if (array) return z.array(abiSchema({ ...parameter, type: array[1]! } as AbiParameter));
  if (parameter.type === "tuple") {
    const components = (parameter as { components: readonly AbiParameter[] }).components;
    return z.strictObject(Object.fromEntries(components.map((component) => [component.name!, abiSchema(component)])));
  }
  if (parameter.type === "address") return addressSchema;
  if (parameter.type === "bool") return z.boolean();
  if (parameter.type === "string") return z.string().max(1024);
  if (parameter.type === "bytes") return hex;
  const fixedBytes = /^bytes(\d+)$/.exec(parameter.type);
  if (fixedBytes) {
    const length = Number(fixedBytes[1]);
    return hex.refine((value) => size(value) === length, `${length} bytes of 0x-hex`);
  }
  const integer = /^uint(\d*)$/.exec(parameter.type);
  if (integer) return unsigned(Number(integer[1] || 256));
  throw new TypeError(`No JSON schema for ABI type ${parameter.type}`);
}
