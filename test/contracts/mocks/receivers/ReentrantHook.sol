// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOrderHook} from "../../../../contracts/interfaces/IOrderHook.sol";
import {Order} from "../../../../contracts/types/MarketTypes.sol";
import {ReentryAttempt} from "./ReentryAttempt.sol";

/// @notice A shop's order hook that re-enters the escrow at every moment (e.g. to complete or withdraw again). Armed
///  in bubbling mode it reverts, which must leave the order's payments standing.
contract ReentrantHook is IOrderHook, ReentryAttempt {
    uint256 public deliveredOrders;
    uint256 public completedOrders;
    uint256 public resolvedOrders;

    function onOrderDelivered(uint256, Order calldata) external {
        ++deliveredOrders;
        _reenter();
    }

    function onOrderCompleted(uint256, Order calldata) external {
        ++completedOrders;
        _reenter();
    }

    function onDisputeResolved(uint256, Order calldata, uint256, uint256) external {
        ++resolvedOrders;
        _reenter();
    }
}
