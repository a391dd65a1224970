// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @notice An application that accepts EIP-712 intents signed by EOAs or ERC-1271 accounts, as protocol v2's escrow
///  will: `Release(uint256 orderId,uint256 nonce,uint256 deadline)` in its own domain.
contract IntentVerifier is EIP712 {
    bytes32 public constant RELEASE_TYPEHASH = keccak256("Release(uint256 orderId,uint256 nonce,uint256 deadline)");

    constructor(string memory name) EIP712(name, "2") {}

    function releaseHash(uint256 orderId, uint256 nonce, uint256 deadline) public pure returns (bytes32) {
        return keccak256(abi.encode(RELEASE_TYPEHASH, orderId, nonce, deadline));
    }

    function digest(uint256 orderId, uint256 nonce, uint256 deadline) public view returns (bytes32) {
        return _hashTypedDataV4(releaseHash(orderId, nonce, deadline));
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function isSignedBy(address signer, uint256 orderId, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
        view
        returns (bool)
    {
        return SignatureChecker.isValidSignatureNow(signer, digest(orderId, nonce, deadline), signature);
    }
}
