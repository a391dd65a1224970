import type { Address, Chain, Client, Hex, Transport } from "viem";
import { getCode, readContract } from "viem/actions";
import { passkeyAccountAbi } from "../generated/abis.ts";
import { passkeyAccountAddress } from "./accountAddress.ts";
import type { Passkey } from "./passkey.ts";
import { batchNonce } from "./signedBatch.ts";

export type PasskeyAccountStateParameters = {
  /** The chain's `PasskeyAccountFactory` (`deployment.contracts.PasskeyAccountFactory.address`). */
  factory: Address;
  /** The account's first passkey. */
  passkey: Passkey;
  /** Distinguishes several accounts of one passkey; 0 by default. */
  salt?: Hex;
  /** The nonce sequence to read; 0 (the cheapest) by default. */
  nonceKey?: bigint;
  /**
   * The account, when `passkey` was added to an existing one (a second device's passkey): its address is then not
   * the one the factory derives from this passkey.
   */
  account?: Address;
};

export type PasskeyAccountState = {
  address: Address;
  /** Whether the factory created it already: if not, the next batch goes through `createAccountAndExecute`. */
  isDeployed: boolean;
  /** The nonce the next batch on `nonceKey` must carry. */
  nonce: bigint;
};

/**
 * Where a passkey account is, whether it exists, and the nonce of its next signed batch (the first of the sequence
 * before the account exists).
 * @example const { address, isDeployed, nonce } = await getPasskeyAccountState(publicClient, { factory, passkey })
 */
export async function getPasskeyAccountState(
  client: Client<Transport, Chain | undefined>,
  parameters: PasskeyAccountStateParameters,
): Promise<PasskeyAccountState> {
  const { factory, passkey, salt, nonceKey = 0n } = parameters;
  const address =
    parameters.account ?? passkeyAccountAddress({ factory, passkey, ...(salt !== undefined && { salt }) });
  const code = await getCode(client, { address });
  const isDeployed = code !== undefined && code !== "0x";
  const nonce = isDeployed
    ? await readContract(client, {
        address,
        abi: passkeyAccountAbi,
        functionName: "nonces",
        args: [address, nonceKey],
      })
    : batchNonce(nonceKey, 0n);
  return { address, isDeployed, nonce };
}
