// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUnorderedNonces} from "../../../contracts/interfaces/IUnorderedNonces.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {ILoyaltyStamps} from "../../../contracts/services/interfaces/ILoyaltyStamps.sol";
import {Order, OrderMoment, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {OwnerSignedWallet} from "../mocks/signers/OwnerSignedWallet.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Unit tests of {LoyaltyStamps}: every function's effects and every "Reverts if" bullet.
contract LoyaltyStampsTest is ServicesFixture {
    uint32 internal constant STAMPS_PER_ORDER = 2;
    uint32 internal constant REWARD_THRESHOLD = 6;
    uint256 internal constant ALICE_KEY = 0xA11CE5;
    address internal alice;
    address internal otherMerchant = address(0x07E2);
    uint256 internal otherShopId;

    function setUp() public override {
        super.setUp();
        alice = vm.addr(ALICE_KEY);
        otherShopId = _registerShop(otherMerchant, otherMerchant);
        vm.prank(merchant);
        loyalty.registerProgram(shopId, STAMPS_PER_ORDER, REWARD_THRESHOLD, REWARD_CID);
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A real purchase by `buyer_`, stamped at completion by the hook.
    function _stampedOrder(address buyer_) internal returns (uint256 orderId, Order memory order) {
        _setHook(address(loyalty));
        (orderId, order) = _completedOrder(buyer_, address(0), 1 ether, address(0));
    }

    function _redemption(address buyer_, uint32 stamps, uint256 nonce)
        internal
        view
        returns (ILoyaltyStamps.RewardRedemption memory)
    {
        return ILoyaltyStamps.RewardRedemption({
            shopId: shopId,
            buyer: buyer_,
            stamps: stamps,
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
    }

    function _sign(uint256 key, ILoyaltyStamps.RewardRedemption memory redemption)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, loyalty.redemptionDigest(redemption));
        return abi.encodePacked(r, s, v);
    }

    /// @notice Alice with three stamped orders: 6 stamps, exactly one reward.
    function _aliceWithOneReward() internal {
        for (uint256 i; i < 3; ++i) {
            _stampedOrder(alice);
        }
    }

    // ─── registerProgram ────────────────────────────────────────────────────────────────────────────────────

    function test_registerProgram_opensAnActiveProgram() public {
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.ProgramRegistered(otherShopId, 1, 10, REWARD_CID);
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, 1, 10, REWARD_CID);
        ILoyaltyStamps.Program memory program = loyalty.programOf(otherShopId);
        assertEq(program.stampsPerOrder, 1, "stamps per order");
        assertEq(program.rewardThreshold, 10, "threshold");
        assertTrue(program.isActive, "active");
    }

    function test_registerProgram_acceptsTheMaximumStampsPerOrder() public {
        uint32 maximum = loyalty.MAX_STAMPS_PER_ORDER();
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, maximum, 1, REWARD_CID);
        assertEq(loyalty.programOf(otherShopId).stampsPerOrder, maximum, "stamps per order");
    }

    function test_registerProgram_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopManager.selector, otherShopId, merchant));
        vm.prank(merchant);
        loyalty.registerProgram(otherShopId, 1, 10, REWARD_CID);
    }

    function test_registerProgram_revertsWhen_theShopHasAProgram() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.ProgramExists.selector, shopId));
        vm.prank(merchant);
        loyalty.registerProgram(shopId, 1, 10, REWARD_CID);
    }

    function test_registerProgram_revertsWhen_stampsPerOrderIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidProgram.selector, 0, 10));
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, 0, 10, REWARD_CID);
    }

    function test_registerProgram_revertsWhen_stampsPerOrderExceedsTheMaximum() public {
        uint32 tooMany = loyalty.MAX_STAMPS_PER_ORDER() + 1;
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidProgram.selector, tooMany, 10));
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, tooMany, 10, REWARD_CID);
    }

    function test_registerProgram_revertsWhen_rewardThresholdIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidProgram.selector, 1, 0));
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, 1, 0, REWARD_CID);
    }

    function test_registerProgram_revertsWhen_cidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidCid.selector, 0));
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, 1, 10, "");
    }

    function test_registerProgram_revertsWhen_cidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidCid.selector, 129));
        vm.prank(otherMerchant);
        loyalty.registerProgram(otherShopId, 1, 10, new bytes(129));
    }

    // ─── updateReward ───────────────────────────────────────────────────────────────────────────────────────

    function test_updateReward_changesTheThresholdButNotTheRate() public {
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.RewardUpdated(shopId, 8, EVIDENCE_CID);
        vm.prank(merchant);
        loyalty.updateReward(shopId, 8, EVIDENCE_CID);
        ILoyaltyStamps.Program memory program = loyalty.programOf(shopId);
        assertEq(program.rewardThreshold, 8, "threshold");
        assertEq(program.stampsPerOrder, STAMPS_PER_ORDER, "rate unchanged");
    }

    function test_updateReward_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        loyalty.updateReward(shopId, 8, REWARD_CID);
    }

    function test_updateReward_revertsWhen_theShopHasNoProgram() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NoProgram.selector, otherShopId));
        vm.prank(otherMerchant);
        loyalty.updateReward(otherShopId, 8, REWARD_CID);
    }

    function test_updateReward_revertsWhen_rewardThresholdIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidProgram.selector, STAMPS_PER_ORDER, 0));
        vm.prank(merchant);
        loyalty.updateReward(shopId, 0, REWARD_CID);
    }

    function test_updateReward_revertsWhen_cidIsInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidCid.selector, 0));
        vm.prank(merchant);
        loyalty.updateReward(shopId, 8, "");
    }

    // ─── setProgramActive ───────────────────────────────────────────────────────────────────────────────────

    function test_setProgramActive_pausesAndResumes() public {
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.ProgramActiveChanged(shopId, false);
        vm.prank(merchant);
        loyalty.setProgramActive(shopId, false);
        assertFalse(loyalty.programOf(shopId).isActive, "paused");
        vm.prank(merchant);
        loyalty.setProgramActive(shopId, true);
        assertTrue(loyalty.programOf(shopId).isActive, "resumed");
    }

    function test_setProgramActive_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        loyalty.setProgramActive(shopId, false);
    }

    function test_setProgramActive_revertsWhen_theShopHasNoProgram() public {
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NoProgram.selector, otherShopId));
        vm.prank(otherMerchant);
        loyalty.setProgramActive(otherShopId, false);
    }

    // ─── onOrderCompleted ───────────────────────────────────────────────────────────────────────────────────

    function test_onOrderCompleted_stampsTheBuyersCardWithinTheHookGas() public {
        _setHook(address(loyalty));
        (uint256 orderId, Order memory order) = _placeOrder(alice, address(0), 1 ether, address(0));
        _accept(order);
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.StampsEarned(shopId, alice, orderId, STAMPS_PER_ORDER, STAMPS_PER_ORDER);
        vm.prank(alice);
        escrow.release(order);
        ILoyaltyStamps.StampCard memory card = loyalty.cardOf(shopId, alice);
        assertEq(card.balance, STAMPS_PER_ORDER, "balance");
        assertEq(card.orders, 1, "orders");
        assertTrue(loyalty.isStamped(orderId), "stamped");
    }

    function test_onOrderCompleted_failureNeverBlocksThePayment() public {
        _setHook(address(loyalty));
        (uint256 orderId, Order memory order) = _placeOrder(alice, address(0), 1 ether, address(0));
        uint256 payoutBefore = payout.balance;
        vm.expectEmit(address(escrow));
        emit IEscrow.HookFailed(orderId, address(loyalty), OrderMoment.Completed);
        vm.prank(alice);
        escrow.release(order);
        assertEq(payout.balance, payoutBefore + 1 ether, "the shop was paid");
        assertEq(loyalty.cardOf(shopId, alice).balance, 0, "no stamps for an order the shop never accepted");
    }

    function test_onOrderCompleted_fromAnyCallerStampsOnlyARealCompletedOrderOnce() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        vm.prank(alice);
        loyalty.onOrderCompleted(orderId, order);
        assertEq(loyalty.cardOf(shopId, alice).balance, STAMPS_PER_ORDER, "stamped from the facts");
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.AlreadyStamped.selector, orderId));
        vm.prank(alice);
        loyalty.onOrderCompleted(orderId, order);
    }

    function test_onOrderCompleted_revertsWhen_theOrderIsNotCompleted() public {
        (uint256 orderId, Order memory order) = _placeOrder(alice, address(0), 1 ether, address(0));
        _accept(order);
        vm.expectRevert(
            abi.encodeWithSelector(ILoyaltyStamps.OrderNotCompleted.selector, orderId, OrderStatus.Accepted)
        );
        vm.prank(alice);
        loyalty.onOrderCompleted(orderId, order);
    }

    function test_otherMoments_earnNothing() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        loyalty.onOrderDelivered(orderId, order);
        loyalty.onDisputeResolved(orderId, order, 0, order.amount);
        assertEq(loyalty.cardOf(shopId, alice).balance, 0, "only completion stamps");
    }

    function test_onOrderCompleted_revertsWhen_theShopHasNoProgram() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        order.shopId = otherShopId;
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NoProgram.selector, otherShopId));
        vm.prank(address(escrow));
        loyalty.onOrderCompleted(orderId, order);
    }

    function test_onOrderCompleted_revertsWhen_theProgramIsPaused() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        vm.prank(merchant);
        loyalty.setProgramActive(shopId, false);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.ProgramInactive.selector, shopId));
        vm.prank(address(escrow));
        loyalty.onOrderCompleted(orderId, order);
    }

    function test_onOrderCompleted_revertsWhen_theShopNeverAcceptedTheOrder() public {
        (uint256 orderId, Order memory order) = _releasedUnacceptedOrder(alice, address(0), 1 ether, address(0));
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopAccepted.selector, orderId));
        vm.prank(address(escrow));
        loyalty.onOrderCompleted(orderId, order);
    }

    function test_onOrderCompleted_revertsWhen_theOrderAlreadyEarnedItsStamps() public {
        (uint256 orderId, Order memory order) = _stampedOrder(alice);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.AlreadyStamped.selector, orderId));
        vm.prank(address(escrow));
        loyalty.onOrderCompleted(orderId, order);
    }

    // ─── claimStamps ────────────────────────────────────────────────────────────────────────────────────────

    function test_claimStamps_stampsACompletedOrderWithoutHookForItsBuyer() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        assertEq(order.hook, address(0), "no hook at checkout");
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.StampsEarned(shopId, alice, orderId, STAMPS_PER_ORDER, STAMPS_PER_ORDER);
        vm.prank(stranger);
        loyalty.claimStamps(orderId, order);
        assertEq(loyalty.cardOf(shopId, alice).balance, STAMPS_PER_ORDER, "stamps go to the buyer");
        assertEq(loyalty.cardOf(shopId, stranger).balance, 0, "not to the caller");
    }

    function test_claimStamps_revertsWhen_theShopHasNoProgram() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        order.shopId = otherShopId;
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NoProgram.selector, otherShopId));
        loyalty.claimStamps(orderId, order);
    }

    function test_claimStamps_revertsWhen_theProgramIsPaused() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        vm.prank(merchant);
        loyalty.setProgramActive(shopId, false);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.ProgramInactive.selector, shopId));
        loyalty.claimStamps(orderId, order);
    }

    function test_claimStamps_revertsWhen_theOrderIsUnknown() public {
        (uint256 orderId, Order memory order) = _completedOrder(alice, address(0), 1 ether, address(0));
        order.buyer = stranger;
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.UnknownOrder.selector, orderId));
        loyalty.claimStamps(orderId, order);
    }

    function test_claimStamps_revertsWhen_theOrderIsNotCompleted() public {
        (uint256 orderId, Order memory order) = _placeOrder(alice, address(0), 1 ether, address(0));
        _accept(order);
        vm.expectRevert(
            abi.encodeWithSelector(ILoyaltyStamps.OrderNotCompleted.selector, orderId, OrderStatus.Accepted)
        );
        loyalty.claimStamps(orderId, order);
    }

    function test_claimStamps_revertsWhen_theShopNeverAcceptedTheOrder() public {
        (uint256 orderId, Order memory order) = _releasedUnacceptedOrder(alice, address(0), 1 ether, address(0));
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopAccepted.selector, orderId));
        loyalty.claimStamps(orderId, order);
    }

    function test_claimStamps_revertsWhen_theHookAlreadyStampedTheOrder() public {
        (uint256 orderId, Order memory order) = _stampedOrder(alice);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.AlreadyStamped.selector, orderId));
        loyalty.claimStamps(orderId, order);
    }

    // ─── redeemReward ───────────────────────────────────────────────────────────────────────────────────────

    function test_redeemReward_takesTheRewardsStampsWithTheBuyersSignature() public {
        _aliceWithOneReward();
        _stampedOrder(alice);
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 42);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectEmit(address(loyalty));
        emit ILoyaltyStamps.RewardRedeemed(shopId, alice, merchant, REWARD_THRESHOLD, 2, 42);
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
        ILoyaltyStamps.StampCard memory card = loyalty.cardOf(shopId, alice);
        assertEq(card.balance, 2, "8 earned - 6 redeemed");
        assertEq(card.orders, 4, "orders unchanged");
        assertTrue(loyalty.isNonceUsed(alice, 42), "nonce used");
    }

    function test_redeemReward_acceptsASmartWalletsSignature() public {
        OwnerSignedWallet wallet = new OwnerSignedWallet(alice);
        for (uint256 i; i < 3; ++i) {
            _stampedOrder(address(wallet));
        }
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(address(wallet), REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
        assertEq(loyalty.cardOf(shopId, address(wallet)).balance, 0, "redeemed");
    }

    function test_redeemReward_worksWhileTheProgramIsPaused() public {
        _aliceWithOneReward();
        vm.prank(merchant);
        loyalty.setProgramActive(shopId, false);
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
        assertEq(loyalty.cardOf(shopId, alice).balance, 0, "redeemed");
    }

    function test_redeemReward_isAllowedAtTheDeadline() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.warp(redemption.deadline);
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
        assertEq(loyalty.cardOf(shopId, alice).balance, 0, "redeemed");
    }

    function test_redeemReward_revertsWhen_callerIsNotManager() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NotShopManager.selector, shopId, alice));
        vm.prank(alice);
        loyalty.redeemReward(redemption, signature);
    }

    function test_redeemReward_revertsWhen_theConsentExpired() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.warp(redemption.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.RedemptionExpired.selector, redemption.deadline));
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
    }

    function test_redeemReward_revertsWhen_theNonceWasUsed() public {
        _aliceWithOneReward();
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.startPrank(merchant);
        loyalty.redeemReward(redemption, signature);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 1));
        loyalty.redeemReward(redemption, signature);
        vm.stopPrank();
        assertEq(loyalty.cardOf(shopId, alice).balance, REWARD_THRESHOLD, "a consent is used once");
    }

    function test_redeemReward_revertsWhen_theSignatureIsNotTheBuyers() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(carrierKey, redemption);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.InvalidSignature.selector, alice));
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
    }

    function test_redeemReward_revertsWhen_theShopHasNoProgram() public {
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        redemption.shopId = otherShopId;
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.NoProgram.selector, otherShopId));
        vm.prank(otherMerchant);
        loyalty.redeemReward(redemption, signature);
    }

    function test_redeemReward_revertsWhen_theStampsDifferFromTheThreshold() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, 4, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectRevert(abi.encodeWithSelector(ILoyaltyStamps.WrongRewardStamps.selector, REWARD_THRESHOLD, 4));
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
    }

    function test_redeemReward_revertsWhen_theCardHasTooFewStamps() public {
        _stampedOrder(alice);
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILoyaltyStamps.NotEnoughStamps.selector, shopId, alice, STAMPS_PER_ORDER, REWARD_THRESHOLD
            )
        );
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
    }

    // ─── invalidateNonce ────────────────────────────────────────────────────────────────────────────────────

    function test_invalidateNonce_makesASignedConsentUnusable() public {
        _aliceWithOneReward();
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 300);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.expectEmit(address(loyalty));
        emit IUnorderedNonces.NonceInvalidated(alice, 300);
        vm.prank(alice);
        loyalty.invalidateNonce(300);
        assertTrue(loyalty.isNonceUsed(alice, 300), "revoked");
        assertFalse(loyalty.isNonceUsed(alice, 301), "its neighbour is not");
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 300));
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
    }

    function test_invalidateNonce_revertsWhen_theNonceWasUsed() public {
        vm.startPrank(alice);
        loyalty.invalidateNonce(7);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 7));
        loyalty.invalidateNonce(7);
        vm.stopPrank();
    }

    // ─── regularCount ───────────────────────────────────────────────────────────────────────────────────────

    function test_regularCount_countsBuyersByLifetimeStampsOnly() public {
        _aliceWithOneReward(); // alice: 3 orders, 6 stamps
        _stampedOrder(buyer); // buyer: 1 order, 2 stamps
        assertEq(loyalty.regularCount(shopId, 0), 2, "every stamped buyer");
        assertEq(loyalty.regularCount(shopId, 2), 2, ">= 2 stamps");
        assertEq(loyalty.regularCount(shopId, 3), 1, ">= 3 stamps rounds up to 2 orders");
        assertEq(loyalty.regularCount(shopId, 6), 1, ">= 6 stamps");
        assertEq(loyalty.regularCount(shopId, 7), 0, ">= 7 stamps");

        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 1);
        bytes memory signature = _sign(ALICE_KEY, redemption);
        vm.prank(merchant);
        loyalty.redeemReward(redemption, signature);
        assertEq(loyalty.regularCount(shopId, 6), 1, "redeeming does not make a regular a stranger");
    }

    function test_regularCount_isZeroWithoutProgram() public view {
        assertEq(loyalty.regularCount(otherShopId, 0), 0, "no program");
    }

    function testFuzz_regularCount_matchesOrdersTimesRate(uint8 orders, uint32 minStamps) public {
        orders = uint8(bound(orders, 0, 4));
        minStamps = uint32(bound(minStamps, 0, 12));
        for (uint256 i; i < orders; ++i) {
            _stampedOrder(alice);
        }
        uint256 lifetime = uint256(orders) * STAMPS_PER_ORDER;
        bool isRegular = orders > 0 && lifetime >= minStamps;
        assertEq(loyalty.regularCount(shopId, minStamps), isRegular ? 1 : 0, "alice counts iff she earned enough");
    }

    function test_regularCount_matchesOrdersTimesRate() public {
        testFuzz_regularCount_matchesOrdersTimesRate(3, 5);
    }

    // ─── EIP-712 ────────────────────────────────────────────────────────────────────────────────────────────

    function test_redemptionTypehash_matchesTheStructDefinition() public view {
        assertEq(
            loyalty.REDEMPTION_TYPEHASH(),
            keccak256("RewardRedemption(uint256 shopId,address buyer,uint32 stamps,uint256 nonce,uint256 deadline)"),
            "typehash"
        );
    }

    function test_redemptionDigest_isTheEip712DigestOfTheGrandrueLoyaltyDomain() public view {
        ILoyaltyStamps.RewardRedemption memory redemption = _redemption(alice, REWARD_THRESHOLD, 9);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Grandrue Loyalty"),
                keccak256("1"),
                block.chainid,
                address(loyalty)
            )
        );
        assertEq(loyalty.domainSeparator(), domain, "domain separator");
        bytes32 structHash = keccak256(
            abi.encode(
                loyalty.REDEMPTION_TYPEHASH(),
                redemption.shopId,
                redemption.buyer,
                redemption.stamps,
                redemption.nonce,
                redemption.deadline
            )
        );
        assertEq(
            loyalty.redemptionDigest(redemption), keccak256(abi.encodePacked("\x19\x01", domain, structHash)), "digest"
        );
    }

    function test_constructor_wiresTheEscrowAndTheRegistry() public view {
        assertEq(address(loyalty.escrow()), address(escrow), "escrow");
        assertEq(address(loyalty.registry()), address(registry), "registry");
    }
}
