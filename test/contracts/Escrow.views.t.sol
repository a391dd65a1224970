// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderRequest, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {
    CostlyArbitrator,
    EscrowTestBase,
    GasHungryReceiver,
    RefusingToken,
    RejectingReceiver
} from "./utils/EscrowHelpers.sol";

/// @notice Views, the one-slot order layout, and withdrawals of credited payments.
contract EscrowViewsTest is EscrowTestBase {
    /// @dev Escrow's storage: `_orders` is its first state variable (the reentrancy guard is transient).
    uint256 private constant ORDERS_SLOT = 3;
    uint256 private constant CREDITS_SLOT = 4;
    /// @dev The documented flag bits (bits 8–15 of the slot).
    uint256 private constant FEE_PAID = 1;
    uint256 private constant SHOP_ACCEPTED = 2;

    // ─── orderState ────────────────────────────────────────────────────────────────────────────────────────

    function test_orderState_isEmptyForUnknownOrder() public view {
        (OrderStatus status, uint40 deadline, bool isFeePaid, uint256 disputeId) = escrow.orderState(12345);

        assertEq(uint256(status), uint256(OrderStatus.None), "status");
        assertEq(deadline, 0, "deadline");
        assertFalse(isFeePaid, "fee flag");
        assertEq(disputeId, 0, "dispute id");
    }

    function test_orderState_keepsDisputeIdAfterResolution() public {
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
            assertTrue(escrow.orderIdOf(tampered) != id, "tampered terms have another id");
        }
    }

    function test_verifyOrder_rejectsTermsThatWereNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), AMOUNT, 0, address(0), address(0)), buyer);

        assertFalse(escrow.verifyOrder(escrow.orderIdOf(order), order), "no such order");
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

        assertEq(escrow.orderIdOf(order), uint256(keccak256(abi.encode(order))), "id");
        (uint256 id,) = _checkout(request);
        assertEq(id, escrow.orderIdOf(order), "checkout returns the same id");
    }

    // ─── isShopAccepted ────────────────────────────────────────────────────────────────────────────────────

    function test_isShopAccepted_isFalseUntilTheShopAccepts() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        assertFalse(escrow.isShopAccepted(id), "paid");

        _accept(id, order);

        assertTrue(escrow.isShopAccepted(id), "accepted");
    }

    function test_isShopAccepted_staysTrueThroughEveryLaterStatus() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(id, order);
        _pickup(id, order);
        assertTrue(escrow.isShopAccepted(id), "shipped");
        _deliver(id, order);
        assertTrue(escrow.isShopAccepted(id), "delivered");
        _openDispute(id, order, buyer);
        assertTrue(escrow.isShopAccepted(id), "disputed");
        vm.warp(_deadline(id) + 1);
        escrow.resolveTimedOut(order);
        assertTrue(escrow.isShopAccepted(id), "resolved");

        (uint256 other, Order memory otherOrder) = _checkoutEthPickup();
        _accept(other, otherOrder);
        vm.prank(buyer);
        escrow.release(otherOrder);
        assertTrue(escrow.isShopAccepted(other), "completed");
    }

    function test_isShopAccepted_staysTrueWhenAnAcceptedOrderExpires() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(id, order);
        vm.warp(_deadline(id) + 1);

        escrow.expire(order);

        assertTrue(escrow.isShopAccepted(id), "expired after acceptance");
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
        assertFalse(escrow.isShopAccepted(released), "released to the payout without the shop");
        assertFalse(escrow.isShopAccepted(cancelled), "cancelled");
        assertFalse(escrow.isShopAccepted(declined), "declined");
        assertFalse(escrow.isShopAccepted(expired), "expired unaccepted");
    }

    function test_isShopAccepted_isFalseForUnknownOrder() public view {
        assertFalse(escrow.isShopAccepted(12345), "unknown");
    }

    // ─── the one-slot layout ───────────────────────────────────────────────────────────────────────────────

    function test_packedOrder_storesStatusFlagsDeadlineAndDisputeIdInOneSlot() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        arbitrator.setNextDisputeId(0xABCDEF);
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        uint40 acceptDeadline = _deadline(id);

        assertEq(_rawSlot(id), _packed(OrderStatus.Paid, 0, acceptDeadline, 0), "paid");

        _accept(id, order);
        assertEq(_rawSlot(id), _packed(OrderStatus.Accepted, SHOP_ACCEPTED, _now() + _hours(SHIP_HOURS), 0), "accepted");

        _pickup(id, order);
        _deliver(id, order);
        uint40 returnDeadline = _now() + _hours(RETURN_HOURS);
        assertEq(_rawSlot(id), _packed(OrderStatus.Delivered, SHOP_ACCEPTED | FEE_PAID, returnDeadline, 0), "delivered");

        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        uint40 disputeDeadline = _now() + escrow.DISPUTE_TIMEOUT();
        assertEq(
            _rawSlot(id), _packed(OrderStatus.Disputed, SHOP_ACCEPTED | FEE_PAID, disputeDeadline, 0xABCDEF), "disputed"
        );

        arbitrator.giveRuling(escrow, 0xABCDEF, 1);
        escrow.executeRuling(order);
        assertEq(_rawSlot(id), _packed(OrderStatus.Resolved, SHOP_ACCEPTED | FEE_PAID, 0, 0xABCDEF), "resolved");
    }

    function test_packedOrder_readsEveryFieldFromItsBits() public {
        (uint256 id,) = _checkoutEthWithCarrier();
        uint256 disputeId = (1 << 200) - 1;
        uint40 deadline = type(uint40).max;

        vm.store(address(escrow), _slotOf(id), bytes32(_packed(OrderStatus.Shipped, FEE_PAID, deadline, disputeId)));

        (OrderStatus status, uint40 actualDeadline, bool isFeePaid, uint256 actualDisputeId) = escrow.orderState(id);
        assertEq(uint256(status), uint256(OrderStatus.Shipped), "status: bits 0-7");
        assertTrue(isFeePaid, "fee paid: bit 8");
        assertFalse(escrow.isShopAccepted(id), "shop accepted: bit 9");
        assertEq(actualDeadline, deadline, "deadline: bits 16-55");
        assertEq(actualDisputeId, disputeId, "dispute id: bits 56-255");
    }

    function test_packedOrder_readsEachFlagFromItsOwnBit() public {
        (uint256 id,) = _checkoutEthWithCarrier();

        vm.store(address(escrow), _slotOf(id), bytes32(_packed(OrderStatus.Paid, 0xFE, 0, 0)));

        (OrderStatus status, uint40 deadline, bool isFeePaid, uint256 disputeId) = escrow.orderState(id);
        assertEq(uint256(status), uint256(OrderStatus.Paid), "status untouched");
        assertFalse(isFeePaid, "only bit 8 is the fee flag");
        assertTrue(escrow.isShopAccepted(id), "bit 9 is the acceptance flag");
        assertEq(deadline, 0, "deadline untouched");
        assertEq(disputeId, 0, "dispute id untouched");

        vm.store(address(escrow), _slotOf(id), bytes32(_packed(OrderStatus.Paid, 0xFD, 0, 0)));

        (,, isFeePaid,) = escrow.orderState(id);
        assertTrue(isFeePaid, "bit 8 set");
        assertFalse(escrow.isShopAccepted(id), "bit 9 clear");
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
        (bool isRuled, uint256 ruling) = escrow.rulingOf(address(mediator), 0);

        assertFalse(isRuled, "not ruled");
        assertEq(ruling, 0, "no ruling");
    }

    function test_constants_matchTheSpec() public view {
        assertEq(escrow.MAX_ORDERS_PER_CHECKOUT(), 32, "max orders");
        assertEq(escrow.MAX_REASON_LENGTH(), 280, "max reason");
        assertEq(escrow.DISPUTE_TIMEOUT(), 60 days, "dispute timeout");
        assertEq(escrow.ETH_TRANSFER_GAS(), 50_000, "ETH transfer gas");
        assertEq(escrow.HOOK_GAS_LIMIT(), 150_000, "hook gas");
        assertEq(escrow.RULING_CHOICES(), 2, "choices");
        assertEq(escrow.RULING_REFUND_BUYER(), 1, "refund ruling");
        assertEq(escrow.RULING_PAY_SHOP(), 2, "pay-shop ruling");
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
    ///  status (bits 0–7) | flags (8–15) | deadline (16–55) | dispute id (56–255).
    function _packed(OrderStatus status, uint256 flags, uint40 deadline, uint256 disputeId)
        private
        pure
        returns (uint256)
    {
        return uint256(status) + flags * 2 ** 8 + uint256(deadline) * 2 ** 16 + disputeId * 2 ** 56;
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
