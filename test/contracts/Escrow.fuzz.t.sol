// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderRequest, OrderStatus, ShopTerms} from "../../contracts/types/MarketTypes.sol";
import {inRange} from "./handlers/Range.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @notice Property-based tests of the escrow's money and time rules; each fuzz test has a concrete twin.
contract EscrowFuzzTest is MarketFixture {
    uint256 internal constant MAX_AMOUNT = type(uint96).max;
    /// @notice The windows' maxima (`ShopWindows`): accept and delivery 720 hours, ship and return 2,160.
    uint256 internal constant MAX_ACCEPT_HOURS = 720;
    uint256 internal constant MAX_SHIP_HOURS = 2_160;
    uint256 internal constant MAX_DELIVERY_HOURS = 720;
    uint256 internal constant MAX_RETURN_HOURS = 2_160;

    /// @notice Money each party received (balance increase plus credit) since `_snapshot`.
    struct Receipts {
        uint256 buyer;
        uint256 shop;
        uint256 carrier;
    }

    /// @notice What the order's parties held (balance plus credit) when `_snapshot` was taken.
    Receipts internal baseline;

    // ─── Checkout ───────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_checkout_holdsTheExactSumOfSeveralOrders(uint256 seed, uint8 countSeed) public {
        uint256 count = inRange(countSeed, 1, 6);
        OrderRequest[] memory requests = new OrderRequest[](count);
        uint256 ethNeeded;
        uint256 lemanNeeded;
        for (uint256 i; i < count; ++i) {
            uint256 entropy = uint256(keccak256(abi.encode(seed, i)));
            requests[i] = _fuzzedRequest(entropy);
            uint256 total = uint256(requests[i].amount) + requests[i].deliveryFee;
            if (requests[i].token == address(0)) ethNeeded += total;
            else lemanNeeded += total;
        }
        vm.deal(buyer, ethNeeded);
        leman.mint(buyer, lemanNeeded);
        uint256 lemanBefore = leman.balanceOf(buyer);

        vm.prank(buyer);
        uint256[] memory ids = escrow.checkout{value: ethNeeded}(requests);

        assertEq(address(escrow).balance, ethNeeded, "escrow holds the ETH sum");
        assertEq(leman.balanceOf(address(escrow)), lemanNeeded, "escrow holds the token sum");
        assertEq(buyer.balance, 0, "buyer paid exactly the ETH sum");
        assertEq(lemanBefore - leman.balanceOf(buyer), lemanNeeded, "buyer paid exactly the token sum");
        for (uint256 i; i < count; ++i) {
            Order memory order = _orderFor(requests[i], buyer);
            assertEq(ids[i], orderIdOf(order), "id is the hash of the terms");
            assertTrue(escrow.verifyOrder(ids[i], order), "terms recorded");
            _assertState(ids[i], OrderStatus.Paid, _after(requests[i].terms.acceptHours));
        }
    }

    function test_checkout_holdsTheExactSumOfSeveralOrders() public {
        testFuzz_checkout_holdsTheExactSumOfSeveralOrders(42, 4);
    }

    function testFuzz_checkout_revertsWhen_valueIsNotTheExactSum(uint128 amount, uint128 fee, uint256 value) public {
        OrderRequest memory request = _ethRequest(amount, fee);
        uint256 needed = uint256(request.amount) + request.deliveryFee;
        value = inRange(value, 0, 2 * needed);
        vm.assume(value != needed);
        vm.deal(buyer, value);
        OrderRequest[] memory requests = _single(request);

        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, needed, value));
        escrow.checkout{value: value}(requests);
    }

    function test_checkout_revertsWhen_valueIsNotTheExactSum() public {
        testFuzz_checkout_revertsWhen_valueIsNotTheExactSum(1 ether, 0.01 ether, 1.01 ether + 1);
    }

    // ─── Refunds ────────────────────────────────────────────────────────────────────────────────────────────

    /// @param path 0 cancel, 1 decline, 2 expire unaccepted, 3 expire unshipped.
    function testFuzz_refund_returnsExactlyAmountPlusFee(uint128 amount, uint128 fee, uint8 path, bool isEth) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, fee, isEth, address(0));
        uint256 total = uint256(order.amount) + order.deliveryFee;
        _snapshot(order);
        path = uint8(inRange(path, 0, 3));
        if (path == 0) {
            vm.prank(buyer);
            escrow.cancel(order);
        } else if (path == 1) {
            vm.prank(merchant);
            escrow.decline(order, "sold out");
        } else {
            if (path == 3) _accept(order);
            uint40 deadline = escrow.orderFacts(id).deadline;
            vm.warp(uint256(deadline) + 1);
            vm.prank(stranger);
            escrow.expire(order);
        }

        Receipts memory received = _receipts(order);
        assertEq(received.buyer, total, "buyer refunded amount + fee");
        assertEq(received.shop + received.carrier, 0, "nobody else paid");
        assertEq(_balanceOf(order.token, address(escrow)), 0, "escrow empty");
    }

    function test_refund_returnsExactlyAmountPlusFee() public {
        for (uint8 path; path < 4; ++path) {
            uint256 state = vm.snapshotState();
            testFuzz_refund_returnsExactlyAmountPlusFee(1 ether, 0.01 ether, path, true);
            vm.revertToState(state);
        }
    }

    // ─── Completion ─────────────────────────────────────────────────────────────────────────────────────────

    /// @param route 0 delivered then completed, 1 delivered then released, 2 shipped then completed after the window,
    ///  3 shipped then released, 4 accepted then released, 5 paid then released.
    function testFuzz_completion_paysAmountToPayoutAndFeeToWhoEarnedIt(
        uint128 amount,
        uint128 fee,
        uint8 route,
        bool isEth
    ) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, fee, isEth, address(0));
        _snapshot(order);
        route = uint8(inRange(route, 0, 5));
        if (route <= 3) {
            _accept(order);
            _pickup(order);
        } else if (route == 4) {
            _accept(order);
        }
        if (route <= 1) _deliver(order);
        if (route == 0) vm.warp(_deadline(id) + 1);
        if (route == 2) vm.warp(_deadline(id) + uint256(order.returnHours) * 1 hours + 1);

        if (route == 0 || route == 2) {
            vm.prank(stranger);
            escrow.complete(order);
        } else {
            vm.prank(buyer);
            escrow.release(order);
        }

        Receipts memory received = _receipts(order);
        bool isFeeEarned = route <= 3;
        assertEq(received.shop, order.amount, "payout gets exactly the amount");
        assertEq(received.carrier, isFeeEarned ? order.deliveryFee : 0, "carrier gets the fee once it picked up");
        assertEq(received.buyer, isFeeEarned ? 0 : order.deliveryFee, "otherwise the fee returns to the buyer");
        assertEq(_balanceOf(order.token, address(escrow)), 0, "escrow empty");
        _assertState(id, OrderStatus.Completed, 0);
    }

    function test_completion_paysAmountToPayoutAndFeeToWhoEarnedIt() public {
        for (uint8 route; route < 6; ++route) {
            uint256 state = vm.snapshotState();
            testFuzz_completion_paysAmountToPayoutAndFeeToWhoEarnedIt(1 ether, 0.01 ether, route, false);
            vm.revertToState(state);
        }
    }

    // ─── Disputes ───────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_acceptSettlement_paysTheAgreedSplit(
        uint128 amount,
        uint128 fee,
        uint128 buyerAmount,
        bool isDelivered,
        bool isBuyerProposing,
        bool isEth
    ) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, fee, isEth, address(0));
        _snapshot(order);
        _dispute(id, order, isDelivered);
        buyerAmount = uint128(inRange(buyerAmount, 0, order.amount));
        (address proposer, address accepter) = isBuyerProposing ? (buyer, merchant) : (merchant, buyer);

        vm.prank(proposer);
        escrow.proposeSettlement(order, buyerAmount);
        vm.prank(accepter);
        escrow.acceptSettlement(order, buyerAmount);

        Receipts memory received = _receipts(order);
        uint256 unpaidFee = isDelivered ? 0 : order.deliveryFee;
        assertLe(buyerAmount, order.amount, "buyer's share within the amount");
        assertEq(received.buyer, buyerAmount + unpaidFee, "buyer gets its share and an unpaid fee");
        assertEq(received.shop, order.amount - buyerAmount, "shop gets the rest of the amount");
        assertEq(received.carrier, order.deliveryFee - unpaidFee, "carrier keeps a fee it was paid");
        assertEq(received.buyer + received.shop + received.carrier, uint256(order.amount) + order.deliveryFee, "sum");
        _assertState(id, OrderStatus.Resolved, 0);
    }

    function test_acceptSettlement_paysTheAgreedSplit() public {
        testFuzz_acceptSettlement_paysTheAgreedSplit(1 ether, 0.01 ether, 0.4 ether, true, true, true);
    }

    function testFuzz_proposeSettlement_revertsWhen_aboveTheAmount(uint128 amount, uint128 buyerAmount) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, 0, true, address(0));
        _dispute(id, order, true);
        buyerAmount = uint128(inRange(buyerAmount, uint256(order.amount) + 1, type(uint128).max));

        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.SettlementTooLarge.selector, buyerAmount, order.amount));
        escrow.proposeSettlement(order, buyerAmount);
    }

    function test_proposeSettlement_revertsWhen_aboveTheAmount() public {
        testFuzz_proposeSettlement_revertsWhen_aboveTheAmount(1 ether, 1 ether + 1);
    }

    /// @param isOrderRuling Whether the mediator rules with the terms (paid at once) or plain ERC-792 (then executed).
    function testFuzz_ruling_paysTheSideTheMediatorRuledFor(
        uint128 amount,
        uint128 fee,
        uint8 ruling,
        bool isDelivered,
        bool isOrderRuling
    ) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, fee, true, address(mediator));
        _snapshot(order);
        _dispute(id, order, isDelivered);
        ruling = uint8(inRange(ruling, 0, 2));
        uint256 disputeId = escrow.orderFacts(id).disputeId;

        vm.prank(mediatorAccount);
        if (isOrderRuling) {
            mediator.giveOrderRuling(disputeId, order, ruling);
        } else {
            mediator.giveRuling(disputeId, ruling);
            vm.prank(stranger);
            escrow.executeRuling(order);
        }

        Receipts memory received = _receipts(order);
        uint256 unpaidFee = isDelivered ? 0 : order.deliveryFee;
        uint256 buyerShare = ruling == 1 ? order.amount : ruling == 2 ? 0 : order.amount / 2;
        assertEq(received.buyer, buyerShare + (ruling == 2 ? 0 : unpaidFee), "buyer's share");
        assertEq(received.shop, order.amount - buyerShare, "shop's share");
        assertEq(received.carrier, order.deliveryFee - (ruling == 2 ? 0 : unpaidFee), "carrier's fee");
        assertEq(received.buyer + received.shop + received.carrier, uint256(order.amount) + order.deliveryFee, "sum");
        _assertState(id, OrderStatus.Resolved, 0);
    }

    function test_ruling_paysTheSideTheMediatorRuledFor() public {
        for (uint8 ruling; ruling < 3; ++ruling) {
            uint256 state = vm.snapshotState();
            testFuzz_ruling_paysTheSideTheMediatorRuledFor(1 ether, 0.01 ether, ruling, false, ruling == 1);
            vm.revertToState(state);
        }
    }

    /// @notice Whoever stalls, the timeout follows the facts: goods delivered pay the shop, goods never delivered
    ///  refund the buyer in full (standing offers, from either side, change nothing).
    function testFuzz_resolveTimedOut_followsTheFacts(
        uint128 amount,
        uint128 fee,
        bool isDelivered,
        bool isEth,
        uint128 offer
    ) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(amount, fee, isEth, address(0));
        _snapshot(order);
        _dispute(id, order, isDelivered);
        vm.prank(isDelivered ? merchant : buyer);
        escrow.proposeSettlement(order, uint128(inRange(offer, 0, order.amount)));
        vm.warp(_deadline(id) + 1);

        vm.prank(stranger);
        escrow.resolveTimedOut(order);

        Receipts memory received = _receipts(order);
        if (isDelivered) {
            assertEq(received.buyer, 0, "delivered: nothing back");
            assertEq(received.shop, order.amount, "delivered: the shop is paid");
            assertEq(received.carrier, order.deliveryFee, "the carrier was paid at delivery");
        } else {
            assertEq(received.buyer, uint256(order.amount) + order.deliveryFee, "never delivered: full refund");
            assertEq(received.shop, 0, "never delivered: the shop gets nothing");
        }
        assertEq(received.buyer + received.shop + received.carrier, uint256(order.amount) + order.deliveryFee, "sum");
    }

    function test_resolveTimedOut_followsTheFacts() public {
        testFuzz_resolveTimedOut_followsTheFacts(1 ether + 1, 0.01 ether, false, true, 0.5 ether);
        testFuzz_resolveTimedOut_followsTheFacts(1 ether + 1, 0.01 ether, true, false, 0.5 ether);
    }

    /// @notice Any window zero or above its maximum is refused at checkout; any within its bounds is taken.
    function testFuzz_checkout_boundsEveryWindow(uint16 accept, uint16 ship, uint16 delivery, uint16 ret) public {
        ShopTerms memory terms =
            ShopTerms({acceptHours: accept, shipHours: ship, deliveryHours: delivery, returnHours: ret});
        OrderRequest[] memory requests = _single(_request(address(0), 1 ether, 0, address(0), address(0)));
        requests[0].terms = terms;
        if (!_isWithinMaxima(terms)) vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidTerms.selector, terms));
        vm.prank(buyer);
        escrow.checkout{value: 1 ether}(requests);
    }

    /// @dev Every window between 1 hour and its documented maximum (a model of `ShopWindows`, written apart from it).
    function _isWithinMaxima(ShopTerms memory terms) private pure returns (bool) {
        return terms.acceptHours >= 1 && terms.acceptHours <= MAX_ACCEPT_HOURS && terms.shipHours >= 1
            && terms.shipHours <= MAX_SHIP_HOURS && terms.deliveryHours >= 1 && terms.deliveryHours <= MAX_DELIVERY_HOURS
            && terms.returnHours >= 1 && terms.returnHours <= MAX_RETURN_HOURS;
    }

    function test_checkout_boundsEveryWindow() public {
        testFuzz_checkout_boundsEveryWindow(720, 2_160, 720, 2_160);
        testFuzz_checkout_boundsEveryWindow(721, 2_160, 720, 2_160);
        testFuzz_checkout_boundsEveryWindow(720, 2_161, 720, 2_160);
        testFuzz_checkout_boundsEveryWindow(720, 2_160, 721, 2_160);
        testFuzz_checkout_boundsEveryWindow(720, 2_160, 720, 2_161);
        testFuzz_checkout_boundsEveryWindow(0, 1, 1, 1);
    }

    // ─── Dust ───────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A 1-wei order with a 1-wei fee ends in any way without creating or losing a wei.
    /// @param ending 0–3 refunds, 4–9 completions, 10 settlement, 11–13 rulings, 14 timeout.
    function testFuzz_dustOrder_conservesEveryWei(uint8 ending, bool isEth) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(1, 1, isEth, address(mediator));
        _snapshot(order);
        ending = uint8(inRange(ending, 0, 14));
        if (ending < 4) _refundDust(id, order, ending);
        else if (ending < 10) _completeDust(id, order, ending - 4);
        else _resolveDust(id, order, ending - 10);

        Receipts memory received = _receipts(order);
        assertEq(received.buyer + received.shop + received.carrier, 2, "every wei paid out");
        assertEq(_balanceOf(order.token, address(escrow)), 0, "no wei left behind");
        assertEq(escrow.creditOf(buyer, order.token), 0, "no wei credited");
    }

    function test_dustOrder_conservesEveryWei() public {
        for (uint8 ending; ending < 15; ++ending) {
            uint256 state = vm.snapshotState();
            testFuzz_dustOrder_conservesEveryWei(ending, ending % 2 == 0);
            vm.revertToState(state);
        }
    }

    // ─── Deadlines ──────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_accept_isAllowedUntilTheAcceptDeadlineAndExpireAfter(uint16 acceptHours, int256 offset) public {
        OrderRequest memory request = _request(address(0), 1 ether, 0, address(0), address(0));
        request.terms.acceptHours = uint16(inRange(acceptHours, 1, MAX_ACCEPT_HOURS));
        (uint256 id, Order memory order) = _checkout(request);
        uint40 deadline = _deadline(id);
        bool isInWindow = _warpAround(deadline, offset);

        uint256 state = vm.snapshotState();
        vm.prank(merchant);
        if (!isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlinePassed.selector, id, deadline));
        escrow.accept(order);
        vm.revertToState(state);

        if (isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, deadline));
        escrow.expire(order);
        OrderStatus status = escrow.orderFacts(id).status;
        assertEq(uint256(status), uint256(isInWindow ? OrderStatus.Paid : OrderStatus.Expired), "expired iff late");
    }

    function test_accept_isAllowedUntilTheAcceptDeadlineAndExpireAfter() public {
        testFuzz_accept_isAllowedUntilTheAcceptDeadlineAndExpireAfter(ACCEPT_HOURS, 0);
        testFuzz_accept_isAllowedUntilTheAcceptDeadlineAndExpireAfter(ACCEPT_HOURS, 1);
    }

    /// @param hasCarrier With a carrier the carrier confirms pickup; without, the shop marks the order shipped.
    function testFuzz_ship_isAllowedUntilTheShipDeadlineAndExpireAfter(uint16 shipHours, int256 offset, bool hasCarrier)
        public
    {
        OrderRequest memory request =
            _request(address(0), 1 ether, hasCarrier ? 0.01 ether : 0, hasCarrier ? carrier : address(0), address(0));
        request.terms.shipHours = uint16(inRange(shipHours, 1, MAX_SHIP_HOURS));
        (uint256 id, Order memory order) = _checkout(request);
        _accept(order);
        uint40 deadline = _deadline(id);
        bool isInWindow = _warpAround(deadline, offset);

        uint256 state = vm.snapshotState();
        vm.prank(hasCarrier ? carrier : merchant);
        if (!isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlinePassed.selector, id, deadline));
        if (hasCarrier) escrow.confirmPickup(order);
        else escrow.markShipped(order);
        vm.revertToState(state);

        if (isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, deadline));
        escrow.expire(order);
        OrderStatus status = escrow.orderFacts(id).status;
        assertEq(uint256(status), uint256(isInWindow ? OrderStatus.Accepted : OrderStatus.Expired), "expired iff late");
    }

    function test_ship_isAllowedUntilTheShipDeadlineAndExpireAfter() public {
        testFuzz_ship_isAllowedUntilTheShipDeadlineAndExpireAfter(SHIP_HOURS, 0, true);
        testFuzz_ship_isAllowedUntilTheShipDeadlineAndExpireAfter(SHIP_HOURS, 1, false);
    }

    function testFuzz_openDispute_afterDelivery_isAllowedUntilTheReturnDeadlineAndCompleteAfter(
        uint16 returnHours,
        int256 offset
    ) public {
        OrderRequest memory request = _request(address(0), 1 ether, 0.01 ether, carrier, address(0));
        request.terms.returnHours = uint16(inRange(returnHours, 1, MAX_RETURN_HOURS));
        (uint256 id, Order memory order) = _checkout(request);
        _prepareDispute(id, order, true);
        uint40 deadline = _deadline(id);
        bool isInWindow = _warpAround(deadline, offset);

        uint256 state = vm.snapshotState();
        vm.prank(buyer);
        if (!isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlinePassed.selector, id, deadline));
        escrow.openDispute(order);
        vm.revertToState(state);

        if (isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, deadline));
        escrow.complete(order);
    }

    function test_openDispute_afterDelivery_isAllowedUntilTheReturnDeadlineAndCompleteAfter() public {
        testFuzz_openDispute_afterDelivery_isAllowedUntilTheReturnDeadlineAndCompleteAfter(RETURN_HOURS, 0);
        testFuzz_openDispute_afterDelivery_isAllowedUntilTheReturnDeadlineAndCompleteAfter(RETURN_HOURS, 1);
    }

    function testFuzz_openDispute_whileShipped_isAllowedOnlyInTheWindowAfterTheDeliveryDeadline(
        uint16 deliveryHours,
        uint16 returnHours,
        int256 offset,
        bool isBuyer
    ) public {
        OrderRequest memory request = _request(address(0), 1 ether, 0.01 ether, carrier, address(0));
        request.terms.deliveryHours = uint16(inRange(deliveryHours, 1, MAX_DELIVERY_HOURS));
        request.terms.returnHours = uint16(inRange(returnHours, 1, MAX_RETURN_HOURS));
        (uint256 id, Order memory order) = _checkout(request);
        _accept(order);
        _pickup(order);
        uint40 deliveryDeadline = _deadline(id);
        uint40 windowEnd = deliveryDeadline + uint40(order.returnHours) * 1 hours;
        // Probe around either end of the window.
        uint40 pivot = offset % 2 == 0 ? deliveryDeadline : windowEnd;
        _warpAround(pivot, offset / 2);
        bool isEarly = block.timestamp <= deliveryDeadline;
        bool isLate = block.timestamp > windowEnd;

        uint256 state = vm.snapshotState();
        vm.prank(isBuyer ? buyer : merchant);
        if (isEarly) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, deliveryDeadline));
        else if (isLate) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlinePassed.selector, id, windowEnd));
        escrow.openDispute(order);
        vm.revertToState(state);

        if (!isLate) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, windowEnd));
        escrow.complete(order);
    }

    function test_openDispute_whileShipped_isAllowedOnlyInTheWindowAfterTheDeliveryDeadline() public {
        testFuzz_openDispute_whileShipped_isAllowedOnlyInTheWindowAfterTheDeliveryDeadline(
            DELIVERY_HOURS, RETURN_HOURS, 2, true
        );
        testFuzz_openDispute_whileShipped_isAllowedOnlyInTheWindowAfterTheDeliveryDeadline(
            DELIVERY_HOURS, RETURN_HOURS, 1, false
        );
    }

    function testFuzz_resolveTimedOut_isAllowedOnlyAfterTheDisputeDeadline(int256 offset) public {
        (uint256 id, Order memory order) = _checkoutFuzzed(1 ether, 0.01 ether, true, address(0));
        _dispute(id, order, true);
        uint40 deadline = _deadline(id);
        bool isInWindow = _warpAround(deadline, offset);

        if (isInWindow) vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, id, deadline));
        escrow.resolveTimedOut(order);
        OrderStatus status = escrow.orderFacts(id).status;
        OrderStatus expected = isInWindow ? OrderStatus.Disputed : OrderStatus.Resolved;
        assertEq(uint256(status), uint256(expected), "resolved iff late");
    }

    function test_resolveTimedOut_isAllowedOnlyAfterTheDisputeDeadline() public {
        testFuzz_resolveTimedOut_isAllowedOnlyAfterTheDisputeDeadline(0);
        testFuzz_resolveTimedOut_isAllowedOnlyAfterTheDisputeDeadline(1);
    }

    // ─── Flows ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Brings a carrier order to `Disputed`, opened by the buyer: after delivery (in the return window) or
    ///  while shipped (after the missed delivery deadline).
    function _dispute(uint256 id, Order memory order, bool isDelivered) internal {
        _prepareDispute(id, order, isDelivered);
        vm.prank(buyer);
        escrow.openDispute(order);
    }

    /// @notice Accepts and picks up a carrier order, then delivers it or lets its delivery deadline pass.
    function _prepareDispute(uint256 id, Order memory order, bool isDelivered) internal {
        _accept(order);
        _pickup(order);
        if (isDelivered) _deliver(order);
        else vm.warp(_deadline(id) + 1);
    }

    /// @param path 0 cancel, 1 decline, 2 expire unaccepted, 3 expire unshipped.
    function _refundDust(uint256 id, Order memory order, uint8 path) internal {
        if (path == 0) {
            vm.prank(buyer);
            escrow.cancel(order);
            return;
        }
        if (path == 1) {
            vm.prank(merchant);
            escrow.decline(order, "");
            return;
        }
        if (path == 3) _accept(order);
        vm.warp(_deadline(id) + 1);
        escrow.expire(order);
    }

    /// @param route As {testFuzz_completion_paysAmountToPayoutAndFeeToWhoEarnedIt}.
    function _completeDust(uint256 id, Order memory order, uint8 route) internal {
        if (route <= 4) _accept(order);
        if (route <= 3) _pickup(order);
        if (route <= 1) _deliver(order);
        if (route == 0) vm.warp(_deadline(id) + 1);
        if (route == 2) vm.warp(_deadline(id) + uint256(order.returnHours) * 1 hours + 1);
        if (route == 0 || route == 2) {
            escrow.complete(order);
        } else {
            vm.prank(buyer);
            escrow.release(order);
        }
    }

    /// @param way 0 settlement giving the buyer its wei, 1–3 mediator ruling 0–2, 4 timeout.
    function _resolveDust(uint256 id, Order memory order, uint8 way) internal {
        _dispute(id, order, way % 2 == 0);
        if (way == 0) {
            vm.prank(buyer);
            escrow.proposeSettlement(order, 1);
            vm.prank(merchant);
            escrow.acceptSettlement(order, 1);
        } else if (way <= 3) {
            uint256 disputeId = escrow.orderFacts(id).disputeId;
            vm.prank(mediatorAccount);
            mediator.giveOrderRuling(disputeId, order, way - 1);
        } else {
            vm.warp(_deadline(id) + 1);
            escrow.resolveTimedOut(order);
        }
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Places a fuzzed carrier order (amount ≥ 1) for the buyer, funding the buyer first.
    function _checkoutFuzzed(uint128 amount, uint128 fee, bool isEth, address arbitrator)
        internal
        returns (uint256, Order memory)
    {
        amount = uint128(inRange(amount, 1, MAX_AMOUNT));
        fee = uint128(inRange(fee, 0, MAX_AMOUNT));
        OrderRequest memory request = _request(isEth ? address(0) : address(leman), amount, fee, carrier, arbitrator);
        _fund(request);
        return _checkout(request);
    }

    function _ethRequest(uint128 amount, uint128 fee) internal returns (OrderRequest memory) {
        amount = uint128(inRange(amount, 1, MAX_AMOUNT));
        fee = uint128(inRange(fee, 0, MAX_AMOUNT));
        return _request(address(0), amount, fee, carrier, address(0));
    }

    /// @notice A request whose token, amount, fee, carrier and windows all derive from `entropy`.
    function _fuzzedRequest(uint256 entropy) internal returns (OrderRequest memory request) {
        bool isEth = entropy & 1 == 0;
        bool hasCarrier = entropy & 2 == 0;
        uint128 amount = uint128(inRange(uint256(keccak256(abi.encode(entropy, "amount"))), 1, MAX_AMOUNT));
        uint128 fee = hasCarrier ? uint128(inRange(uint256(keccak256(abi.encode(entropy, "fee"))), 0, MAX_AMOUNT)) : 0;
        address token = isEth ? address(0) : address(leman);
        request = _request(token, amount, fee, hasCarrier ? carrier : address(0), address(0));
        request.terms = ShopTerms({
            acceptHours: uint16(inRange(entropy >> 200, 1, MAX_ACCEPT_HOURS)),
            shipHours: SHIP_HOURS,
            deliveryHours: DELIVERY_HOURS,
            returnHours: RETURN_HOURS
        });
    }

    function _fund(OrderRequest memory request) internal {
        uint256 total = uint256(request.amount) + request.deliveryFee;
        if (request.token == address(0)) vm.deal(buyer, buyer.balance + total);
        else leman.mint(buyer, total);
    }

    /// @notice Warps to `deadline + offset` (offset bounded to ±3 days, never before now).
    /// @return isInWindow Whether the new time is at or before the deadline.
    function _warpAround(uint40 deadline, int256 offset) internal returns (bool isInWindow) {
        int256 bounded = int256(inRange(uint256(offset < 0 ? -(offset + 1) : offset), 0, 3 days));
        int256 target = int256(uint256(deadline)) + (offset < 0 ? -bounded - 1 : bounded);
        uint256 time = target < int256(block.timestamp) ? block.timestamp : uint256(target);
        vm.warp(time);
        return time <= deadline;
    }

    function _snapshot(Order memory order) internal {
        baseline = Receipts({
            buyer: _held(order.token, order.buyer),
            shop: _held(order.token, order.payout),
            carrier: _held(order.token, order.carrier)
        });
    }

    function _receipts(Order memory order) internal view returns (Receipts memory) {
        return Receipts({
            buyer: _held(order.token, order.buyer) - baseline.buyer,
            shop: _held(order.token, order.payout) - baseline.shop,
            carrier: _held(order.token, order.carrier) - baseline.carrier
        });
    }

    /// @notice Balance plus escrow credit: what an account holds or may withdraw.
    function _held(address token, address account) internal view returns (uint256) {
        return _balanceOf(token, account) + escrow.creditOf(account, token);
    }

    function _balanceOf(address token, address account) internal view returns (uint256) {
        return token == address(0) ? account.balance : IERC20(token).balanceOf(account);
    }

    function _deadline(uint256 id) internal view returns (uint40 deadline) {
        deadline = escrow.orderFacts(id).deadline;
    }

    function _after(uint16 hours_) internal view returns (uint40) {
        return uint40(block.timestamp + uint256(hours_) * 1 hours);
    }

    function _assertState(uint256 id, OrderStatus expected, uint40 expectedDeadline) internal view {
        OrderStatus status = escrow.orderFacts(id).status;
        uint40 deadline = escrow.orderFacts(id).deadline;
        assertEq(uint256(status), uint256(expected), "status");
        assertEq(deadline, expectedDeadline, "deadline");
    }

    function _single(OrderRequest memory request) internal pure returns (OrderRequest[] memory requests) {
        requests = new OrderRequest[](1);
        requests[0] = request;
    }
}
