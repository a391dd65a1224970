// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderMoment, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {EscrowTestBase, GasBurningHook, RecordingHook, RevertingHook} from "./utils/EscrowHelpers.sol";
import {statuses} from "./utils/OrderStatusSets.sol";

/// @notice What anyone may do once time has passed: expire, complete (and the completion hook it calls).
contract EscrowTimeoutsTest is EscrowTestBase {
    // ─── expire ────────────────────────────────────────────────────────────────────────────────────────────

    function test_expire_endsPaidOrderAfterAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderExpired(id, OrderStatus.Paid);
        vm.prank(stranger);
        escrow.expire(order);

        _assertState(id, OrderStatus.Expired, 0, false);
        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "amount and fee refunded");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_expire_endsAcceptedOrderAfterShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderExpired(id, OrderStatus.Accepted);
        vm.prank(stranger);
        escrow.expire(order);

        _assertState(id, OrderStatus.Expired, 0, false);
        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "amount and fee refunded");
    }

    function test_expire_refundsTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = leman.balanceOf(buyer);

        escrow.expire(order);

        assertEq(leman.balanceOf(buyer) - buyerBefore, AMOUNT + FEE, "tokens refunded");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_expire_revertsWhen_oneSecondBeforeAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint40 deadline = _deadline(id);
        vm.warp(deadline - 1);

        _expectDeadlineNotReached(id, deadline);
        escrow.expire(order);
    }

    function test_expire_revertsWhen_atAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint40 deadline = _deadline(id);
        vm.warp(deadline);

        _expectDeadlineNotReached(id, deadline);
        escrow.expire(order);
    }

    function test_expire_revertsWhen_atShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline);

        _expectDeadlineNotReached(id, deadline);
        escrow.expire(order);
    }

    function test_expire_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(_deadline(id) + 1);
        Order memory tampered = _copy(order);
        tampered.shipHours = SHIP_HOURS + 1;

        _expectUnknownOrder(tampered);
        escrow.expire(tampered);
    }

    function test_expire_revertsWhen_shipped() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        _expectInvalidStatus(id, OrderStatus.Shipped, statuses(OrderStatus.Paid, OrderStatus.Accepted));
        escrow.expire(order);
    }

    function test_expire_revertsWhen_alreadyExpired() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(_deadline(id) + 1);
        escrow.expire(order);

        _expectInvalidStatus(id, OrderStatus.Expired, statuses(OrderStatus.Paid, OrderStatus.Accepted));
        escrow.expire(order);
    }

    function test_expire_revertsWhen_orderNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), AMOUNT, 0, address(0), address(0)), buyer);
        uint256 id = orderIdOf(order);
        _expectUnknownOrder(order);
        escrow.expire(order);
    }

    // ─── complete: after delivery ──────────────────────────────────────────────────────────────────────────

    function test_complete_paysShopAfterReturnWindow() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCompleted(id, stranger);
        vm.prank(stranger);
        escrow.complete(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(carrier.balance, FEE, "carrier paid once, at delivery");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_complete_paysTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.complete(order);

        assertEq(leman.balanceOf(payout), AMOUNT, "shop paid");
        assertEq(leman.balanceOf(carrier), FEE, "carrier paid");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_complete_revertsWhen_oneSecondBeforeReturnDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline - 1);

        _expectDeadlineNotReached(id, deadline);
        escrow.complete(order);
    }

    function test_complete_revertsWhen_atReturnDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline);

        _expectDeadlineNotReached(id, deadline);
        escrow.complete(order);
    }

    // ─── complete: shipped, never confirmed ────────────────────────────────────────────────────────────────

    function test_complete_paysShopAndCarrierAfterDeliveryDeadlinePlusReturnWindow() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + _hours(RETURN_HOURS) + 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCompleted(id, stranger);
        vm.prank(stranger);
        escrow.complete(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(carrier.balance, FEE, "carrier earned its fee at pickup");
        assertEq(buyer.balance, buyerBefore, "buyer gets nothing back");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_complete_paysShopForOwnDeliveryAfterWindow() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _ship(id, order);
        vm.warp(_deadline(id) + _hours(RETURN_HOURS) + 1);

        escrow.complete(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
    }

    function test_complete_revertsWhen_shippedOneSecondBeforeWindowEnds() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 windowEnd = _deadline(id) + _hours(RETURN_HOURS);
        vm.warp(windowEnd - 1);

        _expectDeadlineNotReached(id, windowEnd);
        escrow.complete(order);
    }

    function test_complete_revertsWhen_shippedAtWindowEnd() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 windowEnd = _deadline(id) + _hours(RETURN_HOURS);
        vm.warp(windowEnd);

        _expectDeadlineNotReached(id, windowEnd);
        escrow.complete(order);
    }

    function test_complete_revertsWhen_shippedJustAfterDeliveryDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 deliveryDeadline = _deadline(id);
        vm.warp(deliveryDeadline + 1);

        _expectDeadlineNotReached(id, deliveryDeadline + _hours(RETURN_HOURS));
        escrow.complete(order);
    }

    // ─── complete: reverts ─────────────────────────────────────────────────────────────────────────────────

    function test_complete_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);
        Order memory tampered = _copy(order);
        tampered.returnHours = 0;

        _expectUnknownOrder(tampered);
        escrow.complete(tampered);
    }

    function test_complete_revertsWhen_paid() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.warp(block.timestamp + 365 days);

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        escrow.complete(order);
    }

    function test_complete_revertsWhen_accepted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(block.timestamp + 365 days);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        escrow.complete(order);
    }

    function test_complete_revertsWhen_disputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(block.timestamp + 365 days);

        _expectInvalidStatus(id, OrderStatus.Disputed, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        escrow.complete(order);
    }

    function test_complete_revertsWhen_alreadyCompleted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);
        escrow.complete(order);

        _expectInvalidStatus(id, OrderStatus.Completed, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        escrow.complete(order);
    }

    // ─── complete: completion hook ─────────────────────────────────────────────────────────────────────────

    function test_complete_callsCompletionHookWithTheOrder() public {
        RecordingHook hook = new RecordingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.complete(order);

        assertEq(hook.callCount(), 2, "called at delivery, then at completion");
        assertEq(uint8(hook.lastMoment()), uint8(OrderMoment.Completed), "completion last");
        assertEq(hook.caller(), address(escrow), "called by the escrow");
        assertEq(hook.lastOrderId(), id, "order id");
        assertEq(hook.lastOrderHash(), keccak256(abi.encode(order)), "order terms");
    }

    function test_complete_callsTheHookOfferedAtCheckout_evenIfTheShopRemovedIt() public {
        RecordingHook hook = new RecordingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _setHook(address(0));
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.complete(order);

        assertEq(hook.callCount(), 2, "the order's hook was called at delivery and completion");
    }

    function test_complete_callsNoHookAddedAfterCheckout() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        RecordingHook hook = new RecordingHook();
        _setHook(address(hook));
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.complete(order);

        assertEq(hook.callCount(), 0, "not called");
        _assertStatus(id, OrderStatus.Completed);
    }

    function test_complete_keepsPaymentWhenHookReverts() public {
        RevertingHook hook = new RevertingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCompleted(id, address(this));
        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        escrow.complete(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "shop paid");
    }

    function test_complete_keepsPaymentWhenHookBurnsAllItsGas() public {
        GasBurningHook hook = new GasBurningHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        escrow.complete{gas: 800_000}(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(hook.counter(), 0, "the hook's work was rolled back");
    }

    function test_complete_keepsPaymentWhenHookHasNoCode() public {
        address hook = address(0x400C);
        _setHook(hook);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.complete(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "shop paid");
    }

    function test_complete_revertsWhen_tooLittleGasForHook() public {
        GasBurningHook hook = new GasBurningHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id) + 1);
        bytes memory callData = abi.encodeCall(escrow.complete, (order));
        uint256 leastGas = _leastGasToSucceed(stranger, callData, escrow.limits().hookGasLimit, 1_000_000);

        // A caller who leaves the hook less than its allowance, to make it fail on purpose, is refused.
        vm.prank(stranger);
        try escrow.complete{gas: leastGas - 1}(order) {
            revert AssertionFailed("complete succeeded with too little gas");
        } catch (bytes memory reason) {
            _assertInsufficientGasForHook(reason);
        }
        _assertStatus(id, OrderStatus.Delivered);

        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        vm.prank(stranger);
        escrow.complete{gas: leastGas}(order);
        _assertStatus(id, OrderStatus.Completed);
    }

    function _setHook(address hook) private {
        vm.prank(merchant);
        registry.setOrderHook(shopId, hook);
    }
}
