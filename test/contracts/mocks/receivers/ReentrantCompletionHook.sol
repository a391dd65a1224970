// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOrderCompletionHook} from "../../../../contracts/interfaces/IOrderCompletionHook.sol";
import {Order} from "../../../../contracts/types/MarketTypes.sol";
import {ReentryAttempt} from "./ReentryAttempt.sol";

/// @notice A shop's completion hook that re-enters the escrow when an order completes (e.g. to complete or withdraw
///  again). Armed in bubbling mode it reverts, which must leave the completed payment standing.
contract ReentrantCompletionHook is IOrderCompletionHook, ReentryAttempt {
    uint256 public completedOrders;

    function onOrderCompleted(uint256, Order calldata) external {
        ++completedOrders;
        _reenter();
    }
}
