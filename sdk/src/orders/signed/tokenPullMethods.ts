import { type Address, parseAbi, zeroAddress, zeroHash } from "viem";
import { readContract } from "viem/actions";
import type { MarketReadClient } from "../../chain/client.ts";
import { erc20PermitAbi } from "../../tokens/permitAbi.ts";
import type { PullMethod } from "./tokenPull.ts";

/** ERC-3009's view of a used authorization nonce: present on tokens that take `receiveWithAuthorization`. */
const authorizationStateAbi = parseAbi([
  "function authorizationState(address authorizer, bytes32 nonce) view returns (bool)",
]);

async function answers(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch {
    return false;
  }
}

/**
 * How the escrow can pull `token` from a buyer, best first: `Authorization` (ERC-3009, Circle's USDC and EURC: no
 * allowance left behind), `Permit` (EIP-2612), and always `Allowance` (an approval made beforehand). Detected from the
 * token's views (`authorizationState`, `nonces` and `DOMAIN_SEPARATOR`), so it works for any token without a list.
 * @example const [best] = await tokenPullMethods(publicClient, { token: eurc }) // "Authorization"
 */
export async function tokenPullMethods(client: MarketReadClient, { token }: { token: Address }): Promise<PullMethod[]> {
  const [hasAuthorization, hasPermit] = await Promise.all([
    answers(() =>
      readContract(client, {
        address: token,
        abi: authorizationStateAbi,
        functionName: "authorizationState",
        args: [zeroAddress, zeroHash],
      }),
    ),
    answers(() =>
      Promise.all([
        readContract(client, { address: token, abi: erc20PermitAbi, functionName: "nonces", args: [zeroAddress] }),
        readContract(client, { address: token, abi: erc20PermitAbi, functionName: "DOMAIN_SEPARATOR" }),
      ]),
    ),
  ]);
  return [
    ...(hasAuthorization ? (["Authorization"] as const) : []),
    ...(hasPermit ? (["Permit"] as const) : []),
    "Allowance",
  ];
}
