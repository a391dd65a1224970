// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrable} from "../../contracts/interfaces/IArbitrable.sol";
import {IArbitrator} from "../../contracts/interfaces/IArbitrator.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderStatus, Resolution} from "../../contracts/types/MarketTypes.sol";
import {CostlyArbitrator, EscrowTestBase} from "./utils/EscrowHelpers.sol";
import {statuses} from "./utils/OrderStatusSets.sol";

/// @notice Disputes: openDispute, settlements, rulings (ERC-792 rule + executeRuling, and ruleOrder), timeouts.
contract EscrowDisputesTest is EscrowTestBase {
    uint128 private constant BUYER_SHARE = 0.3 ether;

    // ─── openDispute: after delivery ───────────────────────────────────────────────────────────────────────

    function test_openDispute_byBuyerAfterDelivery_createsMediatorDispute() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(block.timestamp + 1 days);
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, buyer, true, 0, disputeDeadline);
        _openDispute(id, order, buyer);

        _assertState(id, OrderStatus.Disputed, disputeDeadline, true);
        assertEq(_disputeId(id), 0, "the mediator's first dispute");
        assertEq(mediator.disputeCount(), 1, "dispute created");
        assertEq(mediator.arbitrableOf(0), address(escrow), "created by the escrow");
        assertEq(address(escrow).balance, AMOUNT, "amount held");
    }

    function test_openDispute_withoutArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _shipAndDeliver(id, order);
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, buyer, false, 0, disputeDeadline);
        _openDispute(id, order, buyer);

        _assertState(id, OrderStatus.Disputed, disputeDeadline, true);
        assertEq(mediator.disputeCount(), 0, "no arbitrator involved");
    }

    function test_openDispute_paysArbitrationCostAndRecordsDisputeId() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, buyer, true, 7, _now() + escrow.limits().disputeTimeout);
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);

        assertEq(_disputeId(id), 7, "arbitrator's dispute id");
        assertEq(address(arbitrator).balance, cost, "cost forwarded");
        assertEq(address(escrow).balance, AMOUNT, "escrow keeps only the amount");
    }

    function test_openDispute_recordsLargestDisputeId() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        arbitrator.setNextDisputeId((1 << 40) - 1);
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();

        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);

        assertEq(_disputeId(id), (1 << 40) - 1, "dispute id kept whole");
        assertTrue(escrow.orderFacts(id).isArbitrated, "arbitrated");
        _assertState(id, OrderStatus.Disputed, _now() + escrow.limits().disputeTimeout, true);
    }

    function test_openDispute_opensWithoutArbitrationWhen_disputeIdTooLarge() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        arbitrator.setNextDisputeId(1 << 40);
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, buyer, false, 0, disputeDeadline);
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);

        assertFalse(escrow.orderFacts(id).isArbitrated, "no arbitration");
        assertEq(address(arbitrator).balance, cost, "the arbitrator that answered kept the value");
        assertEq(escrow.creditOf(buyer, address(0)), 0, "nothing to credit back");
    }

    function test_openDispute_opensWithoutArbitrationWhen_theArbitratorReusesAnId() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 first, Order memory firstOrder) =
            _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        (uint256 second, Order memory secondOrder) =
            _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(first, firstOrder);
        _shipAndDeliver(second, secondOrder);
        uint256 cost = arbitrator.COST();
        vm.deal(buyer, buyer.balance + 2 * cost);
        vm.startPrank(buyer);
        escrow.openDispute{value: cost}(firstOrder);
        arbitrator.setNextDisputeId(7);
        escrow.openDispute{value: cost}(secondOrder);
        vm.stopPrank();

        assertEq(_disputeId(first), 7, "the first order has dispute 7");
        assertFalse(escrow.orderFacts(second).isArbitrated, "dispute 7 cannot serve a second order");
    }

    function test_openDispute_acceptsRisingIdsWithGaps() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 first, Order memory firstOrder) =
            _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        (uint256 second, Order memory secondOrder) =
            _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(first, firstOrder);
        _shipAndDeliver(second, secondOrder);
        uint256 cost = arbitrator.COST();
        vm.deal(buyer, buyer.balance + 2 * cost);
        vm.startPrank(buyer);
        escrow.openDispute{value: cost}(firstOrder);
        arbitrator.setNextDisputeId(1_000);
        escrow.openDispute{value: cost}(secondOrder);
        vm.stopPrank();

        assertEq(_disputeId(second), 1_000, "an arbitrator shared with other arbitrables skips ids");
        assertTrue(escrow.orderFacts(second).isArbitrated, "arbitrated");
    }

    function test_openDispute_creditsTheValueBackWhen_theArbitratorReverts() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 wrongValue = arbitrator.COST() + 1;
        vm.deal(buyer, buyer.balance + wrongValue);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, buyer, address(0), wrongValue);
        vm.prank(buyer);
        escrow.openDispute{value: wrongValue}(order);

        assertEq(escrow.creditOf(buyer, address(0)), wrongValue, "credited back");
        assertFalse(escrow.orderFacts(id).isArbitrated, "no arbitration");
        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_openDispute_revertsWhen_tooLittleGasIsLeftForTheArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        bytes memory callData = abi.encodeCall(IEscrow.openDispute, (order));
        uint256 arbitratorGas = escrow.limits().arbitratorGasLimit;

        uint256 least = _leastGasToSucceed(buyer, callData, 100_000, 3_000_000);

        assertGe(least, arbitratorGas + arbitratorGas / 63 + 10_000, "the caller must leave the whole allowance");
        try this.probeGas(buyer, callData, least - 1) {} catch (bytes memory reason) {
            (bool isSuccess, bytes memory returned) = abi.decode(_arguments(reason), (bool, bytes));
            assertFalse(isSuccess, "one gas less fails");
            assertEq(bytes4(returned), IEscrow.InsufficientGasForArbitrator.selector, "for the arbitrator's allowance");
        }
    }

    function test_openDispute_succeedsAtReturnDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(_deadline(id));

        _openDispute(id, order, buyer);

        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_openDispute_revertsWhen_returnDeadlinePassed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);

        _expectDeadlinePassed(id, deadline);
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_shopDisputesDeliveredOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectNotBuyer(id, merchant);
        _openDispute(id, order, merchant);
    }

    function test_openDispute_revertsWhen_strangerDisputesDeliveredOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectNotBuyer(id, stranger);
        _openDispute(id, order, stranger);
    }

    // ─── openDispute: missed delivery ──────────────────────────────────────────────────────────────────────

    function test_openDispute_byBuyerAfterMissedDelivery() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, buyer, true, 0, disputeDeadline);
        _openDispute(id, order, buyer);

        _assertState(id, OrderStatus.Disputed, disputeDeadline, false);
    }

    function test_openDispute_byShopAfterMissedDelivery() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeOpened(id, merchant, true, 0, _now() + escrow.limits().disputeTimeout);
        _openDispute(id, order, merchant);

        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_openDispute_byShopOperatorAfterMissedDelivery() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        _openDispute(id, order, operator);

        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_openDispute_revertsWhen_shippedAtDeliveryDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline);

        _expectDeadlineNotReached(id, deadline);
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_shippedOneSecondBeforeDeliveryDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline - 1);

        _expectDeadlineNotReached(id, deadline);
        _openDispute(id, order, merchant);
    }

    function test_openDispute_succeedsAtEndOfWindowAfterMissedDelivery() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + _hours(RETURN_HOURS));

        _openDispute(id, order, buyer);

        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_openDispute_revertsWhen_windowAfterMissedDeliveryPassed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        uint40 windowEnd = _deadline(id) + _hours(RETURN_HOURS);
        vm.warp(windowEnd + 1);

        _expectDeadlinePassed(id, windowEnd);
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_strangerDisputesShippedOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        _expectNotDisputeParty(id, stranger);
        _openDispute(id, order, stranger);
    }

    function test_openDispute_revertsWhen_carrierDisputesShippedOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        _expectNotDisputeParty(id, carrier);
        _openDispute(id, order, carrier);
    }

    // ─── openDispute: other reverts ────────────────────────────────────────────────────────────────────────

    function test_openDispute_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        Order memory tampered = _copy(order);
        tampered.arbitrator = address(0);

        _expectUnknownOrder(tampered);
        _openDispute(id, tampered, buyer);
    }

    function test_openDispute_revertsWhen_paid() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_accepted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_alreadyDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectInvalidStatus(id, OrderStatus.Disputed, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_completed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.prank(buyer);
        escrow.release(order);

        _expectInvalidStatus(id, OrderStatus.Completed, statuses(OrderStatus.Shipped, OrderStatus.Delivered));
        _openDispute(id, order, buyer);
    }

    function test_openDispute_revertsWhen_valueSentWithoutArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _shipAndDeliver(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, 0, 1 wei));
        vm.prank(buyer);
        escrow.openDispute{value: 1 wei}(order);
    }

    function test_openDispute_creditsValueTheFreeMediatorRefuses() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        vm.prank(buyer);
        escrow.openDispute{value: 0.01 ether}(order);

        assertEq(escrow.creditOf(buyer, address(0)), 0.01 ether, "the mediator refuses value: credited back");
        assertFalse(escrow.orderFacts(id).isArbitrated, "and no arbitration");
    }

    function test_openDispute_opensWithoutArbitrationWhen_theCostIsUnpaid() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);

        _openDispute(id, order, buyer);

        assertFalse(escrow.orderFacts(id).isArbitrated, "no arbitration");
        _assertStatus(id, OrderStatus.Disputed);
    }

    // ─── requestArbitration ────────────────────────────────────────────────────────────────────────────────

    function test_requestArbitration_bringsTheArbitratorInAndRestartsTheDeadline() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        _openDispute(id, order, buyer);
        vm.warp(block.timestamp + 30 days);
        uint256 cost = arbitrator.COST();
        vm.deal(merchant, cost);
        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;

        vm.expectEmit(address(escrow));
        emit IEscrow.ArbitrationRequested(id, merchant, 7, disputeDeadline);
        vm.prank(merchant);
        escrow.requestArbitration{value: cost}(order);

        assertTrue(escrow.orderFacts(id).isArbitrated, "arbitrated");
        assertEq(_disputeId(id), 7, "dispute id");
        _assertState(id, OrderStatus.Disputed, disputeDeadline, true);
        arbitrator.giveRuling(escrow, 7, RULING_PAY_SHOP);
        escrow.executeRuling(order);
        assertEq(payout.balance, AMOUNT, "ruled and paid");
    }

    function test_requestArbitration_acceptsTheDeadlineItself() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        _openDispute(id, order, buyer);
        vm.warp(_deadline(id));
        uint256 cost = arbitrator.COST();

        vm.prank(buyer);
        escrow.requestArbitration{value: cost}(order);

        assertTrue(escrow.orderFacts(id).isArbitrated, "arbitrated at the deadline");
    }

    function test_requestArbitration_revertsWhen_theDeadlinePassed() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        _openDispute(id, order, buyer);
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);
        uint256 cost = arbitrator.COST();

        _expectDeadlinePassed(id, deadline);
        vm.prank(buyer);
        escrow.requestArbitration{value: cost}(order);
    }

    function test_requestArbitration_revertsWhen_alreadyArbitrated() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.ArbitrationUnavailable.selector, id));
        escrow.requestArbitration(order);
    }

    function test_requestArbitration_revertsWhen_theOrderHasNoArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.ArbitrationUnavailable.selector, id));
        escrow.requestArbitration(order);
    }

    function test_requestArbitration_revertsWhen_theArbitratorStillFails() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        _openDispute(id, order, buyer);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.ArbitrationFailed.selector, id, address(arbitrator)));
        escrow.requestArbitration(order);
    }

    function test_requestArbitration_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        escrow.requestArbitration(order);
    }

    // ─── proposeSettlement ─────────────────────────────────────────────────────────────────────────────────

    function test_proposeSettlement_recordsBuyersOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.SettlementProposed(id, buyer, BUYER_SHARE);
        _propose(id, order, buyer, BUYER_SHARE);

        _assertOffer(id, buyer, BUYER_SHARE);
        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_proposeSettlement_recordsShopsOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.SettlementProposed(id, merchant, BUYER_SHARE);
        _propose(id, order, merchant, BUYER_SHARE);

        _assertOffer(id, merchant, BUYER_SHARE);
    }

    function test_proposeSettlement_acceptsTheWholeAmountAndZero() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _propose(id, order, buyer, AMOUNT);
        _assertOffer(id, buyer, AMOUNT);
        _propose(id, order, merchant, 0);
        _assertOffer(id, merchant, 0);
    }

    function test_proposeSettlement_replacesTheSidesPreviousOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, 0.6 ether);

        _propose(id, order, buyer, 0.4 ether);

        _assertOffer(id, buyer, 0.4 ether);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, merchant, 0.6 ether);
        _acceptOffer(id, order, merchant, 0.4 ether);
        _assertStatus(id, OrderStatus.Resolved);
    }

    function test_proposeSettlement_counterOfferReplacesTheStandingOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, 0.6 ether);

        _propose(id, order, merchant, 0.4 ether);

        _assertOffer(id, merchant, 0.4 ether);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, merchant, 0.6 ether);
    }

    function test_proposeSettlement_revertsWhen_tooLarge() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.SettlementTooLarge.selector, AMOUNT + 1, AMOUNT));
        _propose(id, order, buyer, AMOUNT + 1);
    }

    function test_proposeSettlement_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        Order memory tampered = _copy(order);
        tampered.amount = AMOUNT * 2;

        _expectUnknownOrder(tampered);
        _propose(id, tampered, buyer, AMOUNT * 2);
    }

    function test_proposeSettlement_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        _propose(id, order, buyer, BUYER_SHARE);
    }

    function test_proposeSettlement_revertsWhen_resolved() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        _acceptOffer(id, order, merchant, BUYER_SHARE);

        _expectInvalidStatus(id, OrderStatus.Resolved, statuses(OrderStatus.Disputed));
        _propose(id, order, buyer, BUYER_SHARE);
    }

    function test_proposeSettlement_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectNotSettlementParty(id, stranger);
        _propose(id, order, stranger, BUYER_SHARE);
    }

    function test_proposeSettlement_revertsWhen_callerIsCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectNotSettlementParty(id, carrier);
        _propose(id, order, carrier, BUYER_SHARE);
    }

    // ─── acceptSettlement ──────────────────────────────────────────────────────────────────────────────────

    function test_acceptSettlement_shopAcceptsBuyersOffer_paysTheSplit() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Settlement, BUYER_SHARE, AMOUNT - BUYER_SHARE);
        _acceptOffer(id, order, merchant, BUYER_SHARE);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(buyer.balance - buyerBefore, BUYER_SHARE, "buyer's share");
        assertEq(payout.balance, AMOUNT - BUYER_SHARE, "shop's share");
        assertEq(carrier.balance, FEE, "carrier paid once, at delivery");
        assertEq(address(escrow).balance, 0, "escrow empty");
        _assertOffer(id, address(0), 0);
    }

    function test_acceptSettlement_buyerAcceptsShopsOffer_getsUnpaidFeeBack() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterMissedDelivery(id, order, buyer);
        _propose(id, order, merchant, BUYER_SHARE);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Settlement, BUYER_SHARE + FEE, AMOUNT - BUYER_SHARE);
        _acceptOffer(id, order, buyer, BUYER_SHARE);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(buyer.balance - buyerBefore, BUYER_SHARE + FEE, "buyer's share and the unpaid fee");
        assertEq(payout.balance, AMOUNT - BUYER_SHARE, "shop's share");
        assertEq(carrier.balance, 0, "no fee without delivery");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_acceptSettlement_byShopOperator() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);

        _acceptOffer(id, order, operator, BUYER_SHARE);

        _assertStatus(id, OrderStatus.Resolved);
        assertEq(payout.balance, AMOUNT - BUYER_SHARE, "shop's share to the order's payout");
    }

    function test_acceptSettlement_paysTokenOrder() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, merchant, AMOUNT);
        uint256 buyerBefore = leman.balanceOf(buyer);

        _acceptOffer(id, order, buyer, AMOUNT);

        assertEq(leman.balanceOf(buyer) - buyerBefore, AMOUNT, "full refund in tokens");
        assertEq(leman.balanceOf(payout), 0, "shop gets nothing");
        assertEq(leman.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_acceptSettlement_revertsWhen_noOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, merchant, 0);
    }

    function test_acceptSettlement_revertsWhen_amountDiffers() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, merchant, BUYER_SHARE - 1);
    }

    function test_acceptSettlement_revertsWhen_buyerAcceptsOwnOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, AMOUNT);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, buyer, AMOUNT);
    }

    function test_acceptSettlement_revertsWhen_shopOperatorAcceptsShopsOffer() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, merchant, 0);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoSettlementOffer.selector, id));
        _acceptOffer(id, order, operator, 0);
    }

    function test_acceptSettlement_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        Order memory tampered = _copy(order);
        tampered.payout = merchant;

        _expectUnknownOrder(tampered);
        _acceptOffer(id, tampered, merchant, BUYER_SHARE);
    }

    function test_acceptSettlement_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        _acceptOffer(id, order, merchant, BUYER_SHARE);
    }

    function test_acceptSettlement_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);

        _expectNotSettlementParty(id, stranger);
        _acceptOffer(id, order, stranger, BUYER_SHARE);
    }

    // ─── rule + executeRuling (plain ERC-792) ──────────────────────────────────────────────────────────────

    function test_rule_recordsTheMediatorsRuling() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectEmit(address(escrow));
        emit IArbitrable.Ruling(IArbitrator(address(mediator)), 0, 2);
        _giveRuling(0, 2);

        (bool isRuled, uint256 ruling,) = escrow.rulingOf(address(mediator), 0);
        assertTrue(isRuled, "ruled");
        assertEq(ruling, 2, "ruling");
        _assertStatus(id, OrderStatus.Disputed);
        assertEq(address(escrow).balance, AMOUNT, "nothing paid before execution");
    }

    function test_rule_recordsRefusalToArbitrate() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _giveRuling(0, 0);

        (bool isRuled, uint256 ruling,) = escrow.rulingOf(address(mediator), 0);
        assertTrue(isRuled, "a refusal is a ruling");
        assertEq(ruling, 0, "refused");
    }

    function test_rule_revertsWhen_rulingInvalid() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidRuling.selector, 3));
        vm.prank(address(mediator));
        escrow.rule(0, 3);
    }

    function test_rule_fromStrangerDoesNotTouchTheOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.prank(stranger);
        escrow.rule(0, 2);

        (bool isRuled,,) = escrow.rulingOf(address(mediator), 0);
        assertFalse(isRuled, "the order's arbitrator did not rule");
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoRuling.selector, id, 0));
        escrow.executeRuling(order);
    }

    function test_rule_afterSettlementIsOnlyRecorded() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        _acceptOffer(id, order, merchant, BUYER_SHARE);

        vm.expectEmit(address(escrow));
        emit IArbitrable.Ruling(IArbitrator(address(mediator)), 0, 1);
        _giveRuling(0, 1);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(payout.balance, AMOUNT - BUYER_SHARE, "settlement stands");
        _expectInvalidStatus(id, OrderStatus.Resolved, statuses(OrderStatus.Disputed));
        escrow.executeRuling(order);
    }

    function test_rule_afterTimeoutIsOnlyRecorded() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id) + 1);
        escrow.resolveTimedOut(order);

        _giveRuling(0, 1);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(payout.balance, AMOUNT, "the timeout's outcome stands");
        (bool isRuled, uint256 ruling, uint40 ruledAt) = escrow.rulingOf(address(mediator), 0);
        assertTrue(isRuled, "recorded");
        assertEq(ruling, 1, "ruling");
        assertEq(ruledAt, _now(), "when");
    }

    function test_executeRuling_refundsBuyer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, AMOUNT, 0);
        vm.prank(stranger);
        escrow.executeRuling(order);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(buyer.balance - buyerBefore, AMOUNT, "buyer refunded");
        assertEq(payout.balance, 0, "shop gets nothing");
        assertEq(carrier.balance, FEE, "carrier keeps the fee it earned");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_refundsBuyerWithUnpaidFee() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterMissedDelivery(id, order, buyer);
        _giveRuling(0, 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, AMOUNT + FEE, 0);
        escrow.executeRuling(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "amount and unpaid fee refunded");
        assertEq(carrier.balance, 0, "carrier unpaid");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_paysShop() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 2);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, 0, AMOUNT);
        escrow.executeRuling(order);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(buyer.balance, buyerBefore, "buyer gets nothing");
        assertEq(carrier.balance, FEE, "carrier paid once, at delivery");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_paysShopAndCarrierTheUnpaidFee() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterMissedDelivery(id, order, merchant);
        _giveRuling(0, 2);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, 0, AMOUNT);
        escrow.executeRuling(order);

        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(carrier.balance, FEE, "carrier paid its unpaid fee");
        assertEq(buyer.balance, buyerBefore, "buyer gets nothing");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_splitsEvenlyWhenArbitrationRefused() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 0);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, AMOUNT / 2, AMOUNT / 2);
        escrow.executeRuling(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT / 2, "buyer's half");
        assertEq(payout.balance, AMOUNT / 2, "shop's half");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_splitsOddAmountAndReturnsUnpaidFeeToBuyer() public {
        uint128 odd = 1 ether + 1;
        (uint256 id, Order memory order) = _checkout(_request(address(0), odd, FEE, carrier, address(mediator)));
        _disputeAfterMissedDelivery(id, order, buyer);
        _giveRuling(0, 0);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, odd / 2 + FEE, odd - odd / 2);
        escrow.executeRuling(order);

        assertEq(buyer.balance - buyerBefore, odd / 2 + FEE, "buyer's half, rounded down, and the fee");
        assertEq(payout.balance, odd / 2 + 1, "shop's half gets the odd wei");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_executeRuling_clearsTheStandingOffer() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        _giveRuling(0, 2);

        escrow.executeRuling(order);

        _assertOffer(id, address(0), 0);
    }

    function test_executeRuling_paysCostlyArbitratorsRuling() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        arbitrator.giveRuling(escrow, 7, 1);
        uint256 buyerBefore = buyer.balance;

        escrow.executeRuling(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT, "buyer refunded");
        _assertStatus(id, OrderStatus.Resolved);
    }

    function test_executeRuling_revertsWhen_notRuledYet() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoRuling.selector, id));
        escrow.executeRuling(order);
    }

    function test_executeRuling_revertsWhen_theRulingCameAfterTheDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id) + 1);
        _giveRuling(0, 1);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoRuling.selector, id));
        escrow.executeRuling(order);
    }

    function test_executeRuling_paysARulingRecordedAtTheDeadlineAfterIt() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id));
        _giveRuling(0, 1);
        vm.warp(block.timestamp + 30 days);
        uint256 buyerBefore = buyer.balance;

        escrow.executeRuling(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT, "refunded by the ruling in time");
    }

    function test_executeRuling_revertsWhen_anotherDisputeWasRuled() public {
        (uint256 first, Order memory firstOrder) = _checkoutEthWithCarrier();
        (uint256 second, Order memory secondOrder) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(first, firstOrder);
        _disputeAfterDelivery(second, secondOrder);
        _giveRuling(0, 1);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoRuling.selector, second));
        escrow.executeRuling(secondOrder);
    }

    function test_executeRuling_revertsWhen_orderHasNoArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterDelivery(id, order);
        vm.prank(address(0));
        escrow.rule(0, 1);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.NoRuling.selector, id));
        escrow.executeRuling(order);
    }

    function test_executeRuling_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 1);
        Order memory tampered = _copy(order);
        tampered.buyer = stranger;

        _expectUnknownOrder(tampered);
        escrow.executeRuling(tampered);
    }

    function test_executeRuling_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        escrow.executeRuling(order);
    }

    function test_executeRuling_revertsWhen_alreadyExecuted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 1);
        escrow.executeRuling(order);

        _expectInvalidStatus(id, OrderStatus.Resolved, statuses(OrderStatus.Disputed));
        escrow.executeRuling(order);
    }

    // ─── ruleOrder (order-aware arbitrators) ───────────────────────────────────────────────────────────────

    function test_ruleOrder_paysTheRulingAtOnce() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterMissedDelivery(id, order, merchant);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IArbitrable.Ruling(IArbitrator(address(mediator)), 0, 1);
        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, AMOUNT + FEE, 0);
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(0, order, 1);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "buyer refunded with the unpaid fee");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_ruleOrder_paysShop() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);

        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(0, order, 2);

        assertEq(payout.balance, AMOUNT, "shop paid");
        _assertOffer(id, address(0), 0);
    }

    function test_ruleOrder_splitsEvenlyWhenArbitrationRefused() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Ruling, AMOUNT / 2, AMOUNT / 2);
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(0, order, 0);

        assertEq(payout.balance, AMOUNT / 2, "shop's half");
    }

    function test_ruleOrder_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        Order memory tampered = _copy(order);
        tampered.amount = AMOUNT * 2;

        _expectUnknownOrder(tampered);
        vm.prank(address(mediator));
        escrow.ruleOrder(0, tampered, 1);
    }

    function test_ruleOrder_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        vm.prank(address(mediator));
        escrow.ruleOrder(0, order, 1);
    }

    function test_ruleOrder_revertsWhen_settledMeanwhile() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        _acceptOffer(id, order, merchant, BUYER_SHARE);

        _expectInvalidStatus(id, OrderStatus.Resolved, statuses(OrderStatus.Disputed));
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(0, order, 1);
    }

    function test_ruleOrder_revertsWhen_callerIsNotTheOrdersArbitrator() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectNotArbitrator(id, stranger);
        vm.prank(stranger);
        escrow.ruleOrder(0, order, 2);
    }

    function test_ruleOrder_revertsWhen_callerIsTheMediatorAccountItself() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        _expectNotArbitrator(id, mediatorAccount);
        vm.prank(mediatorAccount);
        escrow.ruleOrder(0, order, 2);
    }

    function test_ruleOrder_revertsWhen_disputeIdDiffers() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.DisputeMismatch.selector, id, 5));
        vm.prank(address(mediator));
        escrow.ruleOrder(5, order, 1);
    }

    function test_ruleOrder_acceptsARulingAtTheDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id));

        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(0, order, RULING_REFUND_BUYER);

        _assertStatus(id, OrderStatus.Resolved);
    }

    function test_ruleOrder_revertsWhen_theDeadlinePassed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);

        _expectDeadlinePassed(id, deadline);
        vm.prank(address(mediator));
        escrow.ruleOrder(0, order, RULING_REFUND_BUYER);
    }

    function test_ruleOrder_revertsWhen_theDisputeHasNoArbitration() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.prank(buyer);
        escrow.openDispute{value: 1 wei}(order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.DisputeMismatch.selector, id, 0));
        vm.prank(address(mediator));
        escrow.ruleOrder(0, order, RULING_REFUND_BUYER);
    }

    function test_ruleOrder_revertsWhen_rulingInvalid() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidRuling.selector, 3));
        vm.prank(address(mediator));
        escrow.ruleOrder(0, order, 3);
    }

    // ─── resolveTimedOut ───────────────────────────────────────────────────────────────────────────────────

    function test_resolveTimedOut_paysTheShopForDeliveredGoods() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _propose(id, order, buyer, BUYER_SHARE);
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Timeout, 0, AMOUNT);
        vm.prank(stranger);
        escrow.resolveTimedOut(order);

        _assertState(id, OrderStatus.Resolved, 0, true);
        assertEq(buyer.balance, buyerBefore, "nothing back for goods received");
        assertEq(payout.balance, AMOUNT, "the shop is paid");
        assertEq(address(escrow).balance, 0, "escrow empty");
        _assertOffer(id, address(0), 0);
        assertTrue(escrow.orderFacts(id).isShopPaid, "shop paid");
    }

    function test_resolveTimedOut_paysTheShopWhenTheBuyerConfirmedReceipt() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _ship(id, order);
        vm.startPrank(buyer);
        escrow.confirmReceipt(order);
        escrow.openDispute(order);
        vm.stopPrank();
        vm.warp(_deadline(id) + 1);

        escrow.resolveTimedOut(order);

        assertEq(payout.balance, AMOUNT, "receipt confirmed: the shop is paid");
    }

    function test_resolveTimedOut_refundsTheBuyerInFullForGoodsNeverDelivered() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterMissedDelivery(id, order, buyer);
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = buyer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Timeout, AMOUNT + FEE, 0);
        escrow.resolveTimedOut(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT + FEE, "the amount and the unpaid fee");
        assertEq(carrier.balance, 0, "carrier unpaid");
        assertEq(payout.balance, 0, "shop unpaid");
        assertEq(address(escrow).balance, 0, "escrow empty");
        assertFalse(escrow.orderFacts(id).isShopPaid, "shop not paid");
    }

    function test_resolveTimedOut_refundsTheBuyerWhenTheShopDisputedItsOwnMissedDelivery() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _disputeAfterMissedDelivery(id, order, merchant);
        vm.warp(_deadline(id) + 1);
        uint256 buyerBefore = buyer.balance;

        escrow.resolveTimedOut(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT, "no code, no ruling: refunded");
    }

    function test_resolveTimedOut_ignoresARulingRecordedAfterTheDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id) + 1);
        _giveRuling(0, 1);
        uint256 buyerBefore = buyer.balance;

        escrow.resolveTimedOut(order);

        assertEq(buyer.balance, buyerBefore, "a late refund ruling changes nothing");
        assertEq(payout.balance, AMOUNT, "the facts decide");
    }

    function test_resolveTimedOut_revertsWhen_oneSecondBeforeDisputeDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline - 1);

        _expectDeadlineNotReached(id, deadline);
        escrow.resolveTimedOut(order);
    }

    function test_resolveTimedOut_revertsWhen_atDisputeDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline);

        _expectDeadlineNotReached(id, deadline);
        escrow.resolveTimedOut(order);
    }

    function test_resolveTimedOut_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        vm.warp(_deadline(id) + 1);
        Order memory tampered = _copy(order);
        tampered.shopId = shopId + 1;

        _expectUnknownOrder(tampered);
        escrow.resolveTimedOut(tampered);
    }

    function test_resolveTimedOut_revertsWhen_notDisputed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);
        vm.warp(block.timestamp + 365 days);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Disputed));
        escrow.resolveTimedOut(order);
    }

    function test_resolveTimedOut_revertsWhen_alreadyResolved() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _disputeAfterDelivery(id, order);
        _giveRuling(0, 1);
        escrow.executeRuling(order);
        vm.warp(block.timestamp + escrow.limits().disputeTimeout + 1);

        _expectInvalidStatus(id, OrderStatus.Resolved, statuses(OrderStatus.Disputed));
        escrow.resolveTimedOut(order);
    }

    // ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────

    function _giveRuling(uint256 disputeId, uint256 ruling) private {
        vm.prank(mediatorAccount);
        mediator.giveRuling(disputeId, ruling);
    }

    function _propose(uint256 orderId, Order memory order, address by, uint128 buyerAmount) private {
        vm.prank(by);
        escrow.proposeSettlement(order, buyerAmount);
    }

    function _acceptOffer(uint256 orderId, Order memory order, address by, uint128 buyerAmount) private {
        vm.prank(by);
        escrow.acceptSettlement(order, buyerAmount);
    }

    function _assertOffer(uint256 orderId, address proposer, uint128 buyerAmount) private view {
        (address actualProposer, uint128 actualAmount) = escrow.settlementOffer(orderId);
        assertEq(actualProposer, proposer, "proposer");
        assertEq(actualAmount, buyerAmount, "offered buyer amount");
    }
}
