// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";

/// @notice Finding: when the arbitrator ruled through ERC-792 `rule` before the dispute deadline and nobody executed
///  it, anyone (the losing side) could call `resolveTimedOut` after the deadline and get an even split instead.
///  The recorded ruling is now paid.
contract TimeoutOverridesARulingGivenInTimeTest is MarketFixture {
    function test_resolveTimedOut_paysTheRulingGivenBeforeTheDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        _deliver(order);
        vm.prank(buyer);
        escrow.openDispute(order);
        uint40 deadline = escrow.orderFacts(id).deadline;
        vm.warp(deadline - 1 hours);
        uint256 payShop = RULING_PAY_SHOP;
        vm.prank(mediatorAccount);
        mediator.giveRuling(0, payShop);
        vm.warp(uint256(deadline) + 1);

        uint256 payoutBefore = payout.balance;
        vm.prank(buyer);
        escrow.resolveTimedOut(order);

        assertEq(payout.balance - payoutBefore, 1 ether, "the shop gets what the arbitrator ruled, not half");
        OrderStatus status = escrow.orderFacts(id).status;
        assertTrue(status == OrderStatus.Resolved, "resolved");
    }
}
