// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {statuses} from "./utils/OrderStatusSets.sol";
import {EscrowTestBase} from "./utils/EscrowHelpers.sol";

/// @notice The shop's decisions: accept, decline, markShipped, and who counts as the shop.
contract EscrowShopTest is EscrowTestBase {
    // ─── accept ────────────────────────────────────────────────────────────────────────────────────────────

    function test_accept_movesPaidToAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(block.timestamp + 1 hours);
        uint40 shipDeadline = _now() + _hours(SHIP_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderAccepted(id, carrier, shipDeadline);
        _accept(order);

        _assertState(id, OrderStatus.Accepted, shipDeadline, false);
        assertEq(address(escrow).balance, AMOUNT + FEE, "money stays in escrow");
    }

    function test_accept_succeedsOneSecondBeforeAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(_deadline(id) - 1);

        _accept(order);

        _assertState(id, OrderStatus.Accepted, _now() + _hours(SHIP_HOURS), false);
    }

    function test_accept_succeedsAtAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(_deadline(id));

        _accept(order);

        _assertState(id, OrderStatus.Accepted, _now() + _hours(SHIP_HOURS), false);
    }

    function test_accept_revertsWhen_acceptDeadlinePassed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);

        _expectDeadlinePassed(id, deadline);
        _accept(order);
    }

    function test_accept_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        Order memory tampered = _copy(order);
        tampered.amount = AMOUNT / 2;

        _expectUnknownOrder(tampered);
        _accept(tampered);
    }

    function test_accept_revertsWhen_orderNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), AMOUNT, 0, address(0), address(0)), buyer);
        uint256 id = orderIdOf(order);
        _expectUnknownOrder(order);
        _accept(order);
    }

    function test_accept_revertsWhen_alreadyAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Paid));
        _accept(order);
    }

    function test_accept_revertsWhen_cancelled() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(buyer);
        escrow.cancel(order);

        _expectInvalidStatus(id, OrderStatus.Cancelled, statuses(OrderStatus.Paid));
        _accept(order);
    }

    function test_accept_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotShopManager(order.shopId, stranger);
        vm.prank(stranger);
        escrow.accept(order);
    }

    function test_accept_revertsWhen_callerIsBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotShopManager(order.shopId, buyer);
        vm.prank(buyer);
        escrow.accept(order);
    }

    function test_accept_revertsWhen_callerIsPayoutAddress() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotShopManager(order.shopId, payout);
        vm.prank(payout);
        escrow.accept(order);
    }

    function test_accept_revertsWhen_callerManagesAnotherShop() public {
        address otherMerchant = address(0x07E4);
        _registerShop(otherMerchant, address(0x07E5));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotShopManager(order.shopId, otherMerchant);
        vm.prank(otherMerchant);
        escrow.accept(order);
    }

    // ─── shop managers ─────────────────────────────────────────────────────────────────────────────────────

    function test_accept_succeedsForOperatorApprovedForAll() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        vm.prank(operator);
        escrow.accept(order);

        _assertStatus(id, OrderStatus.Accepted);
    }

    function test_accept_succeedsForAddressApprovedForTheShop() public {
        address assistant = address(0xA551);
        vm.prank(merchant);
        registry.approve(assistant, shopId);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        vm.prank(assistant);
        escrow.accept(order);

        _assertStatus(id, OrderStatus.Accepted);
    }

    function test_accept_revertsWhen_operatorApprovalRevoked() public {
        address operator = address(0x0BE2);
        vm.startPrank(merchant);
        registry.setApprovalForAll(operator, true);
        registry.setApprovalForAll(operator, false);
        vm.stopPrank();
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotShopManager(order.shopId, operator);
        vm.prank(operator);
        escrow.accept(order);
    }

    function test_accept_succeedsForNewOwnerAfterShopTransfer() public {
        address newOwner = address(0x0E3E);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);

        vm.prank(newOwner);
        escrow.accept(order);

        _assertStatus(id, OrderStatus.Accepted);
    }

    function test_accept_revertsWhen_callerSoldTheShop() public {
        address newOwner = address(0x0E3E);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);

        _expectNotShopManager(order.shopId, merchant);
        _accept(order);
    }

    function test_shopTransfer_paysThePayoutCommittedAtCheckout() public {
        address newOwner = address(0x0E3E);
        address newPayout = address(0x0E3F);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(merchant);
        registry.transferFrom(merchant, newOwner, shopId);
        vm.prank(newOwner);
        registry.updatePayout(shopId, newPayout);

        vm.prank(newOwner);
        escrow.accept(order);
        _pickup(order);
        _deliver(order);
        vm.warp(_deadline(id) + 1);
        escrow.complete(order);

        assertEq(payout.balance, AMOUNT, "committed payout paid");
        assertEq(newPayout.balance, 0, "new payout only for future orders");
        _assertStatus(id, OrderStatus.Completed);
    }

    // ─── decline ───────────────────────────────────────────────────────────────────────────────────────────

    function test_decline_refundsBuyerInFull() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDeclined(id, "out of stock");
        vm.prank(merchant);
        escrow.decline(order, "out of stock");

        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "amount and fee refunded");
        assertEq(address(escrow).balance, 0, "escrow empty");
        _assertState(id, OrderStatus.Declined, 0, false);
    }

    function test_decline_refundsTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        uint256 buyerBefore = leman.balanceOf(buyer);

        vm.prank(merchant);
        escrow.decline(order, "");

        assertEq(leman.balanceOf(buyer) - buyerBefore, AMOUNT + FEE, "tokens refunded");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
        _assertStatus(id, OrderStatus.Declined);
    }

    function test_decline_acceptsReasonOfMaxLength() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        string memory reason = _text(280);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDeclined(id, reason);
        vm.prank(merchant);
        escrow.decline(order, reason);

        assertEq(escrow.limits().maxReasonLength, 280, "limit");
        _assertStatus(id, OrderStatus.Declined);
    }

    function test_decline_succeedsAfterAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.warp(_deadline(id) + 1);

        vm.prank(merchant);
        escrow.decline(order, "too late, sorry");

        _assertStatus(id, OrderStatus.Declined);
    }

    function test_decline_revertsWhen_reasonTooLong() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        vm.expectRevert(abi.encodeWithSelector(IEscrow.ReasonTooLong.selector, 281));
        vm.prank(merchant);
        escrow.decline(order, _text(281));
    }

    function test_decline_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        Order memory tampered = _copy(order);
        tampered.buyer = stranger;

        _expectUnknownOrder(tampered);
        vm.prank(merchant);
        escrow.decline(tampered, "");
    }

    function test_decline_revertsWhen_accepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Paid));
        vm.prank(merchant);
        escrow.decline(order, "");
    }

    function test_decline_revertsWhen_alreadyDeclined() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.prank(merchant);
        escrow.decline(order, "");

        _expectInvalidStatus(id, OrderStatus.Declined, statuses(OrderStatus.Paid));
        vm.prank(merchant);
        escrow.decline(order, "");
    }

    function test_decline_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectNotShopManager(order.shopId, stranger);
        vm.prank(stranger);
        escrow.decline(order, "");
    }

    function test_decline_revertsWhen_callerIsBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectNotShopManager(order.shopId, buyer);
        vm.prank(buyer);
        escrow.decline(order, "");
    }

    // ─── markShipped ───────────────────────────────────────────────────────────────────────────────────────

    function test_markShipped_movesOwnDeliveryToShipped() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.warp(block.timestamp + 2 hours);
        uint40 deliveryDeadline = _now() + _hours(DELIVERY_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderShipped(id, merchant, deliveryDeadline);
        vm.prank(merchant);
        escrow.markShipped(order);

        _assertState(id, OrderStatus.Shipped, deliveryDeadline, false);
    }

    function test_markShipped_succeedsOneSecondBeforeShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.warp(_deadline(id) - 1);

        vm.prank(merchant);
        escrow.markShipped(order);

        _assertState(id, OrderStatus.Shipped, _now() + _hours(DELIVERY_HOURS), false);
    }

    function test_markShipped_succeedsAtShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.warp(_deadline(id));

        vm.prank(merchant);
        escrow.markShipped(order);

        _assertState(id, OrderStatus.Shipped, _now() + _hours(DELIVERY_HOURS), false);
    }

    function test_markShipped_revertsWhen_shipDeadlinePassed() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);

        _expectDeadlinePassed(id, deadline);
        vm.prank(merchant);
        escrow.markShipped(order);
    }

    function test_markShipped_revertsWhen_orderHasCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectCarrierHandsOver(id, order.carrier);
        vm.prank(merchant);
        escrow.markShipped(order);
    }

    function test_markShipped_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        Order memory tampered = _copy(order);
        tampered.deliveryHours = 1;

        _expectUnknownOrder(tampered);
        vm.prank(merchant);
        escrow.markShipped(tampered);
    }

    function test_markShipped_revertsWhen_notAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Accepted));
        vm.prank(merchant);
        escrow.markShipped(order);
    }

    function test_markShipped_revertsWhen_alreadyShipped() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _ship(id, order);

        _expectInvalidStatus(id, OrderStatus.Shipped, statuses(OrderStatus.Accepted));
        vm.prank(merchant);
        escrow.markShipped(order);
    }

    function test_markShipped_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotShopManager(order.shopId, stranger);
        vm.prank(stranger);
        escrow.markShipped(order);
    }

    function test_markShipped_revertsWhen_callerIsBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotShopManager(order.shopId, buyer);
        vm.prank(buyer);
        escrow.markShipped(order);
    }
}
