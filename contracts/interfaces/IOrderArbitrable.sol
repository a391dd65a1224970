// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../types/MarketTypes.sol";

/// @title Order arbitrable
/// @notice An extension of ERC-792 for arbitrators that know the order they rule on: the ruling comes with the
///  order's terms, so it is checked and paid out in the same transaction. Arbitrators that only speak ERC-792
///  call {IArbitrable-rule} and anyone then executes the ruling with the terms.
interface IOrderArbitrable {
    /// @notice The order's arbitrator rules on its dispute, at the latest at the dispute deadline, and the split is
    ///  paid out at once: 1 refunds the buyer, 2 pays the shop (and the carrier its unpaid fee), 0 (refused) splits
    ///  the amount evenly.
    /// @dev Emits {IArbitrable-Ruling} and {IEscrow-DisputeResolved}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - the caller is not `order.arbitrator`             → NotArbitrator(orderId, caller)
    ///  - the dispute has no arbitration, or another id    → DisputeMismatch(orderId, disputeId)
    ///  - `ruling` is above 2                              → InvalidRuling(ruling)
    ///  - the dispute deadline passed                      → DeadlinePassed(orderId, deadline)
    ///  - too little gas left for the order's hook         → InsufficientGasForHook(available, required)
    function ruleOrder(uint256 disputeId, Order calldata order, uint256 ruling) external;
}
