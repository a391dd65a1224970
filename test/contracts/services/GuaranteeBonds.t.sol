// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../../contracts/libraries/PackedOrder.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IArbitrable} from "../../../contracts/interfaces/IArbitrable.sol";
import {IArbitrator} from "../../../contracts/interfaces/IArbitrator.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {IGuaranteeBonds} from "../../../contracts/services/interfaces/IGuaranteeBonds.sol";
import {Order, OrderMoment, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {ReentrantReceiver} from "../mocks/receivers/ReentrantReceiver.sol";
import {RevertingReceiver} from "../mocks/receivers/RevertingReceiver.sol";
import {BlocklistToken} from "../mocks/tokens/BlocklistToken.sol";
import {FeeOnTransferToken} from "../mocks/tokens/FeeOnTransferToken.sol";
import {ConfigurableArbitrator} from "./mocks/ConfigurableArbitrator.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Unit tests of {GuaranteeBonds}: every function's effects and every "Reverts if" bullet.
contract GuaranteeBondsTest is ServicesFixture {
    uint40 internal constant PERIOD = 730 days;
    uint128 internal constant INITIAL_BOND = 5 ether;

    function setUp() public override {
        super.setUp();
        vm.deal(merchant, 1_000 ether);
        leman.mint(merchant, 1_000_000 ether);
        vm.startPrank(merchant);
        leman.approve(address(bonds), type(uint256).max);
        bonds.setWarrantyPeriod(shopId, address(0), PERIOD);
        bonds.setWarrantyPeriod(shopId, address(leman), PERIOD);
        bonds.deposit{value: INITIAL_BOND}(shopId, address(0), INITIAL_BOND);
        vm.stopPrank();
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A completed 1 ether order of the fixture's buyer, registered by the shop: warranty running.
    function _coveredOrder() internal returns (uint256 orderId, Order memory order) {
        (orderId, order) = _completedEthOrder();
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    function _fileClaim(uint256 orderId, Order memory order, uint128 amount) internal returns (uint256 disputeId) {
        vm.prank(order.buyer);
        bonds.fileClaim(orderId, order, amount, EVIDENCE_CID);
        return bonds.claimOf(orderId).disputeId;
    }

    function _mediatorRules(uint256 disputeId, uint256 ruling) internal {
        vm.prank(mediatorAccount);
        mediator.giveRuling(disputeId, ruling);
    }

    function _announce(address token, uint256 amount) internal returns (uint40 withdrawableAt) {
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, token, amount);
        return bonds.bondOf(shopId, token).withdrawableAt;
    }

    // ─── setWarrantyPeriod ──────────────────────────────────────────────────────────────────────────────────

    function test_setWarrantyPeriod_recordsPeriodAndEmits() public {
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.WarrantyPeriodSet(shopId, address(0), 365 days);
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), 365 days);
        assertEq(bonds.bondOf(shopId, address(0)).warrantyPeriod, 365 days, "period");
    }

    function test_setWarrantyPeriod_acceptsTheMaximum() public {
        uint40 maximum = bonds.MAX_WARRANTY_PERIOD();
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), maximum);
        assertEq(bonds.bondOf(shopId, address(0)).warrantyPeriod, maximum, "period");
    }

    function test_setWarrantyPeriod_keepsTheEndOfOrdersAlreadyCovered() public {
        (uint256 orderId,) = _coveredOrder();
        uint40 endsAt = bonds.warrantyEndOf(orderId);
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), 1 days);
        assertEq(bonds.warrantyEndOf(orderId), endsAt, "warranty end unchanged");
    }

    function test_setWarrantyPeriod_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        bonds.setWarrantyPeriod(shopId, address(0), 1 days);
    }

    function test_setWarrantyPeriod_revertsWhen_periodExceedsMaximum() public {
        uint40 maximum = bonds.MAX_WARRANTY_PERIOD();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidWarrantyPeriod.selector, maximum + 1, maximum));
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), maximum + 1);
    }

    // ─── deposit ────────────────────────────────────────────────────────────────────────────────────────────

    function test_deposit_addsEthToTheBond() public {
        uint256 merchantBefore = merchant.balance;
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.BondDeposited(shopId, address(0), merchant, 2 ether, INITIAL_BOND + 2 ether);
        vm.prank(merchant);
        bonds.deposit{value: 2 ether}(shopId, address(0), 2 ether);
        assertEq(bonds.bondOf(shopId, address(0)).balance, INITIAL_BOND + 2 ether, "bond balance");
        assertEq(address(bonds).balance, INITIAL_BOND + 2 ether, "contract holds it");
        assertEq(merchant.balance, merchantBefore - 2 ether, "merchant paid");
    }

    function test_deposit_pullsAnErc20() public {
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.BondDeposited(shopId, address(leman), merchant, 300 ether, 300 ether);
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), 300 ether);
        assertEq(bonds.bondOf(shopId, address(leman)).balance, 300 ether, "bond balance");
        assertEq(leman.balanceOf(address(bonds)), 300 ether, "contract holds it");
        assertEq(bonds.bondOf(shopId, address(0)).balance, INITIAL_BOND, "the ETH bond is another bond");
    }

    function test_deposit_acceptsAnApprovedOperator() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        vm.deal(operator, 1 ether);
        vm.prank(operator);
        bonds.deposit{value: 1 ether}(shopId, address(0), 1 ether);
        assertEq(bonds.bondOf(shopId, address(0)).balance, INITIAL_BOND + 1 ether, "bond balance");
    }

    function test_deposit_revertsWhen_callerIsNotManager() public {
        vm.deal(stranger, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        bonds.deposit{value: 1 ether}(shopId, address(0), 1 ether);
    }

    function test_deposit_revertsWhen_amountIsZero() public {
        vm.expectRevert(IGuaranteeBonds.ZeroAmount.selector);
        vm.prank(merchant);
        bonds.deposit(shopId, address(0), 0);
    }

    function test_deposit_revertsWhen_ethValueDiffersFromAmount() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.IncorrectPayment.selector, 2 ether, 1 ether));
        vm.prank(merchant);
        bonds.deposit{value: 1 ether}(shopId, address(0), 2 ether);
    }

    function test_deposit_revertsWhen_ethIsSentWithAnErc20() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.IncorrectPayment.selector, 0, 1 ether));
        vm.prank(merchant);
        bonds.deposit{value: 1 ether}(shopId, address(leman), 1 ether);
    }

    function test_deposit_revertsWhen_tokenTakesAFee() public {
        FeeOnTransferToken token = new FeeOnTransferToken();
        token.mint(merchant, 100 ether);
        vm.prank(merchant);
        token.approve(address(bonds), 100 ether);
        uint256 fee = token.feeOf(100 ether);
        bytes memory expected = abi.encodeWithSelector(
            IGuaranteeBonds.FeeOnTransferToken.selector, address(token), 100 ether, 100 ether - fee
        );
        vm.expectRevert(expected);
        vm.prank(merchant);
        bonds.deposit(shopId, address(token), 100 ether);
    }

    function test_deposit_revertsWhen_balanceWouldExceedUint96() public {
        leman.mint(merchant, uint256(type(uint96).max));
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), type(uint96).max);
        uint256 overflowing = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 96, overflowing));
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), 1);
    }

    // ─── announceWithdrawal ─────────────────────────────────────────────────────────────────────────────────

    function test_announceWithdrawal_startsTheNotice() public {
        uint40 expectedAt = uint40(block.timestamp) + bonds.WITHDRAWAL_NOTICE();
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.WithdrawalAnnounced(shopId, address(0), 3 ether, expectedAt);
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, address(0), 3 ether);
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(bond.announcedAmount, 3 ether, "announced");
        assertEq(bond.withdrawableAt, expectedAt, "withdrawable at");
    }

    function test_announceWithdrawal_replacesThePreviousOneAndRestartsTheNotice() public {
        _announce(address(0), 3 ether);
        vm.warp(block.timestamp + 10 days);
        uint40 withdrawableAt = _announce(address(0), 1 ether);
        assertEq(withdrawableAt, uint40(block.timestamp) + bonds.WITHDRAWAL_NOTICE(), "notice restarted");
        assertEq(bonds.bondOf(shopId, address(0)).announcedAmount, 1 ether, "replaced");
    }

    function test_announceWithdrawal_withZeroCancels() public {
        _announce(address(0), 3 ether);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.WithdrawalAnnounced(shopId, address(0), 0, 0);
        uint40 withdrawableAt = _announce(address(0), 0);
        assertEq(withdrawableAt, 0, "no date");
        assertEq(bonds.bondOf(shopId, address(0)).announcedAmount, 0, "cancelled");
    }

    function test_announceWithdrawal_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        bonds.announceWithdrawal(shopId, address(0), 1 ether);
    }

    function test_announceWithdrawal_revertsWhen_amountExceedsUint128() public {
        uint256 amount = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 128, amount));
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, address(0), amount);
    }

    // ─── withdraw ───────────────────────────────────────────────────────────────────────────────────────────

    function test_withdraw_paysTheAnnouncedAmountAfterTheNotice() public {
        uint40 withdrawableAt = _announce(address(0), 3 ether);
        vm.warp(withdrawableAt);
        address to = address(0x7E57);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.BondWithdrawn(shopId, address(0), to, 3 ether, INITIAL_BOND - 3 ether);
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), to);
        assertEq(to.balance, 3 ether, "paid");
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(bond.balance, INITIAL_BOND - 3 ether, "bond balance");
        assertEq(bond.announcedAmount, 0, "announcement used up");
        assertEq(bond.withdrawableAt, 0, "no date left");
    }

    function test_withdraw_paysAnErc20() public {
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), 300 ether);
        vm.warp(_announce(address(leman), 100 ether));
        vm.prank(merchant);
        bonds.withdraw(shopId, address(leman), payout);
        assertEq(leman.balanceOf(payout), 100 ether, "paid");
        assertEq(bonds.bondOf(shopId, address(leman)).balance, 200 ether, "bond balance");
    }

    function test_withdraw_isCappedAtTheFreeCollateral() public {
        uint40 withdrawableAt = _announce(address(0), INITIAL_BOND);
        (uint256 orderId, Order memory order) = _coveredOrder();
        _fileClaim(orderId, order, 1 ether);
        vm.warp(withdrawableAt);
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(bond.balance, 1 ether, "the claimed amount stays");
        assertEq(bond.locked, 1 ether, "still locked");
    }

    function test_withdraw_cannotTakeCollateralLockedByAClaimFiledDuringTheNotice() public {
        uint40 withdrawableAt = _announce(address(0), INITIAL_BOND);
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.warp(withdrawableAt - 1);
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        vm.warp(withdrawableAt);
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
        uint256 buyerBefore = buyer.balance;
        _mediatorRules(disputeId, 1);
        assertEq(buyer.balance, buyerBefore + 1 ether, "the claim is still paid in full");
        assertEq(bonds.bondOf(shopId, address(0)).balance, 0, "bond emptied only by the claim");
    }

    function test_withdraw_revertsWhen_callerIsNotManager() public {
        vm.warp(_announce(address(0), 1 ether));
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        bonds.withdraw(shopId, address(0), stranger);
    }

    function test_withdraw_revertsWhen_noWithdrawalIsAnnounced() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoWithdrawalAnnounced.selector, shopId, address(0)));
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
    }

    function test_withdraw_revertsWhen_theAnnouncementWasUsedUp() public {
        vm.warp(_announce(address(0), 1 ether));
        vm.startPrank(merchant);
        bonds.withdraw(shopId, address(0), payout);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoWithdrawalAnnounced.selector, shopId, address(0)));
        bonds.withdraw(shopId, address(0), payout);
        vm.stopPrank();
    }

    function test_withdraw_revertsWhen_theNoticeIsRunning() public {
        uint40 withdrawableAt = _announce(address(0), 1 ether);
        vm.warp(withdrawableAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.WithdrawalNotReady.selector, shopId, address(0), withdrawableAt)
        );
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
    }

    function test_withdraw_isAllowedUntilTheEndOfTheWindow() public {
        uint40 withdrawableAt = _announce(address(0), 1 ether);
        vm.warp(withdrawableAt + bonds.WITHDRAWAL_WINDOW());
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
        assertEq(bonds.bondOf(shopId, address(0)).balance, INITIAL_BOND - 1 ether, "withdrawn");
    }

    function test_withdraw_revertsWhen_theWindowClosed() public {
        uint40 withdrawableAt = _announce(address(0), 1 ether);
        uint40 closedAt = withdrawableAt + bonds.WITHDRAWAL_WINDOW();
        vm.warp(closedAt + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.WithdrawalWindowClosed.selector, shopId, address(0), closedAt)
        );
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
    }

    function test_withdraw_revertsWhen_everythingIsLocked() public {
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(0), INITIAL_BOND, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        _fileClaim(orderId, order, INITIAL_BOND);
        vm.warp(_announce(address(0), 1 ether));
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NothingToWithdraw.selector, shopId, address(0)));
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), payout);
    }

    function test_withdraw_revertsWhen_theTransferFails() public {
        RevertingReceiver receiver = new RevertingReceiver();
        vm.warp(_announce(address(0), 1 ether));
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.WithdrawalFailed.selector, address(receiver), address(0), 1 ether)
        );
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), address(receiver));
    }

    // ─── registerOrder ──────────────────────────────────────────────────────────────────────────────────────

    function test_registerOrder_startsTheWarrantyOfACompletedAcceptedOrder() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        uint40 endsAt = uint40(block.timestamp) + PERIOD;
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.WarrantyStarted(orderId, shopId, buyer, address(0), endsAt);
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        assertEq(bonds.warrantyEndOf(orderId), endsAt, "warranty end");
    }

    function test_registerOrder_byAnyone_countsTheWarrantyFromTheCompletion() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        uint40 completedAt = escrow.orderFacts(orderId).closedAt;
        vm.warp(uint256(completedAt) + 100 days);
        vm.prank(buyer);
        bonds.registerOrder(orderId, order);
        assertEq(bonds.warrantyEndOf(orderId), completedAt + PERIOD, "registering late stretches nothing");
    }

    function test_registerOrder_acceptsTheLastSecondOfTheWarranty() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        uint40 endsAt = uint40(block.timestamp) + PERIOD;
        vm.warp(endsAt);
        vm.prank(stranger);
        bonds.registerOrder(orderId, order);
        assertEq(bonds.warrantyEndOf(orderId), endsAt, "covered until its end");
    }

    function test_registerOrder_revertsWhen_theWarrantyIsAlreadyOver() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        uint40 endsAt = uint40(block.timestamp) + PERIOD;
        vm.warp(endsAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.WarrantyOver.selector, orderId, endsAt));
        vm.prank(stranger);
        bonds.registerOrder(orderId, order);
    }

    function test_registerOrder_revertsWhen_theOrderIsUnknown() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        order.amount = 100 ether;
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.UnknownOrder.selector, orderId));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    function test_registerOrder_revertsWhen_theOrderIsNotCompleted() public {
        (uint256 orderId, Order memory order) = _placeOrder(buyer, address(0), 1 ether, address(mediator));
        _accept(order);
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.OrderNotCompleted.selector, orderId, OrderStatus.Accepted)
        );
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    function test_registerOrder_revertsWhen_theShopNeverAcceptedTheOrder() public {
        (uint256 orderId, Order memory order) = _releasedUnacceptedOrder(buyer, address(0), 1 ether, address(mediator));
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopAccepted.selector, orderId));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    function test_registerOrder_revertsWhen_theWarrantyAlreadyStarted() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.AlreadyCovered.selector, orderId));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    function test_registerOrder_revertsWhen_theBondGivesNoWarranty() public {
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), 0);
        (uint256 orderId, Order memory order) = _completedEthOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoWarranty.selector, shopId, address(0)));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
    }

    // ─── onOrderCompleted ───────────────────────────────────────────────────────────────────────────────────

    function test_onOrderCompleted_startsTheWarrantyAtTheCompletion() public {
        _setHook(address(bonds));
        (uint256 orderId, Order memory order) = _placeOrder(buyer, address(0), 1 ether, address(mediator));
        _accept(order);
        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.WarrantyStarted(orderId, shopId, buyer, address(0), uint40(block.timestamp) + PERIOD);
        vm.prank(buyer);
        escrow.release(order);
        assertEq(bonds.warrantyEndOf(orderId), uint40(block.timestamp) + PERIOD, "warranty end");
    }

    function test_onOrderCompleted_failureNeverBlocksThePayment() public {
        _setHook(address(bonds));
        (uint256 orderId, Order memory order) = _placeOrder(buyer, address(0), 1 ether, address(mediator));
        uint256 payoutBefore = payout.balance;
        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(orderId, address(bonds), OrderMoment.Completed);
        vm.prank(buyer);
        escrow.release(order);
        assertEq(payout.balance, payoutBefore + 1 ether, "the shop was paid");
        assertEq(bonds.warrantyEndOf(orderId), 0, "no warranty for an order the shop never accepted");
    }

    function test_onOrderCompleted_fromAnyCallerChecksTheEscrowsFacts() public {
        (uint256 orderId, Order memory order) = _placeOrder(buyer, address(0), 1 ether, address(mediator));
        _accept(order);
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.OrderNotCompleted.selector, orderId, OrderStatus.Accepted)
        );
        vm.prank(stranger);
        bonds.onOrderCompleted(orderId, order);
        Order memory forged = _copyOrder(order);
        forged.amount = 100 ether;
        uint256 forgedId = orderIdOf(forged);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.UnknownOrder.selector, forgedId));
        vm.prank(stranger);
        bonds.onOrderCompleted(forgedId, forged);
    }

    function test_otherMoments_startNoWarranty() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        bonds.onOrderDelivered(orderId, order);
        bonds.onDisputeResolved(orderId, order, 0, order.amount);
        assertEq(bonds.warrantyEndOf(orderId), 0, "only completion starts a warranty");
    }

    function test_onOrderCompleted_revertsWhen_theShopNeverAcceptedTheOrder() public {
        (uint256 orderId, Order memory order) = _releasedUnacceptedOrder(buyer, address(0), 1 ether, address(mediator));
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotShopAccepted.selector, orderId));
        vm.prank(address(escrow));
        bonds.onOrderCompleted(orderId, order);
    }

    function test_onOrderCompleted_revertsWhen_theBondGivesNoWarranty() public {
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(leman), 0);
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(leman), 1 ether, address(mediator));
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoWarranty.selector, shopId, address(leman)));
        vm.prank(address(escrow));
        bonds.onOrderCompleted(orderId, order);
    }

    function _copyOrder(Order memory order) private pure returns (Order memory) {
        return abi.decode(abi.encode(order), (Order));
    }

    // ─── fileClaim ──────────────────────────────────────────────────────────────────────────────────────────

    function test_fileClaim_locksTheAmountAndCreatesTheDispute() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 expectedDisputeId = mediator.disputeCount();
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.ClaimFiled(
            orderId, shopId, buyer, address(0), 0.4 ether, address(mediator), expectedDisputeId, EVIDENCE_CID
        );
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 0.4 ether, EVIDENCE_CID);

        IGuaranteeBonds.Claim memory claim = bonds.claimOf(orderId);
        assertEq(uint8(claim.status), uint8(IGuaranteeBonds.ClaimStatus.Open), "open");
        assertEq(claim.buyer, buyer, "buyer");
        assertEq(claim.amount, 0.4 ether, "amount");
        assertEq(claim.filedAt, block.timestamp, "filed at");
        assertEq(claim.shopId, shopId, "shop");
        assertEq(claim.token, address(0), "token");
        assertEq(claim.arbitrator, address(mediator), "arbitrator");
        assertEq(claim.disputeId, expectedDisputeId, "dispute id");
        assertEq(mediator.arbitrableOf(expectedDisputeId), address(bonds), "the bond contract is the arbitrable");
        assertEq(bonds.bondOf(shopId, address(0)).locked, 0.4 ether, "locked");
    }

    function test_fileClaim_forwardsTheArbitrationCost() public {
        ConfigurableArbitrator arbitrator = new ConfigurableArbitrator(0.05 ether);
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(0), 1 ether, address(arbitrator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.prank(buyer);
        bonds.fileClaim{value: 0.05 ether}(orderId, order, 1 ether, EVIDENCE_CID);
        assertEq(address(arbitrator).balance, 0.05 ether, "arbitrator paid");
        assertEq(address(bonds).balance, INITIAL_BOND, "the bond keeps only collateral");
    }

    function test_fileClaim_onlyLocksTheBondInTheOrdersToken() public {
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), 50 ether);
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(leman), 20 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        _fileClaim(orderId, order, 20 ether);
        assertEq(bonds.bondOf(shopId, address(leman)).locked, 20 ether, "LEM bond locked");
        assertEq(bonds.bondOf(shopId, address(0)).locked, 0, "ETH bond untouched");
    }

    function test_fileClaim_isAllowedOnTheLastDayOfTheWarranty() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.warp(bonds.warrantyEndOf(orderId));
        _fileClaim(orderId, order, 1 ether);
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(IGuaranteeBonds.ClaimStatus.Open), "open");
    }

    function test_fileClaim_revertsWhen_theTermsDoNotMatch() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        order.amount = 100 ether;
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.OrderMismatch.selector, orderId));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_callerIsNotTheBuyer() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotBuyer.selector, orderId, stranger));
        vm.prank(stranger);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theWarrantyNeverStarted() public {
        (uint256 orderId, Order memory order) = _completedEthOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NotCovered.selector, orderId));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theWarrantyExpired() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint40 endsAt = bonds.warrantyEndOf(orderId);
        vm.warp(endsAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.WarrantyExpired.selector, orderId, endsAt));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theOrderAlreadyHadAClaim() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 0.5 ether);
        _mediatorRules(disputeId, 2);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.ClaimExists.selector, orderId));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 0.5 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theOrderHasNoArbitrator() public {
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(0), 1 ether, address(0));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoArbitrator.selector, orderId));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theAmountIsZero() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidClaimAmount.selector, 0, 1 ether));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 0, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theAmountExceedsTheOrderAmount() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidClaimAmount.selector, 1 ether + 1, 1 ether));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether + 1, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theEvidenceCidIsEmpty() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidCid.selector, 0));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, "");
    }

    function test_fileClaim_revertsWhen_theEvidenceCidIsTooLong() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidCid.selector, 129));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, new bytes(129));
    }

    function test_fileClaim_revertsWhen_theFreeCollateralIsTooLow() public {
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(0), 8 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InsufficientBond.selector, INITIAL_BOND, 8 ether));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 8 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theValueDiffersFromTheArbitrationCost() public {
        ConfigurableArbitrator arbitrator = new ConfigurableArbitrator(0.05 ether);
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(0), 1 ether, address(arbitrator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.IncorrectPayment.selector, 0.05 ether, 0));
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, 1 ether, EVIDENCE_CID);
    }

    function test_fileClaim_revertsWhen_theArbitratorReusesADisputeId() public {
        ConfigurableArbitrator arbitrator = new ConfigurableArbitrator(0);
        arbitrator.pinDisputeId(7);
        (uint256 firstId, Order memory first) = _completedOrder(buyer, address(0), 1 ether, address(arbitrator));
        (uint256 secondId, Order memory second) = _completedOrder(buyer, address(0), 1 ether, address(arbitrator));
        vm.startPrank(merchant);
        bonds.registerOrder(firstId, first);
        bonds.registerOrder(secondId, second);
        vm.stopPrank();
        _fileClaim(firstId, first, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.DuplicateDispute.selector, address(arbitrator), 7));
        vm.prank(buyer);
        bonds.fileClaim(secondId, second, 1 ether, EVIDENCE_CID);
    }

    // ─── rule ───────────────────────────────────────────────────────────────────────────────────────────────

    function test_rule_forTheBuyerPaysTheClaimFromTheBond() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 0.7 ether);
        uint256 buyerBefore = buyer.balance;
        vm.expectEmit(address(bonds));
        emit IArbitrable.Ruling(IArbitrator(address(mediator)), disputeId, 1);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.ClaimResolved(orderId, shopId, IGuaranteeBonds.ClaimStatus.Upheld, 0.7 ether);
        _mediatorRules(disputeId, 1);

        assertEq(buyer.balance, buyerBefore + 0.7 ether, "buyer paid");
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(bond.balance, INITIAL_BOND - 0.7 ether, "bond balance");
        assertEq(bond.locked, 0, "unlocked");
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(IGuaranteeBonds.ClaimStatus.Upheld), "upheld");
    }

    function test_rule_forTheBuyerPaysAnErc20() public {
        vm.prank(merchant);
        bonds.deposit(shopId, address(leman), 50 ether);
        (uint256 orderId, Order memory order) = _completedOrder(buyer, address(leman), 20 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        uint256 disputeId = _fileClaim(orderId, order, 20 ether);
        uint256 buyerBefore = leman.balanceOf(buyer);
        _mediatorRules(disputeId, 1);
        assertEq(leman.balanceOf(buyer), buyerBefore + 20 ether, "buyer paid");
        assertEq(bonds.bondOf(shopId, address(leman)).balance, 30 ether, "bond balance");
    }

    function test_rule_forTheShopDismissesTheClaim() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        uint256 buyerBefore = buyer.balance;
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.ClaimResolved(orderId, shopId, IGuaranteeBonds.ClaimStatus.Dismissed, 0);
        _mediatorRules(disputeId, 2);
        assertEq(buyer.balance, buyerBefore, "nothing paid");
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(bond.balance, INITIAL_BOND, "bond intact");
        assertEq(bond.locked, 0, "unlocked");
    }

    function test_rule_refusalToArbitrateDismissesTheClaim() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        _mediatorRules(disputeId, 0);
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(IGuaranteeBonds.ClaimStatus.Dismissed), "dismissed");
        assertEq(bonds.bondOf(shopId, address(0)).locked, 0, "unlocked");
    }

    function test_rule_creditsThePayoutWhenTheBuyerRefusesEth() public {
        address refusingBuyer = address(new RevertingReceiver());
        (uint256 orderId, Order memory order) = _completedOrder(refusingBuyer, address(0), 1 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.PaymentCredited(refusingBuyer, address(0), 1 ether);
        _mediatorRules(disputeId, 1);
        assertEq(bonds.creditOf(refusingBuyer, address(0)), 1 ether, "credited");
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(IGuaranteeBonds.ClaimStatus.Upheld), "the ruling stands");
    }

    function test_rule_creditsThePayoutWhenTheTokenBlocksTheBuyer() public {
        BlocklistToken token = new BlocklistToken();
        token.mint(merchant, 10 ether);
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), 10 ether);
        vm.startPrank(merchant);
        token.approve(address(bonds), 10 ether);
        bonds.setWarrantyPeriod(shopId, address(token), PERIOD);
        bonds.deposit(shopId, address(token), 10 ether);
        vm.stopPrank();
        (uint256 orderId, Order memory order) =
            _checkout(_request(address(token), 2 ether, 0, address(0), address(mediator)));
        _accept(order);
        vm.prank(buyer);
        escrow.release(order);
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        uint256 disputeId = _fileClaim(orderId, order, 2 ether);
        token.setBlocked(buyer, true);
        _mediatorRules(disputeId, 1);
        assertEq(bonds.creditOf(buyer, address(token)), 2 ether, "credited");
    }

    function test_rule_aReentrantBuyerCannotReenterWhilePaid() public {
        ReentrantReceiver reentrantBuyer = new ReentrantReceiver();
        (uint256 orderId, Order memory order) =
            _completedOrder(address(reentrantBuyer), address(0), 1 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        reentrantBuyer.arm(
            address(bonds), abi.encodeCall(bonds.withdrawCredit, (address(0), address(reentrantBuyer))), false
        );
        _mediatorRules(disputeId, 1);
        assertEq(reentrantBuyer.reentrySuccesses(), 0, "no re-entry succeeded");
        uint256 received = address(reentrantBuyer).balance + bonds.creditOf(address(reentrantBuyer), address(0));
        assertEq(received, 1 ether, "paid exactly once, pushed or credited");
    }

    function test_rule_revertsWhen_theDisputeIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.UnknownDispute.selector, stranger, 0));
        vm.prank(stranger);
        bonds.rule(0, 1);
    }

    function test_rule_revertsWhen_anotherArbitratorRulesOnTheDispute() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.UnknownDispute.selector, stranger, disputeId));
        vm.prank(stranger);
        bonds.rule(disputeId, 1);
    }

    function test_rule_revertsWhen_theClaimIsNotOpen() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        vm.warp(block.timestamp + bonds.CLAIM_TIMEOUT() + 1);
        bonds.closeLapsedClaim(orderId);
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.ClaimNotOpen.selector, orderId, IGuaranteeBonds.ClaimStatus.Lapsed)
        );
        _mediatorRules(disputeId, 1);
    }

    function test_rule_revertsWhen_theRulingIsAboveTwo() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        uint256 disputeId = _fileClaim(orderId, order, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.InvalidRuling.selector, 3));
        vm.prank(address(mediator));
        bonds.rule(disputeId, 3);
    }

    // ─── closeLapsedClaim ───────────────────────────────────────────────────────────────────────────────────

    function test_closeLapsedClaim_unlocksTheAmountAfterTheTimeout() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        _fileClaim(orderId, order, 1 ether);
        vm.warp(block.timestamp + bonds.CLAIM_TIMEOUT() + 1);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.ClaimResolved(orderId, shopId, IGuaranteeBonds.ClaimStatus.Lapsed, 0);
        vm.prank(stranger);
        bonds.closeLapsedClaim(orderId);
        assertEq(bonds.bondOf(shopId, address(0)).locked, 0, "unlocked");
        assertEq(bonds.bondOf(shopId, address(0)).balance, INITIAL_BOND, "nothing paid");
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(IGuaranteeBonds.ClaimStatus.Lapsed), "lapsed");
    }

    function test_closeLapsedClaim_revertsWhen_theClaimIsNotOpen() public {
        (uint256 orderId,) = _coveredOrder();
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.ClaimNotOpen.selector, orderId, IGuaranteeBonds.ClaimStatus.None)
        );
        bonds.closeLapsedClaim(orderId);
    }

    function test_closeLapsedClaim_revertsWhen_theTimeoutHasNotPassed() public {
        (uint256 orderId, Order memory order) = _coveredOrder();
        _fileClaim(orderId, order, 1 ether);
        uint40 lapsesAt = uint40(block.timestamp) + bonds.CLAIM_TIMEOUT();
        vm.warp(lapsesAt);
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.ClaimNotLapsed.selector, orderId, lapsesAt));
        bonds.closeLapsedClaim(orderId);
    }

    // ─── withdrawCredit ─────────────────────────────────────────────────────────────────────────────────────

    function _creditedRefusingBuyer() internal returns (address refusingBuyer) {
        refusingBuyer = address(new RevertingReceiver());
        (uint256 orderId, Order memory order) = _completedOrder(refusingBuyer, address(0), 1 ether, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        _mediatorRules(_fileClaim(orderId, order, 1 ether), 1);
    }

    function test_withdrawCredit_paysTheCreditToTheChosenAddress() public {
        address refusingBuyer = _creditedRefusingBuyer();
        address to = address(0x7E57);
        vm.expectEmit(address(bonds));
        emit IGuaranteeBonds.CreditWithdrawn(refusingBuyer, address(0), to, 1 ether);
        vm.prank(refusingBuyer);
        bonds.withdrawCredit(address(0), to);
        assertEq(to.balance, 1 ether, "paid");
        assertEq(bonds.creditOf(refusingBuyer, address(0)), 0, "credit used");
    }

    function test_withdrawCredit_revertsWhen_nothingIsCredited() public {
        vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NoCredit.selector, buyer, address(0)));
        vm.prank(buyer);
        bonds.withdrawCredit(address(0), buyer);
    }

    function test_withdrawCredit_revertsWhen_theTransferFailsAndKeepsTheCredit() public {
        address refusingBuyer = _creditedRefusingBuyer();
        vm.expectRevert(
            abi.encodeWithSelector(IGuaranteeBonds.WithdrawalFailed.selector, refusingBuyer, address(0), 1 ether)
        );
        vm.prank(refusingBuyer);
        bonds.withdrawCredit(address(0), refusingBuyer);
        assertEq(bonds.creditOf(refusingBuyer, address(0)), 1 ether, "credit kept");
    }

    // ─── Wiring ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_constructor_wiresTheEscrowAndTheRegistry() public view {
        assertEq(address(bonds.escrow()), address(escrow), "escrow");
        assertEq(address(bonds.registry()), address(registry), "registry");
    }
}
