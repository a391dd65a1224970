// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderStatus} from "../types/MarketTypes.sol";

/// @notice One storage slot per order: status, flags, current deadline and a commitment to the order's terms.
/// @dev Layout, low to high bits: status (8) | flags (8) | deadline (40) | top 200 bits of keccak256(abi.encode(order)).
///  A 200-bit commitment keeps second-preimage attacks at 2^200 work. Flags: bit 0 = delivery fee paid,
///  bits 1–7 = the arbitrator's ruling while `Ruled`.
type PackedOrder is uint256;

using PackedOrderLib for PackedOrder global;

library PackedOrderLib {
    uint256 internal constant COMMITMENT_MASK = ~uint256(0) << 56;
    uint256 internal constant FEE_PAID = 1;

    function pack(bytes32 commitment, OrderStatus newStatus, uint256 newFlags, uint40 newDeadline)
        internal
        pure
        returns (PackedOrder)
    {
        return PackedOrder.wrap(
            (uint256(commitment) & COMMITMENT_MASK) | (uint256(newDeadline) << 16) | (newFlags << 8)
                | uint256(newStatus)
        );
    }

    /// @notice The same order in a new status, flags and deadline.
    function moveTo(PackedOrder self, OrderStatus newStatus, uint256 newFlags, uint40 newDeadline)
        internal
        pure
        returns (PackedOrder)
    {
        return pack(bytes32(PackedOrder.unwrap(self)), newStatus, newFlags, newDeadline);
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

    function isFeePaid(PackedOrder self) internal pure returns (bool) {
        return self.flags() & FEE_PAID != 0;
    }

    function ruling(PackedOrder self) internal pure returns (uint256) {
        return self.flags() >> 1;
    }

    function commits(PackedOrder self, bytes32 orderHash) internal pure returns (bool) {
        return PackedOrder.unwrap(self) != 0
            && (PackedOrder.unwrap(self) & COMMITMENT_MASK) == (uint256(orderHash) & COMMITMENT_MASK);
    }
}

/// @notice The commitment hash of order terms.
function hashOrderTerms(Order memory order) pure returns (bytes32) {
    return keccak256(abi.encode(order));
}
