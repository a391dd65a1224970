// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IERC7821} from "@openzeppelin/contracts/interfaces/draft-IERC7821.sol";
import {Passkey} from "../types/PasskeyTypes.sol";

/// @title Grandrue passkey account
/// @notice A shopper's account owned by nothing but its passkeys: no owner key, no guardian, no upgrade, no admin.
///  It is created at an address known in advance (see {IPasskeyAccountFactory}) and acts in two ways:
///  - **Signed batches** ({execute}, ERC-7821): the shopper's passkey signs a list of calls with a nonce and a
///    deadline (EIP-712 over this account's own domain: its chain id and address), and anyone — a relayer — submits
///    them. The account is then `msg.sender` of each call, so today's escrow sees it as the buyer.
///  - **Signatures for other contracts** ({isValidSignature}, ERC-1271 with ERC-7739): a passkey signs another
///    contract's EIP-712 message (an escrow intent, a token permit) nested in a `TypedDataSign` that names both that
///    contract's domain and this account, so a signature given to one application, account or chain is worthless to
///    any other.
///
///  **Paying.** EIP-2612 `permit` and most ERC-3009 tokens recover an ECDSA signer with `ecrecover`, which a contract
///  account cannot produce. So a payment is one signed batch: `approve(escrow, exact amount)`, `checkout`, and the
///  relayer's fee as a `transfer` to the relayer, in one transaction. It works with every ERC-20, costs about what a
///  permit does, and leaves no allowance behind (checkout pulls all of it). Tokens whose permit accepts ERC-1271
///  signatures (Circle's FiatToken v2.2) can also be permitted through {isValidSignature}.
///
///  **Passkeys.** The account starts with one passkey; a signed batch calling the account itself adds another
///  (another device: {addPasskey}) or removes one ({removePasskey}); the last one cannot be removed. A passkey is bound
///  to its relying party and origin (see {Passkey}); user presence and user verification are required.
///
///  **If every passkey is lost, the funds are lost.** Nobody — not Grandrue, not a relayer, not the factory — can
///  move them, add a passkey or recover the account: that is what "no owner but the passkeys" means. Add a second
///  passkey on another device, or use a passkey that the platform syncs (iCloud Keychain, Google Password Manager).
interface IPasskeyAccount is IERC7821, IERC1271 {
    /// @notice {execute} only supports the batch mode with opData, `0x01000000000078210001` followed by zeros.
    error UnsupportedExecutionMode(bytes32 mode);
    /// @notice The signed batch expired at `deadline`.
    error BatchExpired(uint256 deadline);
    /// @notice The signature is not a valid assertion of the batch by one of this account's passkeys.
    error InvalidPasskeySignature();
    /// @notice Only the account itself (a signed batch calling it) may manage its passkeys.
    error NotSelfCall(address caller);
    /// @notice Only the factory that cloned the account may initialize it.
    error NotFactory(address caller);
    /// @notice The account has passkeys already.
    error AlreadyInitialized();
    /// @notice The public key is not a point of the P-256 curve.
    error InvalidPublicKey(bytes32 qx, bytes32 qy);
    /// @notice A passkey needs a non-empty origin.
    error EmptyOrigin();
    /// @notice The passkey is already one of the account's.
    error PasskeyExists(bytes32 passkeyId);
    /// @notice The passkey is not one of the account's.
    error UnknownPasskey(bytes32 passkeyId);
    /// @notice The last passkey cannot be removed: the account would belong to nobody.
    error LastPasskey(bytes32 passkeyId);

    /// @notice A passkey may now sign for the account.
    event PasskeyAdded(bytes32 indexed passkeyId, bytes32 qx, bytes32 qy, bytes32 rpIdHash, string origin);
    /// @notice A passkey no longer signs for the account.
    event PasskeyRemoved(bytes32 indexed passkeyId);
    /// @notice A signed batch ran, consuming `nonce`.
    event BatchExecuted(uint256 indexed nonce);

    /// @notice Gives the account its first passkey; called once, by the factory, in the transaction that creates it.
    /// @dev Emits {PasskeyAdded}. Reverts if:
    ///  - the caller is not the factory             → NotFactory(caller)
    ///  - the account has a passkey already          → AlreadyInitialized()
    ///  - the public key is not on P-256             → InvalidPublicKey(qx, qy)
    ///  - the origin is empty                        → EmptyOrigin()
    function initialize(Passkey calldata passkey) external;

    /// @notice Runs a batch of calls signed by one of the account's passkeys; anyone may submit it.
    /// @dev `mode` must be `0x01000000000078210001` followed by zeros (ERC-7821 batch with opData).
    ///  `executionData` is `abi.encode(calls, opData)` with `calls` a list of `(address to, uint256 value, bytes data)`
    ///  (`to == address(0)` means the account itself) and `opData` = `abi.encodePacked(uint256 nonce, uint256
    ///  deadline, bytes signature)`. The signature is a passkey's assertion (see {PasskeyAssertion}) of
    ///  {executionDigest}. Nonces are keyed (ERC-4337 style): the high 192 bits choose a sequence, the low 64 bits
    ///  must be its next value, so independent batches can use independent keys; an empty batch cancels a nonce.
    ///  Checks, in order: mode, encoding, deadline, nonce (consumed), signature; then each call in order, reverting
    ///  the whole batch with the failing call's error. Emits {BatchExecuted}. Reverts if:
    ///  - the mode is not the one above              → UnsupportedExecutionMode(mode)
    ///  - `executionData` or `opData` is malformed     → ERC7579DecodingError()
    ///  - `block.timestamp > deadline`                 → BatchExpired(deadline)
    ///  - the nonce is not the next of its key         → InvalidAccountNonce(account, currentNonce)
    ///  - no passkey of the account signed the batch   → InvalidPasskeySignature()
    ///  - a call reverts                               → that call's error (FailedCall() if it gave none)
    function execute(bytes32 mode, bytes calldata executionData) external payable;

    /// @notice Whether {execute} supports `mode`: only the ERC-7821 batch mode with opData.
    function supportsExecutionMode(bytes32 mode) external view returns (bool);

    /// @notice ERC-1271: whether one of the account's passkeys signed `hash`, through ERC-7739 only. `signature` is
    ///  either a nested typed-data signature (the passkey signed `TypedDataSign(contents, this account's domain)`
    ///  under the application's domain) or a nested personal signature (`PersonalSign(prefixed message)` under this
    ///  account's domain); a passkey assertion of `hash` itself is refused, so it cannot be replayed elsewhere.
    /// @return The ERC-1271 magic value `0x1626ba7e` if valid, `0xffffffff` otherwise (and `0x77390001` for the
    ///  ERC-7739 detection request).
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4);

    /// @notice Adds a passkey, e.g. one on another device; only through a signed batch calling the account itself.
    /// @dev Emits {PasskeyAdded}. Reverts if:
    ///  - the caller is not the account itself       → NotSelfCall(caller)
    ///  - the public key is not on P-256              → InvalidPublicKey(qx, qy)
    ///  - the origin is empty                         → EmptyOrigin()
    ///  - the passkey is already the account's        → PasskeyExists(passkeyId)
    function addPasskey(Passkey calldata passkey) external;

    /// @notice Removes a passkey (a lost or replaced device); only through a signed batch calling the account itself.
    /// @dev Emits {PasskeyRemoved}. Reverts if:
    ///  - the caller is not the account itself       → NotSelfCall(caller)
    ///  - the passkey is not the account's            → UnknownPasskey(passkeyId)
    ///  - it is the account's last passkey            → LastPasskey(passkeyId)
    function removePasskey(bytes32 passkeyId) external;

    /// @notice Whether the passkey with this id (see {Passkey}) signs for the account.
    function isPasskey(bytes32 passkeyId) external view returns (bool);

    /// @notice How many passkeys sign for the account (never zero once created).
    function passkeyCount() external view returns (uint256);

    /// @notice The factory whose clones this implementation serves.
    function factory() external view returns (address);

    /// @notice The EIP-712 digest a passkey signs for {execute}: `Execute(Call[] calls,uint256 nonce,uint256 deadline)`
    ///  with `Call(address to,uint256 value,bytes data)`, in the domain ("Grandrue Passkey Account", "1", chain id,
    ///  this account). It is the WebAuthn challenge, as 32 raw bytes.
    function executionDigest(Execution[] calldata calls, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32);
}
