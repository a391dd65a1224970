// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderStatus} from "../types/MarketTypes.sol";

/// @notice The one storage slot of an order: its status, flags, current deadline and arbitrator's dispute id.
/// @dev Layout, low to high bits: status (8) | flags (8) | deadline (40) | disputeId (200).
///  Flags: bit 0 = delivery fee paid; bit 1 = accepted by the shop (kept through every later status).
///  The order's id is the hash of its terms ({orderIdOf}), so the slot needs no commitment of its own.
type PackedOrder is uint256;

using PackedOrderLib for PackedOrder global;

library PackedOrderLib {
    uint256 internal constant FEE_PAID = 1;
    uint256 internal constant SHOP_ACCEPTED = 2;
    /// @notice Largest dispute id an order can record.
    uint256 internal constant MAX_DISPUTE_ID = (1 << 200) - 1;

    function pack(OrderStatus newStatus, uint256 newFlags, uint40 newDeadline, uint256 newDisputeId)
        internal
        pure
        returns (PackedOrder)
    {
        return PackedOrder.wrap(
            (newDisputeId << 56) | (uint256(newDeadline) << 16) | (newFlags << 8) | uint256(newStatus)
        );
    }

    /// @notice The same order in a new status, flags and deadline, keeping its dispute id.
    function moveTo(PackedOrder self, OrderStatus newStatus, uint256 newFlags, uint40 newDeadline)
        internal
        pure
        returns (PackedOrder)
    {
        return pack(newStatus, newFlags, newDeadline, self.disputeId());
    }

    function status(PackedOrder self) internal pure returns (OrderStatus) {
        return OrderStatus(uint8(PackedOrder.unwrap(self)));
    }

    function flags(PackedOrder self) internal pure returns (uint256) {
        return uint8(PackedOrder.unwrap(self) >> 8);
    }

    function deadline(PackedOrder self) internal pure returns (uint40) {
        return uint40(PackedOrder.unwrap(self) >> 16);
    }

    function disputeId(PackedOrder self) internal pure returns (uint256) {
        return PackedOrder.unwrap(self) >> 56;
    }

    function isFeePaid(PackedOrder self) internal pure returns (bool) {
        return self.flags() & FEE_PAID != 0;
    }

    function isShopAccepted(PackedOrder self) internal pure returns (bool) {
        return self.flags() & SHOP_ACCEPTED != 0;
    }
}

/// @notice An order's id: the hash of its terms. Any contract can check terms against an id without storage.
function orderIdOf(Order memory order) pure returns (uint256) {
    return uint256(keccak256(abi.encode(order)));
}
