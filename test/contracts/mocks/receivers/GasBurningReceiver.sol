// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A receiver that burns all the gas it is given when paid ETH (griefing attempt against the payer).
contract GasBurningReceiver {
    uint256 public counter;

    receive() external payable {
        while (true) {
            ++counter;
        }
    }
}
