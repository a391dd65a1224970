// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A payout or completion hook that answers every call, ETH payment included, with `SIZE` bytes of return
///  data, so that a caller copying it pays for the memory (return-data bomb).
contract ReturnBomb {
    uint256 public constant SIZE = 100_000;

    fallback() external payable {
        assembly ("memory-safe") {
            return(0, SIZE)
        }
    }
}
