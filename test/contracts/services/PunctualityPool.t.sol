// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {PunctualityPool} from "../../../contracts/services/PunctualityPool.sol";
import {IPunctualityPool} from "../../../contracts/services/interfaces/IPunctualityPool.sol";
import {Order, OrderRequest} from "../../../contracts/types/MarketTypes.sol";
import {FeeOnTransferToken} from "../mocks/tokens/FeeOnTransferToken.sol";
import {EscrowTestBase, RejectingReceiver} from "../utils/EscrowHelpers.sol";

/// @notice "On time, or N back", built only on `IEscrow`'s facts: a carrier's promise is paid to the buyer of an order
///  it delivered late with the buyer's code, from the carrier's own pool, by anyone's claim (docs/composing.md).
contract PunctualityPoolTest is EscrowTestBase {
    uint128 private constant PROMISE = 0.05 ether;
    uint256 private constant POOL = 1 ether;

    PunctualityPool private pool;

    function setUp() public override {
        super.setUp();
        pool = new PunctualityPool(escrow);
        leman.mint(carrier, 100 ether);
        vm.deal(carrier, 100 ether);
        vm.startPrank(carrier);
        leman.approve(address(pool), type(uint256).max);
        pool.fund(address(leman), POOL);
        pool.setPromise(address(leman), PROMISE);
        vm.stopPrank();
    }

    // ─── Claims ────────────────────────────────────────────────────────────────────────────────────────────

    function test_claim_paysTheBuyerThePromiseForALateDeliveryWithTheCode() public {
        (uint256 orderId, Order memory order) = _lateDelivery(address(leman));
        uint256 buyerBefore = leman.balanceOf(buyer);

        vm.expectEmit(address(pool));
        emit IPunctualityPool.LatenessCompensated(orderId, carrier, buyer, address(leman), PROMISE);
        vm.prank(stranger);
        pool.claim(orderId, order);

        assertEq(leman.balanceOf(buyer), buyerBefore + PROMISE, "the buyer got the promise");
        assertEq(pool.poolOf(carrier, address(leman)).balance, POOL - PROMISE, "from the carrier's pool");
        assertTrue(pool.isCompensated(orderId), "once");
    }

    function test_claim_atTheDeliveryDeadline_isNotLate() public {
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        _ship(orderId, order);
        vm.warp(_deadline(orderId));
        _deliver(order);

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NotLate.selector, orderId));
        pool.claim(orderId, order);
    }

    function test_claim_whenTheBuyerConfirmedReceiptLate_isNotLate() public {
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        _ship(orderId, order);
        vm.warp(_deadline(orderId) + 1 days);
        vm.prank(buyer);
        escrow.confirmReceipt(order);

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NotLate.selector, orderId));
        pool.claim(orderId, order);
    }

    function test_claim_ofAnOrderNeverShipped_isNotLate() public {
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NotLate.selector, orderId));
        pool.claim(orderId, order);
    }

    function test_claim_ofAnOrderWithoutCarrier_isNotLate() public {
        (uint256 orderId, Order memory order) = _checkout(_request(address(leman), AMOUNT, 0, address(0), address(0)));
        _ship(orderId, order);
        vm.warp(_deadline(orderId) + 1 days);
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NotLate.selector, orderId));
        pool.claim(orderId, order);
    }

    function test_claim_withTermsTheEscrowNeverSaw_reverts() public {
        (uint256 orderId, Order memory order) = _lateDelivery(address(leman));
        Order memory forged = _copy(order);
        forged.buyer = stranger;

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.UnknownOrder.selector, orderId));
        pool.claim(orderId, forged);
    }

    function test_claim_afterTheClaimWindow_reverts() public {
        (uint256 orderId, Order memory order) = _lateDelivery(address(leman));
        uint256 closedAt = uint256(escrow.orderFacts(orderId).deliveredAt) + pool.CLAIM_WINDOW();
        vm.warp(closedAt);
        uint256 snapshot = vm.snapshotState();
        pool.claim(orderId, order);
        vm.revertToState(snapshot);

        vm.warp(closedAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.ClaimWindowClosed.selector, orderId, closedAt));
        pool.claim(orderId, order);
    }

    function test_claim_twice_reverts() public {
        (uint256 orderId, Order memory order) = _lateDelivery(address(leman));
        pool.claim(orderId, order);

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.AlreadyCompensated.selector, orderId));
        pool.claim(orderId, order);
    }

    function test_claim_paysThePromiseInForceAtPayment_notALaterOne() public {
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        vm.warp(_now() + 1);
        vm.prank(carrier);
        pool.setPromise(address(leman), 1); // lowered under an order already paid
        _deliverLate(orderId, order);

        pool.claim(orderId, order);
        assertEq(pool.poolOf(carrier, address(leman)).balance, POOL - PROMISE, "the promise at payment");
        assertEq(pool.promiseAt(carrier, address(leman), _now()), 1, "the new promise for new orders");
    }

    function test_claim_withoutAPromiseAtPayment_reverts() public {
        vm.prank(carrier);
        pool.setPromise(address(leman), 0);
        vm.warp(_now() + 1);
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        vm.warp(_now() + 1);
        vm.prank(carrier);
        pool.setPromise(address(leman), PROMISE); // promised only after the payment
        _deliverLate(orderId, order);

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NoPromise.selector, carrier, address(leman)));
        pool.claim(orderId, order);
    }

    function test_claim_fromAnEmptyPool_reverts() public {
        vm.prank(carrier);
        pool.setPromise(address(0), PROMISE); // an ETH promise, never funded
        (uint256 orderId, Order memory order) = _lateDelivery(address(0));

        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.EmptyPool.selector, carrier, address(0)));
        pool.claim(orderId, order);
    }

    function test_claim_paysWhatThePoolHolds_whenBelowThePromise() public {
        vm.prank(carrier);
        pool.setPromise(address(leman), uint128(POOL) + 1);
        vm.warp(_now() + 1);
        (uint256 orderId, Order memory order) = _checkoutTokenWithCarrier();
        _deliverLate(orderId, order);
        uint256 buyerBefore = leman.balanceOf(buyer);

        pool.claim(orderId, order);
        assertEq(leman.balanceOf(buyer), buyerBefore + POOL, "all the pool held");
        assertEq(pool.poolOf(carrier, address(leman)).balance, 0);
    }

    function test_claim_inEth_toABuyerThatRefusesEth_isCreditedThenWithdrawn() public {
        vm.startPrank(carrier);
        pool.fund{value: POOL}(address(0), POOL);
        pool.setPromise(address(0), PROMISE);
        vm.stopPrank();
        vm.warp(_now() + 1);
        address refusing = address(new RejectingReceiver());
        vm.deal(refusing, 10 ether);
        (uint256 orderId, Order memory order) = _checkoutAs(refusing, address(0));
        _deliverLate(orderId, order);

        vm.expectEmit(address(pool));
        emit IPunctualityPool.PaymentCredited(refusing, address(0), PROMISE);
        pool.claim(orderId, order);
        assertEq(pool.creditOf(refusing, address(0)), PROMISE, "credited");

        vm.prank(refusing);
        vm.expectRevert(
            abi.encodeWithSelector(IPunctualityPool.TransferFailed.selector, refusing, address(0), PROMISE)
        );
        pool.withdrawCredit(address(0), refusing);

        vm.expectEmit(address(pool));
        emit IPunctualityPool.CreditWithdrawn(refusing, address(0), stranger, PROMISE);
        vm.prank(refusing);
        pool.withdrawCredit(address(0), stranger);
        assertEq(stranger.balance, PROMISE);
        assertEq(pool.creditOf(refusing, address(0)), 0);
    }

    function test_withdrawCredit_withNothingCredited_reverts() public {
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.NoCredit.selector, buyer, address(leman)));
        pool.withdrawCredit(address(leman), buyer);
    }

    // ─── Funding ───────────────────────────────────────────────────────────────────────────────────────────

    function test_fund_addsToThePool() public {
        vm.expectEmit(address(pool));
        emit IPunctualityPool.PoolFunded(carrier, address(leman), 2 ether, POOL + 2 ether);
        vm.prank(carrier);
        pool.fund(address(leman), 2 ether);
        assertEq(pool.poolOf(carrier, address(leman)).balance, POOL + 2 ether);
        assertEq(leman.balanceOf(address(pool)), POOL + 2 ether);
    }

    function test_fund_zero_reverts() public {
        vm.prank(carrier);
        vm.expectRevert(IPunctualityPool.ZeroAmount.selector);
        pool.fund(address(leman), 0);
    }

    function test_fund_ethWithAnotherValue_reverts() public {
        vm.prank(carrier);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.IncorrectPayment.selector, 1 ether, 0.5 ether));
        pool.fund{value: 0.5 ether}(address(0), 1 ether);
    }

    function test_fund_tokenWithValue_reverts() public {
        vm.prank(carrier);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.IncorrectPayment.selector, 0, 1));
        pool.fund{value: 1}(address(leman), 1 ether);
    }

    function test_fund_aboveUint128_reverts() public {
        vm.prank(carrier);
        vm.expectRevert(
            abi.encodeWithSelector(
                SafeCast.SafeCastOverflowedUintDowncast.selector, 128, uint256(type(uint128).max) + POOL
            )
        );
        pool.fund(address(leman), type(uint128).max);
    }

    function test_fund_feeOnTransferToken_reverts() public {
        FeeOnTransferToken skimming = new FeeOnTransferToken();
        skimming.mint(carrier, 100 ether);
        vm.startPrank(carrier);
        skimming.approve(address(pool), 100 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPunctualityPool.FeeOnTransferToken.selector, address(skimming), 100 ether, 99 ether
            )
        );
        pool.fund(address(skimming), 100 ether);
        vm.stopPrank();
    }

    // ─── Exit ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_withdraw_whileThePromiseStands_reverts() public {
        vm.prank(carrier);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.ExitNotReady.selector, carrier, address(leman), 0));
        pool.withdraw(address(leman), carrier, POOL);
    }

    function test_withdraw_onlyAfterThePromiseWasZeroForTheExitDelay() public {
        vm.prank(carrier);
        pool.setPromise(address(leman), 0);
        uint256 availableAt = _now() + pool.EXIT_DELAY();
        assertEq(pool.poolOf(carrier, address(leman)).promiseEndedAt, _now());

        vm.warp(availableAt - 1);
        vm.prank(carrier);
        vm.expectRevert(
            abi.encodeWithSelector(IPunctualityPool.ExitNotReady.selector, carrier, address(leman), availableAt)
        );
        pool.withdraw(address(leman), carrier, POOL);

        vm.warp(availableAt);
        vm.expectEmit(address(pool));
        emit IPunctualityPool.PoolWithdrawn(carrier, address(leman), stranger, 0.4 ether, POOL - 0.4 ether);
        vm.prank(carrier);
        pool.withdraw(address(leman), stranger, 0.4 ether);
        assertEq(leman.balanceOf(stranger), 0.4 ether);
    }

    function test_withdraw_moreThanThePool_reverts() public {
        _exitReady(address(leman));
        vm.prank(carrier);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.InsufficientPool.selector, POOL, POOL + 1));
        pool.withdraw(address(leman), carrier, POOL + 1);
    }

    function test_withdraw_ethToARefusingAddress_reverts() public {
        vm.prank(carrier);
        pool.fund{value: POOL}(address(0), POOL);
        _exitReady(address(0));
        address refusing = address(new RejectingReceiver());
        vm.prank(carrier);
        vm.expectRevert(abi.encodeWithSelector(IPunctualityPool.TransferFailed.selector, refusing, address(0), POOL));
        pool.withdraw(address(0), refusing, POOL);
    }

    function test_setPromise_again_reopensTheExit() public {
        vm.startPrank(carrier);
        pool.setPromise(address(leman), 0);
        vm.expectEmit(address(pool));
        emit IPunctualityPool.PromiseSet(carrier, address(leman), PROMISE);
        pool.setPromise(address(leman), PROMISE);
        vm.stopPrank();
        assertEq(pool.poolOf(carrier, address(leman)).promiseEndedAt, 0, "a standing promise locks the pool");
        assertEq(pool.poolOf(carrier, address(leman)).compensation, PROMISE);
    }

    // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────────────

    /// @dev A token order through the carrier, paid one second after the promise, delivered a day late with the code.
    function _lateDelivery(address token) private returns (uint256 orderId, Order memory order) {
        vm.warp(_now() + 1);
        (orderId, order) = _checkoutAs(buyer, token);
        _deliverLate(orderId, order);
    }

    /// @dev `buyer_` places an order of AMOUNT + FEE in `token` through the carrier, without arbitrator.
    function _checkoutAs(address buyer_, address token) private returns (uint256 orderId, Order memory order) {
        OrderRequest memory request = _request(token, AMOUNT, FEE, carrier, address(0));
        order = _orderFor(request, buyer_);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        orderId = _checkoutAll(requests, buyer_, token == address(0) ? uint256(AMOUNT) + FEE : 0)[0];
    }

    function _deliverLate(uint256 orderId, Order memory order) private {
        _ship(orderId, order);
        vm.warp(_deadline(orderId) + 1 hours);
        _deliver(order);
    }

    function _exitReady(address token) private {
        vm.prank(carrier);
        pool.setPromise(token, 0);
        vm.warp(_now() + pool.EXIT_DELAY());
    }
}
