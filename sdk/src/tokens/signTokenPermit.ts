import { type Address, type ContractFunctionArgs, domainSeparator, parseSignature } from "viem";
import { readContract, signTypedData } from "viem/actions";
import type { MarketWalletClient } from "../chain/writeMarketContract.ts";
import type { escrowAbi } from "../generated/abis.ts";
import { erc20PermitAbi } from "./permitAbi.ts";

/** An EIP-2612 permit for one token, as `checkoutWithPermit` takes it (the `TokenPermit` struct). */
export type TokenPermit = ContractFunctionArgs<typeof escrowAbi, "payable", "checkoutWithPermit">[1][number];

export type SignTokenPermitParameters = {
  token: Address;
  spender: Address;
  /** The allowance the permit grants, in token base units. */
  value: bigint;
  /** Unix seconds after which the permit is void. */
  deadline: bigint;
};

/** The token has no EIP-2612 permit this SDK can sign (no `nonces`, or an unexpected domain): approve it instead. */
export class PermitNotSupportedError extends Error {
  readonly token: Address;

  constructor(token: Address, reason: string) {
    super(`Token ${token} does not support EIP-2612 permits (${reason}); approve it instead`);
    this.name = "PermitNotSupportedError";
    this.token = token;
  }
}

/** The EIP-712 domain version of OpenZeppelin's ERC20Permit, used when the token has no `version()` view. */
const DEFAULT_VERSION = "1";

async function readPermitDomain(client: MarketWalletClient, token: Address) {
  const contract = { address: token, abi: erc20PermitAbi } as const;
  try {
    const [name, version, nonce, separator] = await Promise.all([
      readContract(client, { ...contract, functionName: "name" }),
      readContract(client, { ...contract, functionName: "version" }).catch(() => DEFAULT_VERSION),
      readContract(client, { ...contract, functionName: "nonces", args: [client.account.address] }),
      readContract(client, { ...contract, functionName: "DOMAIN_SEPARATOR" }),
    ]);
    return { name, version, nonce, separator };
  } catch (error) {
    const reason = (error as { shortMessage?: string }).shortMessage ?? "its permit views cannot be read";
    throw new PermitNotSupportedError(token, reason);
  }
}

/**
 * Signs an EIP-2612 permit with the caller's wallet: reads the token's `name` and the caller's `nonces`, uses
 * domain version "1" (or the token's `version()` when it has one, e.g. USDC's "2") and the client's chain id, and
 * checks the result against the token's `DOMAIN_SEPARATOR`, so that a token with another domain is detected
 * before the wallet opens.
 * @throws PermitNotSupportedError when the token has no compatible permit.
 * @example const permit = await signTokenPermit(buyerWallet, { token: leman, spender: escrow, value, deadline })
 */
export async function signTokenPermit(
  client: MarketWalletClient,
  parameters: SignTokenPermitParameters,
): Promise<TokenPermit> {
  const { token, spender, value, deadline } = parameters;
  const { name, version, nonce, separator } = await readPermitDomain(client, token);
  const domain = { name, version, chainId: client.chain.id, verifyingContract: token } as const;
  if (domainSeparator({ domain }) !== separator)
    throw new PermitNotSupportedError(token, "its EIP-712 domain is not the expected one");
  const signature = await signTypedData(client, {
    account: client.account,
    domain,
    types: {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Permit",
    message: { owner: client.account.address, spender, value, nonce, deadline },
  });
  const { r, s, v, yParity } = parseSignature(signature);
  return { token, value, deadline, v: Number(v ?? BigInt(yParity + 27)), r, s };
}
