// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ReentryAttempt} from "./ReentryAttempt.sol";

/// @notice A payout, carrier or buyer contract that calls back into the escrow when it receives ETH (re-entrancy
///  attack). Bubbling: the receive fails with the escrow's revert; swallowing: it keeps the ETH and records the error.
contract ReentrantReceiver is ReentryAttempt {
    receive() external payable {
        _reenter();
    }
}
