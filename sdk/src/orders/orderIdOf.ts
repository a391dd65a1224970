import { encodeAbiParameters, getAbiItem, hexToBigInt, keccak256 } from "viem";
import { escrowAbi } from "../generated/abis.ts";
import type { OrderTerms } from "./types.ts";

/** The `Order` tuple as the escrow's functions take it. */
const orderParameter = getAbiItem({ abi: escrowAbi, name: "accept" }).inputs[0];

/**
 * An order's id: `uint256(keccak256(abi.encode(order)))`, as the escrow computes it from the terms each call passes.
 * @example const orderId = orderIdOf(terms)
 */
export function orderIdOf(terms: OrderTerms): bigint {
  return hexToBigInt(keccak256(encodeAbiParameters([orderParameter], [terms])));
}
