// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderFacts, OrderStatus} from "../types/MarketTypes.sol";

/// @notice The one storage slot of an order: its status, flags, current deadline, the dates of its facts and the
///  arbitrator's dispute id.
/// @dev Layout, low to high bits: status (8) | flags (8) | deadline (40) | paidAt (40) | shippedAt (40) |
///  deliveredAt (40) | closedAt (40) | disputeId (40). Times are block timestamps (uint40 lasts 34,000 years).
///  Flags: bit 0 delivery fee settled; bit 1 accepted by the shop; bit 2 a dispute exists at the arbitrator;
///  bit 3 a settlement offer stands; bit 4 the shop's payout received a share; bit 5 delivery was proven with the
///  buyer's code (not by the buyer's confirmation). The order's id is the hash of its terms ({orderIdOf}), so the slot
///  needs no commitment of its own.
type PackedOrder is uint256;

using PackedOrderLib for PackedOrder global;

library PackedOrderLib {
    uint256 internal constant FEE_PAID = 1;
    uint256 internal constant SHOP_ACCEPTED = 2;
    uint256 internal constant ARBITRATED = 4;
    uint256 internal constant HAS_OFFER = 8;
    uint256 internal constant SHOP_PAID = 16;
    uint256 internal constant DELIVERED_WITH_CODE = 32;
    /// @notice Largest dispute id an order can record: arbitrators count theirs up from 0 (Kleros, the mediator).
    uint256 internal constant MAX_DISPUTE_ID = (1 << 40) - 1;

    uint256 private constant PAID_AT = 56;
    uint256 private constant SHIPPED_AT = 96;
    uint256 private constant DELIVERED_AT = 136;
    uint256 private constant CLOSED_AT = 176;
    uint256 private constant DISPUTE_ID = 216;
    uint256 private constant STATE_MASK = (1 << 56) - 1;

    /// @notice A new order: paid now, waiting for the shop until `acceptDeadline`.
    function paid(uint40 acceptDeadline) internal view returns (PackedOrder) {
        return PackedOrder.wrap(
            (block.timestamp << PAID_AT) | (uint256(acceptDeadline) << 16) | uint256(OrderStatus.Paid)
        );
    }

    /// @notice The same order in a new status, flags and deadline, keeping its dates and dispute id.
    function moveTo(PackedOrder self, OrderStatus newStatus, uint256 newFlags, uint40 newDeadline)
        internal
        pure
        returns (PackedOrder)
    {
        uint256 state = (uint256(newDeadline) << 16) | (newFlags << 8) | uint256(newStatus);
        return PackedOrder.wrap((PackedOrder.unwrap(self) & ~STATE_MASK) | state);
    }

    /// @notice The same order, dated shipped now.
    function shippedNow(PackedOrder self) internal view returns (PackedOrder) {
        return _stamped(self, SHIPPED_AT);
    }

    /// @notice The same order, dated delivered now.
    function deliveredNow(PackedOrder self) internal view returns (PackedOrder) {
        return _stamped(self, DELIVERED_AT);
    }

    /// @notice The same order, dated closed now.
    function closedNow(PackedOrder self) internal view returns (PackedOrder) {
        return _stamped(self, CLOSED_AT);
    }

    /// @notice The same order with the arbitrator's dispute id (at most `MAX_DISPUTE_ID`, checked by the caller).
    /// @dev An order gets a dispute id at most once (its field is still zero), like each of its dates.
    function withDisputeId(PackedOrder self, uint256 newDisputeId) internal pure returns (PackedOrder) {
        return PackedOrder.wrap(PackedOrder.unwrap(self) | (newDisputeId << DISPUTE_ID));
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

    function paidAt(PackedOrder self) internal pure returns (uint40) {
        return uint40(PackedOrder.unwrap(self) >> PAID_AT);
    }

    function deliveredAt(PackedOrder self) internal pure returns (uint40) {
        return uint40(PackedOrder.unwrap(self) >> DELIVERED_AT);
    }

    function disputeId(PackedOrder self) internal pure returns (uint256) {
        return PackedOrder.unwrap(self) >> DISPUTE_ID;
    }

    function isFeePaid(PackedOrder self) internal pure returns (bool) {
        return self.flags() & FEE_PAID != 0;
    }

    function isArbitrated(PackedOrder self) internal pure returns (bool) {
        return self.flags() & ARBITRATED != 0;
    }

    function hasOffer(PackedOrder self) internal pure returns (bool) {
        return self.flags() & HAS_OFFER != 0;
    }

    /// @notice Every field, for {IEscrow-orderFacts}.
    function facts(PackedOrder self) internal pure returns (OrderFacts memory) {
        uint256 word = PackedOrder.unwrap(self);
        uint256 orderFlags = self.flags();
        return OrderFacts({
            status: self.status(),
            deadline: self.deadline(),
            paidAt: uint40(word >> PAID_AT),
            shippedAt: uint40(word >> SHIPPED_AT),
            deliveredAt: uint40(word >> DELIVERED_AT),
            closedAt: uint40(word >> CLOSED_AT),
            isShopAccepted: orderFlags & SHOP_ACCEPTED != 0,
            isFeePaid: orderFlags & FEE_PAID != 0,
            isShopPaid: orderFlags & SHOP_PAID != 0,
            isArbitrated: orderFlags & ARBITRATED != 0,
            isDeliveredWithCode: orderFlags & DELIVERED_WITH_CODE != 0,
            disputeId: word >> DISPUTE_ID
        });
    }

    /// @dev Each date is written once, while its field is still zero (the state machine never ships, delivers or
    ///  closes an order twice), so it is or-ed in.
    function _stamped(PackedOrder self, uint256 offset) private view returns (PackedOrder) {
        return PackedOrder.wrap(PackedOrder.unwrap(self) | (block.timestamp << offset));
    }
}

/// @notice An order's id: the hash of its terms. Any contract can check terms against an id without storage.
function orderIdOf(Order memory order) pure returns (uint256) {
    return uint256(keccak256(abi.encode(order)));
}
