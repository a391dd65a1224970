// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../types/MarketTypes.sol";

/// @title Order hook
/// @notice A contract a shop names in the {IShopRegistry} (`setOrderHook`) to be told by the escrow when one of its
///  orders is delivered, completes, or has its dispute resolved: loyalty stamps, warranties, accounting, carrier
///  pools… Checkout copies the shop's hook into each order (`order.hook`), so the buyer sees it and it cannot change
///  under an order. Each call comes after the order's payments, with a gas cap (`hookGasLimit` of
///  {IEscrow-limits}); a hook that reverts or runs out of gas never blocks or reverts the order (the escrow emits
///  {IEscrow-HookFailed}). A shop that wants several services names a fan-out such as
///  `contracts/services/ServiceHooks.sol`, which calls each of them with its own cap.
///
///  Implementations SHOULD NOT trust their caller: the escrow calls them, but so could anyone. Verify what you rely on
///  with the escrow (`verifyOrder(orderId, order)`, then `orderFacts(orderId)`): inside the escrow's transaction the
///  order's slot is warm, so both cost a few thousand gas. Count each order once.
interface IOrderHook {
    /// @notice `orderId` was delivered: its `orderFacts` now has `deliveredAt` (code presented or receipt confirmed).
    function onOrderDelivered(uint256 orderId, Order calldata order) external;

    /// @notice `orderId` completed: the shop was paid `order.amount`; `orderFacts(orderId).closedAt` is now.
    function onOrderCompleted(uint256 orderId, Order calldata order) external;

    /// @notice `orderId`'s dispute ended: the buyer got `buyerAmount` (the unpaid delivery fee included) and the shop
    ///  `shopAmount`.
    function onDisputeResolved(uint256 orderId, Order calldata order, uint256 buyerAmount, uint256 shopAmount)
        external;
}
