// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Shared by the re-entrant mocks: when armed, calls `target` with a stored calldata from inside a callback.
///  Bubbling mode reverts with the re-entry's revert data (so the callback itself fails); swallowing mode records the
///  re-entry's outcome and lets the callback succeed.
abstract contract ReentryAttempt {
    address public reentryTarget;
    bytes public reentryCall;
    bool public isBubbling;
    /// @notice Number of re-entries that succeeded (must stay zero against a guarded escrow).
    uint256 public reentrySuccesses;
    /// @notice Selector of the last swallowed re-entry revert.
    bytes4 public lastReentryError;

    /// @notice Arms the attack: the next callbacks call `target` with `data`.
    function arm(address target, bytes calldata data, bool isBubbling_) external {
        reentryTarget = target;
        reentryCall = data;
        isBubbling = isBubbling_;
    }

    function _reenter() internal {
        if (reentryTarget == address(0)) return;
        (bool isDone, bytes memory returned) = reentryTarget.call(reentryCall);
        if (isDone) {
            ++reentrySuccesses;
            return;
        }
        if (isBubbling) {
            assembly ("memory-safe") {
                revert(add(returned, 0x20), mload(returned))
            }
        }
        lastReentryError = bytes4(returned);
    }
}
