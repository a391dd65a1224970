// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A contract that refuses every ETH payment (e.g. a wallet without `receive`), to show a failing receiver
///  gets a credit instead of blocking the order.
contract RevertingReceiver {
    error PaymentRefused();

    receive() external payable {
        revert PaymentRefused();
    }
}
