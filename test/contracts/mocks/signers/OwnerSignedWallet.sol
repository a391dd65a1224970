// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice A minimal EIP-1271 smart wallet (a courier company's account, say) that approves exactly the digests its
///  owner signed with ECDSA. It accepts ETH so it can be paid delivery fees.
contract OwnerSignedWallet is IERC1271 {
    /// @notice The key holder whose signatures the wallet honours.
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    receive() external payable {}

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(hash, signature);
        bool isOwners = err == ECDSA.RecoverError.NoError && recovered == owner;
        return isOwners ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}
