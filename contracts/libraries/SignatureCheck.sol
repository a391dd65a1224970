// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @notice Whether `signature` is `signer`'s over `digest`: an ECDSA signature recovering to `signer` (an EOA, or an
///  EIP-7702 account signing with its key), else an EIP-1271 answer from `signer`'s code (a smart-account wallet).
/// @dev ECDSA first, as Solady's SignatureCheckerLib does: an EOA signer then costs no EXTCODESIZE of a cold account
///  (2,600 gas), which OpenZeppelin's code-first `isValidSignatureNow` spends on every call. A contract cannot be
///  impersonated by ECDSA, since no key controls an address derived by CREATE or CREATE2.
function isValidSignatureNow(address signer, bytes32 digest, bytes calldata signature) view returns (bool) {
    (address recovered, ECDSA.RecoverError recoverError,) = ECDSA.tryRecoverCalldata(digest, signature);
    if (recoverError == ECDSA.RecoverError.NoError && recovered == signer) return true;
    return SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, signature);
}
