// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OrderStatus} from "../../../contracts/types/MarketTypes.sol";

/// @notice The sets of statuses {IEscrow-InvalidStatus} names as `expected`: bit `uint8(status)` set for each.
function statuses(OrderStatus a) pure returns (bytes32) {
    return bytes32(uint256(1) << uint8(a));
}

function statuses(OrderStatus a, OrderStatus b) pure returns (bytes32) {
    return statuses(a) | statuses(b);
}

function statuses(OrderStatus a, OrderStatus b, OrderStatus c, OrderStatus d) pure returns (bytes32) {
    return statuses(a, b) | statuses(c, d);
}
