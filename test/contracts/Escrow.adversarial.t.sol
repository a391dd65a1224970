// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderMoment, OrderRequest, OrderStatus, Resolution} from "../../contracts/types/MarketTypes.sol";
import {GasBurningReceiver} from "./mocks/receivers/GasBurningReceiver.sol";
import {ReentrantHook} from "./mocks/receivers/ReentrantHook.sol";
import {ReentrantReceiver} from "./mocks/receivers/ReentrantReceiver.sol";
import {ReturnBomb} from "./mocks/receivers/ReturnBomb.sol";
import {RevertingReceiver} from "./mocks/receivers/RevertingReceiver.sol";
import {BlocklistToken} from "./mocks/tokens/BlocklistToken.sol";
import {FalseReturningToken} from "./mocks/tokens/FalseReturningToken.sol";
import {FeeOnTransferToken} from "./mocks/tokens/FeeOnTransferToken.sol";
import {NoReturnToken} from "./mocks/tokens/NoReturnToken.sol";
import {ReentrantToken} from "./mocks/tokens/ReentrantToken.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @notice Hostile receivers, tokens and hooks against the escrow: each attack must leave every order's money where
///  the terms say (paid, or credited for withdrawal) and never block an order.
contract EscrowAdversarialTest is MarketFixture {
    uint128 internal constant AMOUNT = 1 ether;
    uint128 internal constant FEE = 0.01 ether;
    address internal vault = address(0x5AFE);

    bytes4 internal constant REENTRANCY_ERROR = ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector;

    // ─── Re-entrant ETH receivers ───────────────────────────────────────────────────────────────────────────

    function test_complete_creditsReentrantPayout_whenItsReentryReverts() public {
        ReentrantReceiver attacker = new ReentrantReceiver();
        attacker.arm(address(escrow), abi.encodeCall(IEscrow.withdraw, (address(0), address(attacker))), true);
        (uint256 id, Order memory order) = _checkoutAt(_shopPaying(address(attacker)), address(0), carrier);
        _deliverAndWait(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(attacker), address(0), AMOUNT);
        escrow.complete(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(address(attacker).balance, 0, "nothing pushed");
        assertEq(escrow.creditOf(address(attacker), address(0)), AMOUNT, "credited");
        assertEq(address(escrow).balance, AMOUNT, "escrow holds the credit");
    }

    function test_withdraw_refusesReentrantRecipient_andKeepsItsCredit() public {
        ReentrantReceiver attacker = _creditedReentrantPayout();
        vm.prank(address(attacker));
        vm.expectRevert(
            abi.encodeWithSelector(IEscrow.WithdrawalFailed.selector, address(attacker), address(0), uint256(AMOUNT))
        );
        escrow.withdraw(address(0), address(attacker));
        assertEq(escrow.creditOf(address(attacker), address(0)), AMOUNT, "credit kept");

        vm.prank(address(attacker));
        escrow.withdraw(address(0), vault);
        assertEq(vault.balance, AMOUNT, "withdrawn elsewhere");
        assertEq(escrow.creditOf(address(attacker), address(0)), 0, "credit spent");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_complete_blocksReentryIntoWithdraw_whenThePayoutSwallowsTheRevert() public {
        // The attacker already has a credit, so an unguarded withdraw would pay it a second time mid-payment.
        ReentrantReceiver attacker = _creditedReentrantPayout();
        attacker.arm(address(escrow), abi.encodeCall(IEscrow.withdraw, (address(0), address(attacker))), false);
        (uint256 id, Order memory order) = _checkoutAt(_shopPaying(address(attacker)), address(0), carrier);
        _deliverAndWait(id, order);

        escrow.complete(order);

        assertEq(address(attacker).balance, AMOUNT, "second order paid");
        assertEq(attacker.reentrySuccesses(), 0, "re-entry never succeeded");
        assertEq(attacker.lastReentryError(), REENTRANCY_ERROR, "blocked by the guard");
        assertEq(escrow.creditOf(address(attacker), address(0)), AMOUNT, "first credit untouched");
        assertEq(address(escrow).balance, AMOUNT, "escrow still holds that credit");
    }

    function test_confirmDelivery_creditsReentrantCarrier_andTheOrderMovesOn() public {
        ReentrantReceiver attacker = new ReentrantReceiver();
        attacker.arm(address(escrow), abi.encodeCall(IEscrow.withdraw, (address(0), address(attacker))), true);
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(0), address(attacker));
        _accept(order);
        vm.prank(address(attacker));
        escrow.confirmPickup(order);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(attacker), address(0), FEE);
        vm.prank(address(attacker));
        escrow.confirmDelivery(order, CODE);

        _assertStatus(id, OrderStatus.Delivered);
        assertEq(escrow.creditOf(address(attacker), address(0)), FEE, "fee credited");
        vm.warp(block.timestamp + uint256(RETURN_HOURS) * 1 hours + 1);
        escrow.complete(order);
        assertEq(payout.balance, AMOUNT, "shop paid");
        assertEq(address(escrow).balance, FEE, "only the carrier's credit remains");
    }

    function test_decline_creditsReentrantBuyer_whoWithdrawsElsewhere() public {
        ReentrantReceiver attacker = new ReentrantReceiver();
        attacker.arm(address(escrow), abi.encodeCall(IEscrow.withdraw, (address(0), address(attacker))), true);
        vm.deal(address(attacker), AMOUNT + FEE);
        OrderRequest memory request = _request(address(0), AMOUNT, FEE, carrier, address(0));
        Order memory order = _orderFor(request, address(attacker));
        uint256 id = _checkoutAs(address(attacker), request);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(attacker), address(0), AMOUNT + FEE);
        vm.prank(merchant);
        escrow.decline(order, "out of stock");

        _assertStatus(id, OrderStatus.Declined);
        vm.prank(address(attacker));
        escrow.withdraw(address(0), vault);
        assertEq(vault.balance, AMOUNT + FEE, "refund withdrawn");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    // ─── Re-entrant ERC-20 ──────────────────────────────────────────────────────────────────────────────────

    function test_checkout_revertsWhen_tokenReentersOnTransferFrom() public {
        ReentrantToken token = _reentrantToken();
        OrderRequest[] memory requests = _single(_request(address(token), AMOUNT, FEE, carrier, address(0)));
        token.arm(address(escrow), abi.encodeCall(IEscrow.checkout, (requests)), true);
        Order memory order = _orderFor(requests[0], buyer);

        vm.prank(buyer);
        vm.expectRevert(REENTRANCY_ERROR);
        escrow.checkout(requests);

        assertFalse(escrow.verifyOrder(orderIdOf(order), order), "no order opened");
        assertEq(token.balanceOf(address(escrow)), 0, "nothing pulled");
    }

    function test_checkout_holdsExactFunds_whenTokenSwallowsItsBlockedReentry() public {
        ReentrantToken token = _reentrantToken();
        OrderRequest[] memory requests = _single(_request(address(token), AMOUNT, FEE, carrier, address(0)));
        token.arm(address(escrow), abi.encodeCall(IEscrow.checkout, (requests)), false);

        vm.prank(buyer);
        uint256 id = escrow.checkout(requests)[0];

        assertEq(token.reentrySuccesses(), 0, "no nested checkout");
        assertEq(token.lastReentryError(), REENTRANCY_ERROR, "blocked by the guard");
        assertEq(token.balanceOf(address(escrow)), AMOUNT + FEE, "exact funds");
        _assertStatus(id, OrderStatus.Paid);
    }

    function test_complete_creditsPayout_whenTokenReentersCompleteOnTransfer() public {
        ReentrantToken token = _reentrantToken();
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        _deliverAndWait(id, order);
        // On paying the shop the token tries to complete the same order again (double payment).
        token.arm(address(escrow), abi.encodeCall(IEscrow.complete, (order)), true);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, payout, address(token), AMOUNT);
        escrow.complete(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(token.reentrySuccesses(), 0, "no second completion");
        assertEq(escrow.creditOf(payout, address(token)), AMOUNT, "credited once");
        assertEq(token.balanceOf(address(escrow)), AMOUNT, "escrow holds the credit");

        token.arm(address(0), "", false);
        vm.prank(payout);
        escrow.withdraw(address(token), payout);
        assertEq(token.balanceOf(payout), AMOUNT, "withdrawn");
        assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
    }

    // ─── Reverting and gas-burning receivers ────────────────────────────────────────────────────────────────

    function test_complete_creditsRevertingPayout_whoWithdrawsToAnotherAddress() public {
        RevertingReceiver wallet = new RevertingReceiver();
        (uint256 id, Order memory order) = _checkoutAt(_shopPaying(address(wallet)), address(0), carrier);
        _deliverAndWait(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(wallet), address(0), AMOUNT);
        escrow.complete(order);
        assertEq(escrow.creditOf(address(wallet), address(0)), AMOUNT, "credited");

        vm.expectEmit(address(escrow));
        emit IEscrow.CreditWithdrawn(address(wallet), address(0), vault, AMOUNT);
        vm.prank(address(wallet));
        escrow.withdraw(address(0), vault);

        assertEq(vault.balance, AMOUNT, "withdrawn");
        assertEq(escrow.creditOf(address(wallet), address(0)), 0, "credit spent");
        vm.prank(address(wallet));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NothingToWithdraw.selector, address(wallet), address(0)));
        escrow.withdraw(address(0), vault);
    }

    function test_expire_creditsRevertingBuyer() public {
        RevertingReceiver wallet = new RevertingReceiver();
        vm.deal(address(wallet), AMOUNT + FEE);
        OrderRequest memory request = _request(address(0), AMOUNT, FEE, carrier, address(0));
        Order memory order = _orderFor(request, address(wallet));
        uint256 id = _checkoutAs(address(wallet), request);
        vm.warp(block.timestamp + uint256(ACCEPT_HOURS) * 1 hours + 1);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(wallet), address(0), AMOUNT + FEE);
        vm.prank(stranger);
        escrow.expire(order);

        _assertStatus(id, OrderStatus.Expired);
        assertEq(escrow.creditOf(address(wallet), address(0)), AMOUNT + FEE, "refund credited");
    }

    function test_complete_creditsGasBurningPayout_withinANormalGasLimit() public {
        GasBurningReceiver burner = new GasBurningReceiver();
        (uint256 id, Order memory order) = _checkoutAt(_shopPaying(address(burner)), address(0), carrier);
        _deliverAndWait(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, address(burner), address(0), AMOUNT);
        escrow.complete{gas: 200_000}(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(escrow.creditOf(address(burner), address(0)), AMOUNT, "credited");
    }

    function test_confirmDelivery_creditsGasBurningCarrier_withinANormalGasLimit() public {
        GasBurningReceiver burner = new GasBurningReceiver();
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(0), address(burner));
        _accept(order);
        vm.prank(address(burner));
        escrow.confirmPickup(order);

        vm.prank(address(burner));
        escrow.confirmDelivery{gas: 200_000}(order, CODE);

        _assertStatus(id, OrderStatus.Delivered);
        assertEq(escrow.creditOf(address(burner), address(0)), FEE, "fee credited");
    }

    // ─── Non-standard tokens ────────────────────────────────────────────────────────────────────────────────

    function test_checkout_revertsWhen_tokenTakesAFeeOnTransfer() public {
        FeeOnTransferToken token = new FeeOnTransferToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        uint256 total = uint256(AMOUNT) + FEE;
        OrderRequest[] memory requests = _single(_request(address(token), AMOUNT, FEE, carrier, address(0)));

        uint256 received = total - token.feeOf(total);

        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.FeeOnTransferToken.selector, address(token), total, received));
        escrow.checkout(requests);
    }

    function test_lifecycle_paysShopAndCarrier_withTokenReturningNothing() public {
        NoReturnToken token = new NoReturnToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        assertEq(token.balanceOf(address(escrow)), AMOUNT + FEE, "pulled");

        _deliverAndWait(id, order);
        escrow.complete(order);

        assertEq(token.balanceOf(payout), AMOUNT, "shop paid");
        assertEq(token.balanceOf(carrier), FEE, "carrier paid");
        assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
        assertEq(escrow.creditOf(payout, address(token)), 0, "nothing credited");
    }

    function test_cancel_refundsBuyer_withTokenReturningNothing() public {
        NoReturnToken token = new NoReturnToken();
        token.mint(buyer, AMOUNT + FEE);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);

        vm.prank(buyer);
        escrow.cancel(order);

        assertEq(token.balanceOf(buyer), AMOUNT + FEE, "refunded");
        assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_complete_creditsEveryPayment_whenTokenTransferReturnsFalse() public {
        FalseReturningToken token = new FalseReturningToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        token.setRefusingTransfers(true);

        _deliverAndWait(id, order);
        escrow.complete(order);

        assertEq(escrow.creditOf(carrier, address(token)), FEE, "fee credited");
        assertEq(escrow.creditOf(payout, address(token)), AMOUNT, "amount credited");
        assertEq(token.balanceOf(address(escrow)), AMOUNT + FEE, "escrow still holds both");
    }

    function test_withdraw_revertsAndKeepsCredit_whenTokenTransferReturnsFalse() public {
        FalseReturningToken token = new FalseReturningToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        token.setRefusingTransfers(true);
        _deliverAndWait(id, order);
        escrow.complete(order);

        vm.prank(payout);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.WithdrawalFailed.selector, vault, address(token), AMOUNT));
        escrow.withdraw(address(token), vault);
        assertEq(escrow.creditOf(payout, address(token)), AMOUNT, "credit kept");

        token.setRefusingTransfers(false);
        vm.prank(payout);
        escrow.withdraw(address(token), vault);
        assertEq(token.balanceOf(vault), AMOUNT, "withdrawn once the token works");
        assertEq(escrow.creditOf(payout, address(token)), 0, "credit spent");
    }

    function test_complete_creditsBlocklistedPayout_whoWithdrawsToAnotherAddress() public {
        BlocklistToken token = _blocklistToken();
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        token.setBlocked(payout, true);
        _deliverAndWait(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.PaymentCredited(id, payout, address(token), AMOUNT);
        escrow.complete(order);
        assertEq(token.balanceOf(carrier), FEE, "carrier paid");

        vm.prank(payout);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.WithdrawalFailed.selector, payout, address(token), AMOUNT));
        escrow.withdraw(address(token), payout);

        vm.prank(payout);
        escrow.withdraw(address(token), vault);
        assertEq(token.balanceOf(vault), AMOUNT, "withdrawn elsewhere");
        assertEq(token.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function test_decline_creditsBlocklistedBuyer() public {
        BlocklistToken token = _blocklistToken();
        (uint256 id, Order memory order) = _checkoutAt(shopId, address(token), carrier);
        token.setBlocked(buyer, true);

        vm.prank(merchant);
        escrow.decline(order, "closed for holidays");

        _assertStatus(id, OrderStatus.Declined);
        assertEq(escrow.creditOf(buyer, address(token)), AMOUNT + FEE, "refund credited");
        assertEq(token.balanceOf(address(escrow)), AMOUNT + FEE, "escrow holds the credit");
    }

    // ─── Dust ───────────────────────────────────────────────────────────────────────────────────────────────

    function test_complete_creditsAndWithdrawsOneWei_toRevertingPayout() public {
        RevertingReceiver wallet = new RevertingReceiver();
        uint256 shop = _shopPaying(address(wallet));
        (uint256 id, Order memory order) = _checkout(_requestAt(shop, address(0), 1, 1, carrier));
        uint256 carrierBefore = carrier.balance;
        _deliverAndWait(id, order);
        escrow.complete(order);

        assertEq(carrier.balance - carrierBefore, 1, "carrier got its wei");
        assertEq(escrow.creditOf(address(wallet), address(0)), 1, "shop's wei credited");
        vm.prank(address(wallet));
        escrow.withdraw(address(0), vault);
        assertEq(vault.balance, 1, "wei withdrawn");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_refusedRuling_givesTheOddWeiOfADustOrderToTheShop() public {
        (uint256 id, Order memory order) = _checkout(_request(address(0), 1, 1, carrier, address(mediator)));
        _accept(order);
        _pickup(order);
        vm.warp(block.timestamp + uint256(DELIVERY_HOURS) * 1 hours + 1);
        vm.prank(buyer);
        escrow.openDispute(order);
        uint256 buyerBefore = buyer.balance;
        uint256 payoutBefore = payout.balance;

        uint256 disputeId = escrow.orderFacts(id).disputeId;
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(disputeId, order, 0);

        assertEq(buyer.balance - buyerBefore, 1, "buyer gets the unpaid fee and half of 1 wei (0)");
        assertEq(payout.balance - payoutBefore, 1, "shop gets the odd wei");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    // ─── Completion hook ────────────────────────────────────────────────────────────────────────────────────

    function test_complete_keepsThePayment_whenTheHookReentersTheEscrow() public {
        ReentrantHook hook = new ReentrantHook();
        vm.prank(merchant);
        registry.setOrderHook(shopId, address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _deliverAndWait(id, order);
        hook.arm(address(escrow), abi.encodeCall(IEscrow.complete, (order)), true);

        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(id, address(hook), OrderMoment.Completed);
        escrow.complete(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(payout.balance, AMOUNT, "paid exactly once");
        assertEq(hook.completedOrders(), 0, "the hook's own effects were rolled back");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function test_complete_blocksHookReentry_whenTheHookSwallowsTheRevert() public {
        ReentrantHook hook = new ReentrantHook();
        vm.prank(merchant);
        registry.setOrderHook(shopId, address(hook));
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _deliverAndWait(id, order);
        hook.arm(address(escrow), abi.encodeCall(IEscrow.complete, (order)), false);

        escrow.complete(order);

        assertEq(hook.completedOrders(), 1, "hook ran");
        assertEq(hook.reentrySuccesses(), 0, "no second completion");
        assertEq(hook.lastReentryError(), REENTRANCY_ERROR, "blocked by the guard");
        assertEq(payout.balance, AMOUNT, "paid exactly once");
    }

    function test_complete_paysAReturnBombPayoutAndHook_withinANormalGasLimit() public {
        ReturnBomb bomb = new ReturnBomb();
        uint256 shop = _shopPaying(address(bomb));
        vm.prank(merchant);
        registry.setOrderHook(shop, address(bomb));
        (uint256 id, Order memory order) = _checkoutAt(shop, address(0), carrier);
        _deliverAndWait(id, order);

        // 550,000: the hook's 400,000 and the payout's 50,000 with room for the coverage build's instrumentation.
        escrow.complete{gas: 550_000}(order);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(address(bomb).balance, AMOUNT, "paid despite the returned payload");
    }

    // ─── Fake tokens ────────────────────────────────────────────────────────────────────────────────────────

    function test_checkout_revertsWhen_theTokenHasNoCode() public {
        address fakeToken = address(0xFA4E);
        OrderRequest[] memory requests = _single(_request(fakeToken, AMOUNT, FEE, carrier, address(0)));
        Order memory order = _orderFor(requests[0], buyer);

        vm.prank(buyer);
        vm.expectRevert();
        escrow.checkout(requests);

        assertFalse(escrow.verifyOrder(orderIdOf(order), order), "no order funded by nothing");
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _shopPaying(address payout_) internal returns (uint256) {
        return _registerShop(merchant, payout_);
    }

    /// @notice Checks out AMOUNT + FEE in `token` as `buyer` at `shop`, delivered by `carrier_`, no arbitrator.
    function _checkoutAt(uint256 shop, address token, address carrier_) internal returns (uint256, Order memory) {
        return _checkout(_requestAt(shop, token, AMOUNT, FEE, carrier_));
    }

    /// @notice `_request` for another shop than the fixture's, with that shop's payout, hook and terms.
    function _requestAt(uint256 shop, address token, uint128 amount, uint128 fee, address carrier_)
        internal
        returns (OrderRequest memory request)
    {
        request = _request(token, amount, fee, carrier_, address(0));
        request.shopId = shop;
        (request.payout, request.terms, request.hook) = registry.checkoutTerms(shop);
    }

    function _checkoutAs(address buyer_, OrderRequest memory request) internal returns (uint256) {
        uint256 value = request.token == address(0) ? uint256(request.amount) + request.deliveryFee : 0;
        vm.prank(buyer_);
        return escrow.checkout{value: value}(_single(request))[0];
    }

    /// @notice Accept, pickup and delivery by the fixture's merchant and carrier, then past the return window.
    function _deliverAndWait(uint256 id, Order memory order) internal {
        _accept(order);
        _pickup(order);
        _deliver(order);
        vm.warp(block.timestamp + uint256(order.returnHours) * 1 hours + 1);
    }

    /// @notice A reentrant payout holding a 1 ether credit from a completed order.
    function _creditedReentrantPayout() internal returns (ReentrantReceiver attacker) {
        attacker = new ReentrantReceiver();
        attacker.arm(address(escrow), abi.encodeCall(IEscrow.withdraw, (address(0), address(attacker))), true);
        (uint256 id, Order memory order) = _checkoutAt(_shopPaying(address(attacker)), address(0), carrier);
        _deliverAndWait(id, order);
        escrow.complete(order);
    }

    function _reentrantToken() internal returns (ReentrantToken token) {
        token = new ReentrantToken();
        _approveEscrow(IERC20(address(token)));
        token.mint(buyer, 10 ether);
    }

    function _blocklistToken() internal returns (BlocklistToken token) {
        token = new BlocklistToken();
        _approveEscrow(IERC20(address(token)));
        token.mint(buyer, 10 ether);
    }

    function _approveEscrow(IERC20 token) internal {
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
    }

    function _single(OrderRequest memory request) internal pure returns (OrderRequest[] memory requests) {
        requests = new OrderRequest[](1);
        requests[0] = request;
    }

    function _assertStatus(uint256 id, OrderStatus expected) internal view {
        OrderStatus status = escrow.orderFacts(id).status;
        assertEq(uint256(status), uint256(expected), "status");
    }
}
