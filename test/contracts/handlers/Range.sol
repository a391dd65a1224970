// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Maps a fuzzed `value` into [min, max], keeping values already inside unchanged (so a fuzzer's edge values
///  such as 0, 1 or max survive, unlike `Test.bound`, which shifts every value by `min`).
/// @dev Requires min ≤ max.
function inRange(uint256 value, uint256 min, uint256 max) pure returns (uint256) {
    if (value >= min && value <= max) return value;
    uint256 size = max - min;
    if (size == type(uint256).max) return value;
    return min + value % (size + 1);
}
