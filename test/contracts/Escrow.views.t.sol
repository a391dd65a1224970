// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderFacts, OrderRequest, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {
    CostlyArbitrator,
    EscrowTestBase,
    GasHungryReceiver,
    RefusingToken,
    RejectingReceiver
} from "./utils/EscrowHelpers.sol";

/// @notice Views, the one-slot order layout, and withdrawals of credited payments.
contract EscrowViewsTest is EscrowTestBase {
    /// @dev The dates an order's slot holds.
    struct Dates {
        uint40 paidAt;
        uint40 shippedAt;
        uint40 deliveredAt;
        uint40 closedAt;
    }

    /// @dev Escrow's storage: `_orders` is its first state variable (the reentrancy guard is transient).
    uint256 private constant ORDERS_SLOT = 3;
    uint256 private constant CREDITS_SLOT = 4;
    /// @dev The documented flag bits (bits 8–15 of the slot).
    uint256 private constant FEE_PAID = 1;
    uint256 private constant SHOP_ACCEPTED = 2;
    uint256 private constant ARBITRATED = 4;
    uint256 private constant HAS_OFFER = 8;
    uint256 private constant SHOP_PAID = 16;
    uint256 private constant DELIVERED_WITH_CODE = 32;

    // ─── orderFacts ────────────────────────────────────────────────────────────────────────────────────────

    function test_orderFacts_isEmptyForUnknownOrder() public view {
        OrderFacts memory facts = escrow.orderFacts(12345);

        assertEq(uint256(facts.status), uint256(OrderStatus.None), "status");
        assertEq(facts.deadline, 0, "deadline");
        assertEq(facts.paidAt, 0, "paid at");
        assertEq(facts.closedAt, 0, "closed at");
        assertFalse(facts.isFeePaid, "fee flag");
        assertEq(facts.disputeId, 0, "dispute id");
    }

    function test_isShopAccepted_followsTheShopsAcceptance() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        assertFalse(escrow.isShopAccepted(id), "paid, not accepted yet");
        _accept(order);
        assertTrue(escrow.isShopAccepted(id), "accepted");
        assertFalse(escrow.isShopAccepted(12345), "unknown order");
    }

    function test_orderFacts_datesEachStepOfACarrierOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        uint40 paidAt = _now();
        vm.warp(paidAt + 1 hours);
        _accept(order);
        vm.warp(paidAt + 2 hours);
        _pickup(order);
        uint40 shippedAt = _now();
        vm.warp(paidAt + 1 days);
        _deliver(order);
        uint40 deliveredAt = _now();
        vm.warp(paidAt + 3 days);
        vm.prank(buyer);
        escrow.release(order);

        OrderFacts memory facts = escrow.orderFacts(id);
        assertEq(uint256(facts.status), uint256(OrderStatus.Completed), "status");
        assertEq(facts.paidAt, paidAt, "paid at");
        assertEq(facts.shippedAt, shippedAt, "shipped at");
        assertEq(facts.deliveredAt, deliveredAt, "delivered at");
        assertEq(facts.closedAt, _now(), "completed at");
        assertEq(facts.deadline, 0, "no deadline once closed");
        assertTrue(facts.isShopAccepted && facts.isFeePaid && facts.isShopPaid, "accepted, fee paid, shop paid");
        assertTrue(facts.isDeliveredWithCode, "delivered with the code");
        assertFalse(facts.isArbitrated, "no dispute");
    }

    function test_orderFacts_tellALateDeliveryAfterTheFact() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        vm.warp(_now() + _hours(DELIVERY_HOURS) + 1);
        _deliver(order);
        vm.warp(_now() + _hours(RETURN_HOURS) + 1);
        escrow.complete(order);

        OrderFacts memory facts = escrow.orderFacts(id);
        assertGe(facts.deliveredAt, facts.shippedAt + _hours(DELIVERY_HOURS) + 1, "delivered after its deadline");
    }

    function test_orderFacts_aReceiptConfirmedByTheBuyerIsNotACodeProof() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.prank(buyer);
        escrow.confirmReceipt(order);

        OrderFacts memory facts = escrow.orderFacts(id);
        assertEq(facts.deliveredAt, _now(), "delivered");
        assertFalse(facts.isDeliveredWithCode, "by the buyer's word");
    }

    function test_orderFacts_datesTheEndOfARefund() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.warp(_now() + 3 hours);
        vm.prank(buyer);
        escrow.cancel(order);

        OrderFacts memory facts = escrow.orderFacts(id);
        assertEq(facts.closedAt, _now(), "cancelled at");
        assertEq(facts.shippedAt, 0, "never shipped");
        assertFalse(facts.isShopPaid, "shop unpaid");
    }

    function test_orderFacts_keepsDisputeIdAfterResolution() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        arbitrator.giveRuling(escrow, 7, 2);

        escrow.executeRuling(order);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(_disputeId(id), 7, "dispute id kept for the record");
    }

    // ─── verifyOrder / orderIdOf ───────────────────────────────────────────────────────────────────────────

    function test_verifyOrder_acceptsThePaidTerms() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        assertTrue(escrow.verifyOrder(id, order), "paid terms");
    }

    function test_verifyOrder_rejectsEveryTamperedField() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        for (uint256 field; field < 14; ++field) {
            Order memory tampered = _tamper(order, field);
            assertFalse(escrow.verifyOrder(id, tampered), "tampered terms must not verify");
            assertTrue(orderIdOf(tampered) != id, "tampered terms have another id");
        }
    }

    function test_verifyOrder_rejectsTermsThatWereNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), AMOUNT, 0, address(0), address(0)), buyer);

        assertFalse(escrow.verifyOrder(orderIdOf(order), order), "no such order");
    }

    function test_verifyOrder_rejectsTermsUnderAnotherId() public {
        (uint256 first, Order memory firstOrder) = _checkoutEthWithCarrier();
        (uint256 second,) = _checkoutEthWithCarrier();

        assertTrue(escrow.verifyOrder(first, firstOrder), "own id");
        assertFalse(escrow.verifyOrder(second, firstOrder), "another order's id");
    }

    function test_verifyOrder_staysTrueAfterTheOrderEnds() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        vm.prank(buyer);
        escrow.cancel(order);

        assertTrue(escrow.verifyOrder(id, order), "ended orders still exist");
    }

    function test_orderIdOf_isTheHashOfTheAbiEncodedTerms() public {
        OrderRequest memory request = _request(address(leman), 7 ether, 1 ether, carrier, address(mediator));
        Order memory order = _orderFor(request, buyer);

        assertEq(orderIdOf(order), uint256(keccak256(abi.encode(order))), "id");
        (uint256 id,) = _checkout(request);
        assertEq(id, orderIdOf(order), "checkout returns the same id");
    }

    // ─── isShopAccepted ────────────────────────────────────────────────────────────────────────────────────

    function test_isShopAccepted_isFalseUntilTheShopAccepts() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        assertFalse(escrow.orderFacts(id).isShopAccepted, "paid");

        _accept(order);

        assertTrue(escrow.orderFacts(id).isShopAccepted, "accepted");
    }

    function test_isShopAccepted_staysTrueThroughEveryLaterStatus() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        assertTrue(escrow.orderFacts(id).isShopAccepted, "shipped");
        _deliver(order);
        assertTrue(escrow.orderFacts(id).isShopAccepted, "delivered");
        _openDispute(id, order, buyer);
        assertTrue(escrow.orderFacts(id).isShopAccepted, "disputed");
        vm.warp(_deadline(id) + 1);
        escrow.resolveTimedOut(order);
        assertTrue(escrow.orderFacts(id).isShopAccepted, "resolved");

        (uint256 other, Order memory otherOrder) = _checkoutEthPickup();
        _accept(otherOrder);
        vm.prank(buyer);
        escrow.release(otherOrder);
        assertTrue(escrow.orderFacts(other).isShopAccepted, "completed");
    }

    function test_isShopAccepted_staysTrueWhenAnAcceptedOrderExpires() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(_deadline(id) + 1);

        escrow.expire(order);

        assertTrue(escrow.orderFacts(id).isShopAccepted, "expired after acceptance");
    }

    function test_isShopAccepted_isFalseForOrdersReleasedOrEndedBeforeAcceptance() public {
        (uint256 released, Order memory releasedOrder) = _checkoutEthWithCarrier();
        (uint256 cancelled, Order memory cancelledOrder) = _checkoutEthWithCarrier();
        (uint256 declined, Order memory declinedOrder) = _checkoutEthWithCarrier();
        (uint256 expired, Order memory expiredOrder) = _checkoutEthWithCarrier();

        vm.startPrank(buyer);
        escrow.release(releasedOrder);
        escrow.cancel(cancelledOrder);
        vm.stopPrank();
        vm.prank(merchant);
        escrow.decline(declinedOrder, "");
        vm.warp(_deadline(expired) + 1);
        escrow.expire(expiredOrder);

        _assertStatus(released, OrderStatus.Completed);
        assertFalse(escrow.orderFacts(released).isShopAccepted, "released to the payout without the shop");
        assertFalse(escrow.orderFacts(cancelled).isShopAccepted, "cancelled");
        assertFalse(escrow.orderFacts(declined).isShopAccepted, "declined");
        assertFalse(escrow.orderFacts(expired).isShopAccepted, "expired unaccepted");
    }

    function test_isShopAccepted_isFalseForUnknownOrder() public view {
        assertFalse(escrow.orderFacts(12345).isShopAccepted, "unknown");
    }

    // ─── the one-slot layout ───────────────────────────────────────────────────────────────────────────────

    function test_packedOrder_keepsTheWholeOrderInOneSlot() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        arbitrator.setNextDisputeId(0xABCDEF);
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        uint40 paidAt = _now();
        Dates memory dates = Dates({paidAt: paidAt, shippedAt: 0, deliveredAt: 0, closedAt: 0});
        assertEq(_rawSlot(id), _packed(OrderStatus.Paid, 0, _deadline(id), dates, 0), "paid");

        vm.warp(paidAt + 1 hours);
        _accept(order);
        uint40 shipDeadline = _now() + _hours(SHIP_HOURS);
        assertEq(_rawSlot(id), _packed(OrderStatus.Accepted, SHOP_ACCEPTED, shipDeadline, dates, 0), "accepted");

        vm.warp(paidAt + 2 hours);
        _pickup(order);
        dates.shippedAt = _now();
        vm.warp(paidAt + 3 hours);
        _deliver(order);
        dates.deliveredAt = _now();
        uint256 delivered = SHOP_ACCEPTED | FEE_PAID | DELIVERED_WITH_CODE;
        uint40 returnDeadline = _now() + _hours(RETURN_HOURS);
        assertEq(_rawSlot(id), _packed(OrderStatus.Delivered, delivered, returnDeadline, dates, 0), "delivered");

        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;
        uint256 disputed = delivered | ARBITRATED;
        assertEq(_rawSlot(id), _packed(OrderStatus.Disputed, disputed, disputeDeadline, dates, 0xABCDEF), "disputed");

        vm.prank(buyer);
        escrow.proposeSettlement(order, 1);
        uint256 offered = disputed | HAS_OFFER;
        assertEq(_rawSlot(id), _packed(OrderStatus.Disputed, offered, disputeDeadline, dates, 0xABCDEF), "offer");

        arbitrator.giveRuling(escrow, 0xABCDEF, 2);
        escrow.executeRuling(order);
        dates.closedAt = _now();
        uint256 resolved = disputed | SHOP_PAID;
        assertEq(_rawSlot(id), _packed(OrderStatus.Resolved, resolved, 0, dates, 0xABCDEF), "resolved");
    }

    function test_packedOrder_readsEveryFieldFromItsBits() public {
        (uint256 id,) = _checkoutEthWithCarrier();
        uint256 disputeId = (1 << 40) - 1;
        uint40 max = type(uint40).max;
        Dates memory dates = Dates({paidAt: max - 1, shippedAt: max - 2, deliveredAt: max - 3, closedAt: max - 4});

        vm.store(
            address(escrow), _slotOf(id), bytes32(_packed(OrderStatus.Shipped, FEE_PAID, max, dates, disputeId))
        );

        OrderFacts memory facts = escrow.orderFacts(id);
        assertEq(uint256(facts.status), uint256(OrderStatus.Shipped), "status: bits 0-7");
        assertTrue(facts.isFeePaid, "fee paid: bit 8");
        assertFalse(facts.isShopAccepted, "shop accepted: bit 9");
        assertEq(facts.deadline, max, "deadline: bits 16-55");
        assertEq(facts.paidAt, max - 1, "paid at: bits 56-95");
        assertEq(facts.shippedAt, max - 2, "shipped at: bits 96-135");
        assertEq(facts.deliveredAt, max - 3, "delivered at: bits 136-175");
        assertEq(facts.closedAt, max - 4, "closed at: bits 176-215");
        assertEq(facts.disputeId, disputeId, "dispute id: bits 216-255");
    }

    function test_packedOrder_readsEachFlagFromItsOwnBit() public {
        (uint256 id,) = _checkoutEthWithCarrier();
        Dates memory none;
        uint256[6] memory bits = [FEE_PAID, SHOP_ACCEPTED, ARBITRATED, HAS_OFFER, SHOP_PAID, DELIVERED_WITH_CODE];
        for (uint256 i; i < bits.length; ++i) {
            vm.store(address(escrow), _slotOf(id), bytes32(_packed(OrderStatus.Paid, bits[i], 0, none, 0)));
            OrderFacts memory facts = escrow.orderFacts(id);
            assertEq(uint256(facts.status), uint256(OrderStatus.Paid), "status untouched");
            assertEq(facts.deadline, 0, "deadline untouched");
            assertEq(facts.isFeePaid, i == 0, "bit 8 alone is the fee flag");
            assertEq(facts.isShopAccepted, i == 1, "bit 9 alone is the acceptance flag");
            assertEq(facts.isArbitrated, i == 2, "bit 10 alone is the arbitration flag");
            assertEq(facts.isShopPaid, i == 4, "bit 12 alone is the shop-paid flag");
            assertEq(facts.isDeliveredWithCode, i == 5, "bit 13 alone is the code flag");
        }
    }

    function test_packedOrder_unknownOrderHasAnEmptySlot() public view {
        assertEq(_rawSlot(uint256(keccak256("no such order"))), 0, "empty slot");
    }

    // ─── creditOf / settlementOffer / rulingOf ─────────────────────────────────────────────────────────────

    function test_creditOf_isZeroByDefault() public view {
        assertEq(escrow.creditOf(payout, address(0)), 0, "no credit");
    }

    function test_creditOf_recordsAFailedPayment() public {
        RejectingReceiver receiver = new RejectingReceiver();
        (uint256 id, Order memory order) = _checkoutToRejectingPayout(address(receiver));

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(receiver), address(0), AMOUNT);
        vm.prank(buyer);
        escrow.release(order);

        assertEq(escrow.creditOf(address(receiver), address(0)), AMOUNT, "credited");
        uint256 stored = uint256(vm.load(address(escrow), _creditSlot(address(receiver), address(0))));
        assertEq(stored, AMOUNT, "credits mapping");
        _assertStatus(id, OrderStatus.Completed);
        assertEq(address(escrow).balance, AMOUNT, "held for withdrawal");
    }

    function test_creditOf_addsUpFailedPayments() public {
        RejectingReceiver receiver = new RejectingReceiver();
        (uint256 first, Order memory firstOrder) = _checkoutToRejectingPayout(address(receiver));
        (uint256 second, Order memory secondOrder) = _checkoutToRejectingPayout(address(receiver));

        vm.startPrank(buyer);
        escrow.release(firstOrder);
        escrow.release(secondOrder);
        vm.stopPrank();

        assertEq(escrow.creditOf(address(receiver), address(0)), 2 * AMOUNT, "both payments credited");
    }

    function test_creditOf_recordsPaymentToReceiverNeedingMoreThanTheEthTransferGas() public {
        GasHungryReceiver receiver = new GasHungryReceiver();
        (uint256 id, Order memory order) = _checkoutToRejectingPayout(address(receiver));

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(receiver), address(0), AMOUNT);
        vm.prank(buyer);
        escrow.release(order);

        assertEq(address(receiver).balance, 0, "not pushed with more than ETH_TRANSFER_GAS");
        assertEq(escrow.creditOf(address(receiver), address(0)), AMOUNT, "credited");
        vm.prank(address(receiver));
        escrow.withdraw(address(0), address(receiver));
        assertEq(address(receiver).balance, AMOUNT, "withdrawn with all the gas it needs");
        assertEq(receiver.receipts(0), AMOUNT, "its receive ran");
    }

    function test_settlementOffer_isEmptyByDefault() public {
        (uint256 id,) = _checkoutEthWithCarrier();

        (address proposer, uint128 buyerAmount) = escrow.settlementOffer(id);

        assertEq(proposer, address(0), "no proposer");
        assertEq(buyerAmount, 0, "no amount");
    }

    function test_rulingOf_isEmptyByDefault() public view {
        (bool isRuled, uint256 ruling,) = escrow.rulingOf(address(mediator), 0);

        assertFalse(isRuled, "not ruled");
        assertEq(ruling, 0, "no ruling");
    }

    function test_constants_matchTheSpec() public view {
        assertEq(escrow.limits().maxOrdersPerCheckout, 32, "max orders");
        assertEq(escrow.limits().maxReasonLength, 280, "max reason");
        assertEq(escrow.limits().disputeTimeout, 60 days, "dispute timeout");
        assertEq(escrow.limits().ethTransferGas, 50_000, "ETH transfer gas");
        assertEq(escrow.limits().hookGasLimit, 400_000, "hook gas");
        assertEq(escrow.limits().arbitratorGasLimit, 1_000_000, "arbitrator gas");
        assertEq(escrow.limits().maxTerms.acceptHours, 720, "accept window maximum");
        assertEq(escrow.limits().maxTerms.shipHours, 2_160, "ship window maximum");
        assertEq(escrow.limits().maxTerms.deliveryHours, 720, "delivery window maximum");
        assertEq(escrow.limits().maxTerms.returnHours, 2_160, "return window maximum");
        assertEq(RULING_CHOICES, 2, "choices");
        assertEq(RULING_REFUND_BUYER, 1, "refund ruling");
        assertEq(RULING_PAY_SHOP, 2, "pay-shop ruling");
        assertEq(address(escrow.registry()), address(registry), "registry");
        assertEq(escrow.deliveryAttestations(), address(attestations), "attestations");
    }

    // ─── withdraw ──────────────────────────────────────────────────────────────────────────────────────────

    function test_withdraw_sendsCreditToAnotherAddress() public {
        RejectingReceiver receiver = new RejectingReceiver();
        (uint256 id, Order memory order) = _checkoutToRejectingPayout(address(receiver));
        vm.prank(buyer);
        escrow.release(order);
        address wallet = address(0x3A11E7);

        vm.expectEmit(address(escrow));
        emit IEscrow.CreditWithdrawn(address(receiver), address(0), wallet, AMOUNT);
        vm.prank(address(receiver));
        escrow.withdraw(address(0), wallet);

        assertEq(wallet.balance, AMOUNT, "withdrawn");
        assertEq(escrow.creditOf(address(receiver), address(0)), 0, "credit cleared");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_withdraw_sendsTokenCreditToAnotherAddress() public {
        RefusingToken token = new RefusingToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkout(_request(address(token), AMOUNT, FEE, carrier, address(0)));
        token.setRefused(payout, true);
        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, payout, address(token), AMOUNT);
        vm.prank(buyer);
        escrow.release(order);
        assertEq(escrow.creditOf(payout, address(token)), AMOUNT, "credited");
        assertEq(token.balanceOf(buyer), 10 ether - AMOUNT, "the unearned fee went back to the buyer");
        address wallet = address(0x3A11E7);

        vm.expectEmit(address(escrow));
        emit IEscrow.CreditWithdrawn(payout, address(token), wallet, AMOUNT);
        vm.prank(payout);
        escrow.withdraw(address(token), wallet);

        assertEq(token.balanceOf(wallet), AMOUNT, "withdrawn");
        assertEq(escrow.creditOf(payout, address(token)), 0, "credit cleared");
        assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_withdraw_revertsWhen_tokenTransferFails_andKeepsCredit() public {
        RefusingToken token = new RefusingToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkout(_request(address(token), AMOUNT, 0, address(0), address(0)));
        token.setRefused(payout, true);
        vm.prank(buyer);
        escrow.release(order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.WithdrawalFailed.selector, payout, address(token), AMOUNT));
        vm.prank(payout);
        escrow.withdraw(address(token), payout);

        assertEq(escrow.creditOf(payout, address(token)), AMOUNT, "credit kept");
    }

    function test_withdraw_revertsWhen_nothingCredited() public {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NothingToWithdraw.selector, stranger, address(leman)));
        vm.prank(stranger);
        escrow.withdraw(address(leman), stranger);
    }

    function test_withdraw_revertsWhen_alreadyWithdrawn() public {
        RejectingReceiver receiver = new RejectingReceiver();
        (uint256 id, Order memory order) = _checkoutToRejectingPayout(address(receiver));
        vm.prank(buyer);
        escrow.release(order);
        vm.prank(address(receiver));
        escrow.withdraw(address(0), stranger);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NothingToWithdraw.selector, address(receiver), address(0)));
        vm.prank(address(receiver));
        escrow.withdraw(address(0), stranger);
    }

    function test_withdraw_revertsWhen_transferFails_andKeepsCredit() public {
        RejectingReceiver receiver = new RejectingReceiver();
        (uint256 id, Order memory order) = _checkoutToRejectingPayout(address(receiver));
        vm.prank(buyer);
        escrow.release(order);

        vm.expectRevert(
            abi.encodeWithSelector(IEscrow.WithdrawalFailed.selector, address(receiver), address(0), AMOUNT)
        );
        vm.prank(address(receiver));
        escrow.withdraw(address(0), address(receiver));

        assertEq(escrow.creditOf(address(receiver), address(0)), AMOUNT, "credit kept");
    }

    // ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice An ETH pickup order whose payout is `receiver` (a contract that cannot take a pushed payment).
    function _checkoutToRejectingPayout(address receiver) private returns (uint256, Order memory) {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.payout = receiver;
        return _checkout(request);
    }

    /// @notice The word an order's slot must hold, recomputed from the documented layout:
    ///  status (bits 0–7) | flags (8–15) | deadline (16–55) | paidAt (56–95) | shippedAt (96–135) |
    ///  deliveredAt (136–175) | closedAt (176–215) | dispute id (216–255).
    function _packed(OrderStatus status, uint256 flags, uint40 deadline, Dates memory dates, uint256 disputeId)
        private
        pure
        returns (uint256)
    {
        return uint256(status) + flags * 2 ** 8 + uint256(deadline) * 2 ** 16 + uint256(dates.paidAt) * 2 ** 56
            + uint256(dates.shippedAt) * 2 ** 96 + uint256(dates.deliveredAt) * 2 ** 136
            + uint256(dates.closedAt) * 2 ** 176 + disputeId * 2 ** 216;
    }

    function _slotOf(uint256 orderId) private pure returns (bytes32) {
        return keccak256(abi.encode(orderId, ORDERS_SLOT));
    }

    function _creditSlot(address account, address token) private pure returns (bytes32) {
        return keccak256(abi.encode(token, keccak256(abi.encode(account, CREDITS_SLOT))));
    }

    function _rawSlot(uint256 orderId) private view returns (uint256) {
        return uint256(vm.load(address(escrow), _slotOf(orderId)));
    }

    /// @notice `order` with field number `field` (in declaration order) changed.
    function _tamper(Order memory order, uint256 field) private pure returns (Order memory tampered) {
        tampered = _copy(order);
        if (field == 0) tampered.buyer = address(0xBAD);
        else if (field == 1) tampered.shopId += 1;
        else if (field == 2) tampered.payout = address(0xBAD);
        else if (field == 3) tampered.token = address(0xBAD);
        else if (field == 4) tampered.amount += 1;
        else if (field == 5) tampered.deliveryFee -= 1;
        else if (field == 6) tampered.carrier = address(0xBAD);
        else if (field == 7) tampered.arbitrator = address(0xBAD);
        else if (field == 8) tampered.hook = address(0xBAD);
        else if (field == 9) tampered.shipHours += 1;
        else if (field == 10) tampered.deliveryHours += 1;
        else if (field == 11) tampered.returnHours += 1;
        else if (field == 12) tampered.codeHash = bytes32(uint256(1));
        else tampered.detailsHash = bytes32(uint256(1));
    }
}
