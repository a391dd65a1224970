// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

/// @notice An EIP-1271 signer that misbehaves in one chosen way, to show how a verifier treats it.
contract MaliciousSigner {
    /// @notice How `isValidSignature` answers, whatever it is asked.
    enum Behaviour {
        ApproveEverything, // the magic value for any digest and any bytes, signed or not
        ReturnWrongValue, // a well-formed bytes4 that is not the magic value
        ReturnDirtyMagic, // the magic value followed by non-zero bytes in the same word
        ReturnTrue, // an ABI-encoded `true` instead of the magic value
        ReturnShortData, // the 4 magic bytes alone, not a full ABI word
        ReturnNothing, // succeeds with empty return data
        Revert // reverts
    }

    /// @notice The wallet reverted on purpose.
    error Refused();

    /// @notice The behaviour chosen at deployment.
    Behaviour public immutable behaviour;

    constructor(Behaviour behaviour_) {
        behaviour = behaviour_;
    }

    /// @notice Answers according to `behaviour`. Raw returns need assembly: Solidity always pads to whole words.
    function isValidSignature(bytes32, bytes calldata) external view returns (bytes4) {
        bytes4 magic = IERC1271.isValidSignature.selector;
        Behaviour chosen = behaviour;
        if (chosen == Behaviour.ApproveEverything) return magic;
        if (chosen == Behaviour.ReturnWrongValue) return bytes4(0x20c13b0b); // the legacy EIP-1271 `bytes` selector
        if (chosen == Behaviour.Revert) revert Refused();
        bytes32 word;
        uint256 size;
        if (chosen == Behaviour.ReturnDirtyMagic) (word, size) = (bytes32(magic) | bytes32(uint256(1)), 32);
        else if (chosen == Behaviour.ReturnTrue) (word, size) = (bytes32(uint256(1)), 32);
        else if (chosen == Behaviour.ReturnShortData) (word, size) = (bytes32(magic), 4);
        assembly ("memory-safe") {
            mstore(0x00, word)
            return(0x00, size)
        }
    }
}
