// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OrderStatus} from "../../../contracts/types/MarketTypes.sol";

/// @notice The escrow's order state machine as a table of allowed edges, written from the spec (IEscrow NatSpec),
///  independently of the implementation. The README's diagram draws exactly these edges
///  (test/orderStateMachine.test.ts checks it).
library OrderStateMachine {
    /// @notice Whether an order may move from `from` to `to` in one call.
    function isEdge(OrderStatus from, OrderStatus to) internal pure returns (bool) {
        if (from == OrderStatus.None) return to == OrderStatus.Paid;
        if (from == OrderStatus.Paid) {
            return to == OrderStatus.Accepted || to == OrderStatus.Declined || to == OrderStatus.Cancelled
                || to == OrderStatus.Expired || to == OrderStatus.Completed;
        }
        if (from == OrderStatus.Accepted) {
            return to == OrderStatus.Shipped || to == OrderStatus.Delivered || to == OrderStatus.Expired
                || to == OrderStatus.Completed;
        }
        if (from == OrderStatus.Shipped) {
            return to == OrderStatus.Delivered || to == OrderStatus.Completed || to == OrderStatus.Disputed;
        }
        if (from == OrderStatus.Delivered) return to == OrderStatus.Completed || to == OrderStatus.Disputed;
        if (from == OrderStatus.Disputed) return to == OrderStatus.Resolved;
        // Completed, Cancelled, Declined, Expired and Resolved are final.
        return false;
    }

    /// @notice Whether the order's money has all been paid out (or credited).
    function isFinal(OrderStatus status) internal pure returns (bool) {
        return status == OrderStatus.Completed || status == OrderStatus.Cancelled || status == OrderStatus.Declined
            || status == OrderStatus.Expired || status == OrderStatus.Resolved;
    }
}
