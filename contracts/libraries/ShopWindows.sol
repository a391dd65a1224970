// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ShopTerms} from "../types/MarketTypes.sol";

/// @title ShopWindows
/// @notice The bounds of a shop's service windows, shared by the registry (at registration and every update) and the
///  escrow (at checkout, since the buyer copies the terms into its offer). Each window is at least one hour; at most,
///  an order waits 30 days for acceptance, 90 for shipping, 30 for delivery and 90 after delivery, instead of years.
library ShopWindows {
    uint16 internal constant MAX_ACCEPT_HOURS = 720;
    uint16 internal constant MAX_SHIP_HOURS = 2_160;
    uint16 internal constant MAX_DELIVERY_HOURS = 720;
    uint16 internal constant MAX_RETURN_HOURS = 2_160;

    /// @notice Whether every window is within 1 hour and its maximum.
    /// @dev Takes the four values rather than the struct: the escrow checks them from the order it already built in
    ///  memory, which costs a fraction of reading the calldata struct again.
    function areValid(uint16 acceptHours, uint16 shipHours, uint16 deliveryHours, uint16 returnHours)
        internal
        pure
        returns (bool)
    {
        // Unchecked: a zero window wraps to 65,535, above every maximum, so one comparison checks both bounds.
        unchecked {
            return acceptHours - 1 < MAX_ACCEPT_HOURS && shipHours - 1 < MAX_SHIP_HOURS
                && deliveryHours - 1 < MAX_DELIVERY_HOURS && returnHours - 1 < MAX_RETURN_HOURS;
        }
    }

    /// @notice The maxima, as terms.
    function maxima() internal pure returns (ShopTerms memory) {
        return ShopTerms({
            acceptHours: MAX_ACCEPT_HOURS,
            shipHours: MAX_SHIP_HOURS,
            deliveryHours: MAX_DELIVERY_HOURS,
            returnHours: MAX_RETURN_HOURS
        });
    }
}
