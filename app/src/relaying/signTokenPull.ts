import {
  allowancePull,
  type Deployment,
  signAuthorizationPull,
  signPermitPull,
  type TokenPull,
  tokenPullMethods,
} from "@grandrue/sdk";
import type { Account, Address, Chain, Client, Transport, WalletClient } from "viem";
import { getBlock } from "viem/actions";

/** How long a signature given to a relayer stays valid (relayers refuse longer ones; see their `maxDeadlineSeconds`). */
const SIGNATURE_LIFETIME_SECONDS = 600n;

/** The token can only be pulled with an approval made beforehand, which needs the chain's coin. */
export class TokenNotPullableError extends Error {
  constructor(token: Address) {
    super(`The token ${token} has neither permit (EIP-2612) nor transfer authorizations (ERC-3009)`);
    this.name = "TokenNotPullableError";
  }
}

/** The last second a signature for a relayer is valid: ten minutes from the chain's own clock. */
export async function signatureDeadline(publicClient: Client<Transport, Chain>): Promise<bigint> {
  const { timestamp } = await getBlock(publicClient, { blockTag: "latest" });
  return timestamp + SIGNATURE_LIFETIME_SECONDS;
}

/**
 * The buyer signs how the escrow takes `value` of `token` (a checkout's total and fee, or an action's fee): an ERC-3009
 * authorization of exactly `value` where the token offers it (EURC, USDC: no allowance left behind), else an
 * EIP-2612 permit; nothing to sign for a zero value.
 * @throws TokenNotPullableError when the token has neither.
 */
export async function signTokenPull(
  walletClient: WalletClient<Transport, Chain, Account>,
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  { token, value, deadline }: { token: Address; value: bigint; deadline: bigint },
): Promise<TokenPull> {
  if (value === 0n) return allowancePull;
  const [best] = await tokenPullMethods(publicClient, { token });
  if (best === "Authorization")
    return signAuthorizationPull(walletClient, deployment, { token, value, validBefore: deadline });
  if (best === "Permit") return signPermitPull(walletClient, deployment, { token, value, deadline });
  throw new TokenNotPullableError(token);
}
