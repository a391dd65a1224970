import { type Address, concat, encodeAbiParameters, getContractAddress, type Hex, keccak256, zeroHash } from "viem";
import { type Passkey, passkeyId } from "./passkey.ts";

export type PasskeyAccountAddressParameters = {
  /** The `PasskeyAccountFactory` of the chain. */
  factory: Address;
  /** The account's first passkey. */
  passkey: Passkey;
  /** Distinguishes several accounts of one passkey; 0 by default. */
  salt?: Hex;
};

/** The account implementation a factory deployed in its constructor: its first contract creation (nonce 1). */
export function passkeyAccountImplementation(factory: Address): Address {
  return getContractAddress({ from: factory, nonce: 1n });
}

/** The creation code of OpenZeppelin's ERC-1167 clone of `implementation` (`Clones.cloneDeterministic`). */
function cloneCreationCode(implementation: Address): Hex {
  return concat(["0x3d602d80600a3d3981f3363d3d373d3d3d363d73", implementation, "0x5af43d82803e903d91602b57fd5bf3"]);
}

/**
 * The code every account of `factory` has once created (an ERC-1167 clone of its implementation): how a relayer tells a
 * real passkey account, which runs exactly the batch its passkey signed, from any other contract.
 */
export function passkeyAccountCode(factory: Address): Hex {
  return concat([
    "0x363d3d373d3d3d363d73",
    passkeyAccountImplementation(factory),
    "0x5af43d82803e903d91602b57fd5bf3",
  ]).toLowerCase() as Hex;
}

/**
 * The address of the passkey account of `passkey` and `salt`, whether or not it exists yet: the shopper can receive
 * money there before any transaction. Computed offline; equal to the factory's `accountAddress(passkey, salt)`.
 * @example const address = passkeyAccountAddress({ factory: deployment.PasskeyAccountFactory.address, passkey })
 */
export function passkeyAccountAddress(parameters: PasskeyAccountAddressParameters): Address {
  const { factory, passkey, salt = zeroHash } = parameters;
  return getContractAddress({
    opcode: "CREATE2",
    from: factory,
    salt: keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [passkeyId(passkey), salt])),
    bytecode: cloneCreationCode(passkeyAccountImplementation(factory)),
  });
}
