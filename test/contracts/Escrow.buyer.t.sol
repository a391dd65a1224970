// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderMoment, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {EscrowTestBase, GasBurningHook, RecordingHook, RevertingHook} from "./utils/EscrowHelpers.sol";
import {statuses} from "./utils/OrderStatusSets.sol";

/// @notice The buyer's decisions: cancel, confirmReceipt, release.
contract EscrowBuyerTest is EscrowTestBase {
    // ─── cancel ────────────────────────────────────────────────────────────────────────────────────────────

    function test_cancel_refundsBuyerInFull() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCancelled(id);
        vm.prank(buyer);
        escrow.cancel(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "amount and fee refunded");
        assertEq(address(escrow).balance, 0, "escrow empty");
        _assertState(id, OrderStatus.Cancelled, 0, false);
    }

    function test_cancel_refundsTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        uint256 buyerBefore = leman.balanceOf(buyer);

        vm.prank(buyer);
        escrow.cancel(order);

        assertEq(leman.balanceOf(buyer) - buyerBefore, AMOUNT + FEE, "tokens refunded");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_cancel_succeedsAfterAcceptDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.warp(_deadline(id) + 1);

        vm.prank(buyer);
        escrow.cancel(order);

        _assertStatus(id, OrderStatus.Cancelled);
    }

    function test_cancel_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        Order memory tampered = _copy(order);
        tampered.token = address(leman);

        _expectUnknownOrder(tampered);
        vm.prank(buyer);
        escrow.cancel(tampered);
    }

    function test_cancel_revertsWhen_accepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Paid));
        vm.prank(buyer);
        escrow.cancel(order);
    }

    function test_cancel_revertsWhen_alreadyCancelled() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.prank(buyer);
        escrow.cancel(order);

        _expectInvalidStatus(id, OrderStatus.Cancelled, statuses(OrderStatus.Paid));
        vm.prank(buyer);
        escrow.cancel(order);
    }

    function test_cancel_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectNotBuyer(id, stranger);
        vm.prank(stranger);
        escrow.cancel(order);
    }

    function test_cancel_revertsWhen_callerIsShop() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectNotBuyer(id, merchant);
        vm.prank(merchant);
        escrow.cancel(order);
    }

    // ─── confirmReceipt ────────────────────────────────────────────────────────────────────────────────────

    function test_confirmReceipt_deliversShippedOrderAndPaysCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint256 carrierBefore = carrier.balance;
        uint40 returnDeadline = _now() + _hours(RETURN_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDelivered(id, buyer, returnDeadline);
        vm.prank(buyer);
        escrow.confirmReceipt(order);

        _assertState(id, OrderStatus.Delivered, returnDeadline, true);
        assertEq(carrier.balance - carrierBefore, FEE, "carrier paid");
        assertEq(address(escrow).balance, AMOUNT, "amount still held");
    }

    function test_confirmReceipt_deliversAcceptedPickupOrder() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        vm.prank(buyer);
        escrow.confirmReceipt(order);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
        assertEq(address(escrow).balance, AMOUNT, "amount still held");
    }

    function test_confirmReceipt_deliversShippedOwnDeliveryOrder() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _ship(id, order);

        vm.prank(buyer);
        escrow.confirmReceipt(order);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
    }

    function test_confirmReceipt_succeedsAfterDeliveryDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        vm.prank(buyer);
        escrow.confirmReceipt(order);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
    }

    function test_confirmReceipt_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        Order memory tampered = _copy(order);
        tampered.deliveryFee = 0;

        _expectUnknownOrder(tampered);
        vm.prank(buyer);
        escrow.confirmReceipt(tampered);
    }

    function test_confirmReceipt_revertsWhen_carrierOrderNotPickedUp() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Shipped));
        vm.prank(buyer);
        escrow.confirmReceipt(order);
    }

    function test_confirmReceipt_revertsWhen_pickupOrderNotAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Accepted, OrderStatus.Shipped));
        vm.prank(buyer);
        escrow.confirmReceipt(order);
    }

    function test_confirmReceipt_revertsWhen_alreadyDelivered() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Shipped));
        vm.prank(buyer);
        escrow.confirmReceipt(order);
    }

    function test_confirmReceipt_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        _expectNotBuyer(id, stranger);
        vm.prank(stranger);
        escrow.confirmReceipt(order);
    }

    function test_confirmReceipt_revertsWhen_callerIsCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        _expectNotBuyer(id, carrier);
        vm.prank(carrier);
        escrow.confirmReceipt(order);
    }

    // ─── release ───────────────────────────────────────────────────────────────────────────────────────────

    function test_release_fromPaid_paysShopAndReturnsFeeToBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCompleted(id, buyer);
        vm.prank(buyer);
        escrow.release(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(buyer.balance - buyerBefore, FEE, "unearned fee back to the buyer");
        assertEq(carrier.balance, 0, "carrier never picked up");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_release_fromAccepted_paysShopAndReturnsFeeToBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        uint256 buyerBefore = buyer.balance;

        vm.prank(buyer);
        escrow.release(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(buyer.balance - buyerBefore, FEE, "unearned fee back to the buyer");
        assertEq(carrier.balance, 0, "carrier never picked up");
    }

    function test_release_fromShipped_paysShopAndCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint256 buyerBefore = buyer.balance;

        vm.prank(buyer);
        escrow.release(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(carrier.balance, FEE, "carrier earned its fee at pickup");
        assertEq(buyerBefore, buyer.balance, "buyer gets nothing back");
    }

    function test_release_fromDelivered_paysShopOnly() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        uint256 buyerBefore = buyer.balance;

        vm.prank(buyer);
        escrow.release(order);

        _assertState(id, OrderStatus.Completed, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(carrier.balance, FEE, "carrier paid once, at delivery");
        assertEq(buyerBefore, buyer.balance, "buyer gets nothing back");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_release_paysTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        _ship(id, order);

        vm.prank(buyer);
        escrow.release(order);

        assertEq(leman.balanceOf(payout), AMOUNT, "shop paid in tokens");
        assertEq(leman.balanceOf(carrier), FEE, "carrier paid in tokens");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_release_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        Order memory tampered = _copy(order);
        tampered.payout = buyer;

        _expectUnknownOrder(tampered);
        vm.prank(buyer);
        escrow.release(tampered);
    }

    function test_release_revertsWhen_orderNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), AMOUNT, 0, address(0), address(0)), buyer);
        uint256 id = orderIdOf(order);
        _expectUnknownOrder(order);
        vm.prank(buyer);
        escrow.release(order);
    }

    function test_release_revertsWhen_alreadyCompleted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(buyer);
        escrow.release(order);

        _expectInvalidStatus(
            id,
            OrderStatus.Completed,
            statuses(OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered)
        );
        vm.prank(buyer);
        escrow.release(order);
    }

    function test_release_revertsWhen_cancelled() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(buyer);
        escrow.cancel(order);

        _expectInvalidStatus(
            id,
            OrderStatus.Cancelled,
            statuses(OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered)
        );
        vm.prank(buyer);
        escrow.release(order);
    }

    function test_release_revertsWhen_disputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectInvalidStatus(
            id,
            OrderStatus.Disputed,
            statuses(OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered)
        );
        vm.prank(buyer);
        escrow.release(order);
    }

    function test_release_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectNotBuyer(id, stranger);
        vm.prank(stranger);
        escrow.release(order);
    }

    function test_release_revertsWhen_callerIsShop() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectNotBuyer(id, merchant);
        vm.prank(merchant);
        escrow.release(order);
    }

    // ─── release: completion hook ──────────────────────────────────────────────────────────────────────────

    function test_release_callsCompletionHookWithTheOrder() public {
        RecordingHook hook = new RecordingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        assertEq(order.hook, address(hook), "hook committed at checkout");

        vm.prank(buyer);
        escrow.release(order);

        assertEq(hook.callCount(), 1, "called once");
        assertEq(hook.caller(), address(escrow), "called by the escrow");
        assertEq(hook.lastOrderId(), id, "order id");
        assertEq(hook.lastOrderHash(), keccak256(abi.encode(order)), "order terms");
    }

    function test_release_keepsPaymentWhenHookReverts() public {
        RevertingHook hook = new RevertingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        vm.prank(buyer);
        escrow.release(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "shop paid");
    }

    function test_release_keepsPaymentWhenHookBurnsAllItsGas() public {
        GasBurningHook hook = new GasBurningHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        vm.prank(buyer);
        escrow.release{gas: 800_000}(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "shop paid");
    }

    function test_release_revertsWhen_tooLittleGasForHook() public {
        RecordingHook hook = new RecordingHook();
        _setHook(address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        bytes memory callData = abi.encodeCall(escrow.release, (order));
        uint256 hookGas = escrow.limits().hookGasLimit;
        uint256 leastGas = _leastGasToSucceed(buyer, callData, hookGas, 1_000_000);

        // Just enough for everything before the hook check, one gas short of the hook's guaranteed allowance.
        vm.prank(buyer);
        try escrow.release{gas: leastGas - 1}(order) {
            revert AssertionFailed("release succeeded with too little gas");
        } catch (bytes memory reason) {
            _assertInsufficientGasForHook(reason);
        }
        _assertStatus(id, OrderStatus.Paid);

        vm.prank(buyer);
        escrow.release{gas: leastGas}(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(hook.callCount(), 1, "hook ran");
        assertGe(hook.gasAtEntry(), hookGas - 5_000, "hook got its whole allowance");
    }

    function _setHook(address hook) private {
        vm.prank(merchant);
        registry.setOrderHook(shopId, hook);
    }
}
