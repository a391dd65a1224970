// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Token signatures beyond EIP-2612
/// @notice ERC-3009 `receiveWithAuthorization` (a signed transfer only its recipient may submit) and the
///  `bytes signature` overloads that Circle's FiatToken V2_2 (USDC, EURC) adds to it and to EIP-2612 `permit`, which
///  also accept EIP-1271 smart-account signatures. The escrow uses them to pull a buyer's tokens by signature.
interface ITokenAuthorizations {
    /// @notice ERC-3009: moves `value` from `from` to the caller, who must be `to`, on `from`'s signature.
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice FiatToken V2_2: {receiveWithAuthorization} with a signature in bytes (ECDSA or EIP-1271).
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external;

    /// @notice FiatToken V2_2: EIP-2612 `permit` with a signature in bytes (ECDSA or EIP-1271).
    function permit(address owner, address spender, uint256 value, uint256 deadline, bytes calldata signature)
        external;
}
