import { type Address, bytesToHex, type ContractFunctionArgs, type Hex, serializeSignature, zeroHash } from "viem";
import { readContract, signTypedData } from "viem/actions";
import { asMarketError } from "../../chain/asMarketError.ts";
import type { MarketWalletClient } from "../../chain/writeMarketContract.ts";
import type { Deployment } from "../../deployment.ts";
import type { escrowAbi } from "../../generated/abis.ts";
import { erc20PermitAbi } from "../../tokens/permitAbi.ts";
import { signTokenPermit } from "../../tokens/signTokenPermit.ts";

/** How a signed action takes the buyer's tokens (the `TokenPull` struct). */
export type TokenPull = ContractFunctionArgs<typeof escrowAbi, "nonpayable", "checkoutBySig">[4];

/** How the escrow pulls the buyer's tokens, in the contract's `PullMethod` enum order. */
export const PULL_METHODS = ["Allowance", "Permit", "Authorization"] as const;

export type PullMethod = (typeof PULL_METHODS)[number];

/**
 * No signature: the buyer's existing allowance to the escrow covers the pull, or nothing is pulled (a sponsored
 * action with fee 0).
 */
export const allowancePull: TokenPull = {
  method: 0,
  value: 0n,
  validAfter: 0n,
  validBefore: 0n,
  nonce: zeroHash,
  signature: "0x",
};

export type SignPermitPullParameters = {
  token: Address;
  /** The allowance to the escrow, at least what the action pulls (a checkout's total and fee, or an action's fee). */
  value: bigint;
  /** Unix seconds after which the permit is void. */
  deadline: bigint;
};

/**
 * The buyer signs an EIP-2612 permit for a signed action to pull its tokens with (a failing permit is ignored by the
 * escrow, since a front-runner may have used it; the transfer then decides).
 * @throws PermitNotSupportedError when the token has no compatible permit.
 * @example const tokenPull = await signPermitPull(buyerWallet, deployment, { token, value: total + fee, deadline })
 */
export async function signPermitPull(
  client: MarketWalletClient,
  deployment: Deployment,
  parameters: SignPermitPullParameters,
): Promise<TokenPull> {
  const spender = deployment.contracts.Escrow.address;
  const { v, r, s, value, deadline } = await signTokenPermit(client, { ...parameters, spender });
  const signature: Hex = serializeSignature({ r, s, v: BigInt(v) });
  return { method: 1, value, validAfter: 0n, validBefore: deadline, nonce: zeroHash, signature };
}

export type SignAuthorizationPullParameters = {
  token: Address;
  /** Exactly what the action pulls: a checkout's total and fee, or an action's fee. */
  value: bigint;
  /** Unix seconds before which the authorization is void (default 0). */
  validAfter?: bigint;
  /** Unix seconds from which the authorization is void. */
  validBefore: bigint;
};

const receiveWithAuthorizationTypes = {
  ReceiveWithAuthorization: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "validAfter", type: "uint256" },
    { name: "validBefore", type: "uint256" },
    { name: "nonce", type: "bytes32" },
  ],
} as const;

/**
 * The buyer signs an ERC-3009 `receiveWithAuthorization` to the escrow (Circle's USDC and EURC): the token moves
 * exactly `value`, under a random 32-byte nonce, without any allowance. The token's EIP-712 domain is its `name()`
 * and `version()` on the client's chain.
 * @example const tokenPull = await signAuthorizationPull(buyerWallet, deployment, { token: eurc, value: total + fee, validBefore })
 */
export async function signAuthorizationPull(
  client: MarketWalletClient,
  deployment: Deployment,
  { token, value, validAfter = 0n, validBefore }: SignAuthorizationPullParameters,
): Promise<TokenPull> {
  try {
    const contract = { address: token, abi: erc20PermitAbi } as const;
    const [name, version] = await Promise.all([
      readContract(client, { ...contract, functionName: "name" }),
      readContract(client, { ...contract, functionName: "version" }),
    ]);
    const nonce = bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
    const signature = await signTypedData(client, {
      account: client.account,
      domain: { name, version, chainId: client.chain.id, verifyingContract: token },
      types: receiveWithAuthorizationTypes,
      primaryType: "ReceiveWithAuthorization",
      message: {
        from: client.account.address,
        to: deployment.contracts.Escrow.address,
        value,
        validAfter,
        validBefore,
        nonce,
      },
    });
    return { method: 2, value, validAfter, validBefore, nonce, signature };
  } catch (error) {
    throw asMarketError(error);
  }
}
