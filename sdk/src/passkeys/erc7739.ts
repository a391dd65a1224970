import { type Address, type Hex, type TypedDataDefinition, zeroHash } from "viem";
import { hashTypedData, wrapTypedDataSignature } from "viem/experimental/erc7739";
import { PASSKEY_ACCOUNT_DOMAIN } from "./signedBatch.ts";

/**
 * The WebAuthn challenge for the account's passkey signing another contract's EIP-712 message (a protocol v2 escrow
 * intent, an ERC-1271-aware permit): ERC-7739's `TypedDataSign(contents, account domain)` under that contract's
 * domain, so the signature is good for that contract, this account and this chain only.
 * @example const challenge = typedDataChallenge({ account, chainId, typedData: releaseIntent })
 */
export function typedDataChallenge(parameters: {
  account: Address;
  chainId: number;
  typedData: TypedDataDefinition;
}): Hex {
  const { account, chainId, typedData } = parameters;
  return hashTypedData({
    ...typedData,
    verifierDomain: { ...PASSKEY_ACCOUNT_DOMAIN, chainId, verifyingContract: account, salt: zeroHash },
  });
}

/**
 * The ERC-1271 signature to hand to the other contract: the passkey's signature (from `encodePasskeySignature` over
 * {@link typedDataChallenge}) followed by the ERC-7739 nesting data (the contract's domain separator, the contents
 * hash and type).
 */
export function wrapTypedDataForAccount(parameters: { typedData: TypedDataDefinition; signature: Hex }): Hex {
  return wrapTypedDataSignature({ ...parameters.typedData, signature: parameters.signature });
}
