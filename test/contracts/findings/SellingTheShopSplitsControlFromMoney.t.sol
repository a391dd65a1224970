// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 4): after the shop NFT changed hands the new owner spoke for the old owner's open
///  orders, whose money still went to the old payout, and could for instance accept a buyer's offer of a 100% refund
///  of goods the old owner delivered. An order is now spoken for by whoever owned the shop when it was paid (the
///  owner and its operators while it still owns the shop; the owner at the time once the shop was sold).
contract SellingTheShopSplitsControlFromMoneyTest is EscrowTestBase {
    address internal newOwner = address(0x0E2);

    function test_theNewOwnerCannotSettleAnOrderPaidBeforeTheSale() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterDelivery(id, order);
        vm.prank(buyer);
        escrow.proposeSettlement(order, AMOUNT);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);

        _expectNotSettlementParty(id, newOwner);
        vm.prank(newOwner);
        escrow.acceptSettlement(order, AMOUNT);
    }

    function test_theOwnerAtPaymentStillSettlesItsOrdersAfterTheSale() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterDelivery(id, order);
        vm.prank(buyer);
        escrow.proposeSettlement(order, AMOUNT / 4);
        vm.warp(block.timestamp + 1 hours);
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);

        vm.prank(merchant);
        escrow.acceptSettlement(order, AMOUNT / 4);

        _assertStatus(id, OrderStatus.Resolved);
        assertEq(payout.balance, AMOUNT - AMOUNT / 4, "the old owner's payout got its share");
    }

    function test_theNewOwnerSettlesOrdersPaidAfterTheSale() public {
        vm.warp(block.timestamp + 1 hours);
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);
        vm.warp(block.timestamp + 1 hours);
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        vm.prank(newOwner);
        escrow.accept(order);
        vm.prank(carrier);
        escrow.confirmPickup(order);
        vm.prank(carrier);
        escrow.confirmDelivery(order, CODE);
        vm.startPrank(buyer);
        escrow.openDispute(order);
        escrow.proposeSettlement(order, AMOUNT / 2);
        vm.stopPrank();

        vm.prank(newOwner);
        escrow.acceptSettlement(order, AMOUNT / 2);

        _assertStatus(id, OrderStatus.Resolved);
    }
}
