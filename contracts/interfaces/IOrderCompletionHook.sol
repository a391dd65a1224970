// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../types/MarketTypes.sol";

/// @title Order completion hook
/// @notice A contract a shop registers in the {IShopRegistry} to be told, by the escrow, when one of its orders
///  completes (loyalty stamps, accounting, guarantees…). Called after the payment, with a gas cap
///  (`HOOK_GAS_LIMIT` of the escrow); a hook that reverts or runs out of gas never blocks or reverts the payment.
///  Implementations MUST check that `msg.sender` is the escrow they trust.
interface IOrderCompletionHook {
    /// @notice Called once when `orderId` reaches `Completed`.
    /// @param orderId The completed order.
    /// @param order The order's terms (already verified against the escrow's commitment).
    function onOrderCompleted(uint256 orderId, Order calldata order) external;
}
