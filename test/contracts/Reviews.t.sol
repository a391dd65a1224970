// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IReviews} from "../../contracts/interfaces/IReviews.sol";
import {Order, OrderRequest, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

contract ReviewsTest is MarketFixture {
    bytes internal constant TEXT_CID = hex"01551220dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";
    bytes internal constant REPLY_CID = hex"01551220eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
    address internal operator = address(0x0BE7);

    // ─── wiring ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_constructor_wiresTheEscrowAndTheRegistry() public view {
        assertEq(address(reviews.escrow()), address(escrow), "escrow");
        assertEq(address(reviews.registry()), address(registry), "registry");
        assertEq(reviews.MAX_CID_LENGTH(), 128, "cid bound");
    }

    // ─── review ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_review_recordsARatingOfAReleasedPurchase_withItsAmountAndToken() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectEmit(address(reviews));
        emit IReviews.ReviewPosted(id, shopId, buyer, 4, TEXT_CID, address(0), 1 ether);
        vm.prank(buyer);
        reviews.review(order, 4, TEXT_CID);
        _assertReview(id, shopId, 4, false);
        _assertShopRating(shopId, 1, 4);
    }

    function test_review_recordsARatingAfterTheReturnWindow() public {
        (uint256 id, Order memory order) = _deliveredOrder();
        vm.warp(block.timestamp + uint256(RETURN_HOURS) * 1 hours + 1);
        escrow.complete(order);
        _assertStatus(id, OrderStatus.Completed);
        vm.expectEmit(address(reviews));
        emit IReviews.ReviewPosted(id, shopId, buyer, 5, TEXT_CID, address(0), 1 ether);
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
        _assertReview(id, shopId, 5, false);
        _assertShopRating(shopId, 1, 5);
    }

    function test_review_sumsTheRatingsOfAShop() public {
        _reviewDelivered(5);
        _reviewDelivered(2);
        _reviewDelivered(1);
        _assertShopRating(shopId, 3, 8);
        _assertShopRating(shopId + 1, 0, 0);
    }

    function test_review_keepsEachShopsRatingApart() public {
        uint256 otherShop = _registerShop(stranger, address(0xB0B2));
        OrderRequest memory request = _request(address(0), 1 ether, 0, address(0), address(0));
        request.shopId = otherShop;
        request.payout = address(0xB0B2);
        (uint256 id, Order memory order) = _checkout(request);
        vm.startPrank(stranger);
        escrow.accept(order);
        escrow.confirmDelivery(order, CODE);
        vm.stopPrank();
        vm.prank(buyer);
        escrow.release(order);
        _reviewDelivered(5);
        vm.expectEmit(address(reviews));
        emit IReviews.ReviewPosted(id, otherShop, buyer, 3, TEXT_CID, address(0), 1 ether);
        vm.prank(buyer);
        reviews.review(order, 3, TEXT_CID);
        _assertReview(id, otherShop, 3, false);
        _assertShopRating(shopId, 1, 5);
        _assertShopRating(otherShop, 1, 3);
    }

    function test_review_acceptsEveryRatingFromOneToFive() public {
        testFuzz_review_acceptsEveryRatingFromOneToFive(3);
    }

    function testFuzz_review_acceptsEveryRatingFromOneToFive(uint8 rating) public {
        rating = uint8(bound(rating, 1, 5));
        (uint256 id, Order memory order) = _purchase();
        vm.prank(buyer);
        reviews.review(order, rating, TEXT_CID);
        _assertReview(id, shopId, rating, false);
        _assertShopRating(shopId, 1, rating);
    }

    function test_review_acceptsACidOfMaximumLength() public {
        (uint256 id, Order memory order) = _purchase();
        vm.prank(buyer);
        reviews.review(order, 5, new bytes(128));
        _assertReview(id, shopId, 5, false);
    }

    function test_review_revertsWhen_ratingIsZero() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidRating.selector, 0));
        vm.prank(buyer);
        reviews.review(order, 0, TEXT_CID);
    }

    function test_review_revertsWhen_ratingIsAboveFive() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidRating.selector, 6));
        vm.prank(buyer);
        reviews.review(order, 6, TEXT_CID);
    }

    function test_review_revertsWhen_callerIsNotTheBuyer() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotBuyer.selector, id, stranger));
        vm.prank(stranger);
        reviews.review(order, 1, TEXT_CID);
    }

    function test_review_revertsWhen_termsAreTampered() public {
        (, Order memory order) = _purchase();
        ++order.amount;
        vm.expectRevert(abi.encodeWithSelector(IReviews.UnknownOrder.selector, orderIdOf(order)));
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
    }

    function test_review_revertsWhen_orderWasNeverPaid() public {
        Order memory order = _orderFor(_request(address(0), 1 ether, 0, address(0), address(0)), buyer);
        uint256 id = orderIdOf(order);
        vm.expectRevert(abi.encodeWithSelector(IReviews.UnknownOrder.selector, id));
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
    }

    function test_review_revertsWhen_orderIsPaid() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _expectNotReviewable(id, order, OrderStatus.Paid);
    }

    function test_review_revertsWhen_orderIsAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        _expectNotReviewable(id, order, OrderStatus.Accepted);
    }

    function test_review_revertsWhen_orderIsShipped() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        _expectNotReviewable(id, order, OrderStatus.Shipped);
    }

    function test_review_revertsWhen_orderIsCancelled() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.prank(buyer);
        escrow.cancel(order);
        _expectNotReviewable(id, order, OrderStatus.Cancelled);
    }

    function test_review_revertsWhen_orderIsDeclined() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.prank(merchant);
        escrow.decline(order, "sold out");
        _expectNotReviewable(id, order, OrderStatus.Declined);
    }

    function test_review_revertsWhen_orderIsExpired() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        vm.warp(block.timestamp + uint256(ACCEPT_HOURS) * 1 hours + 1);
        escrow.expire(order);
        _expectNotReviewable(id, order, OrderStatus.Expired);
    }

    function test_review_revertsWhen_orderIsDisputed() public {
        (uint256 id, Order memory order) = _disputedOrder();
        _expectNotReviewable(id, order, OrderStatus.Disputed);
    }

    function test_review_revertsWhen_orderIsDelivered() public {
        (uint256 id, Order memory order) = _deliveredOrder();
        _expectNotReviewable(id, order, OrderStatus.Delivered);
    }

    function test_review_revertsWhen_orderIsResolvedWithAFullRefund() public {
        (uint256 id, Order memory order) = _disputedOrder();
        uint256 disputeId = escrow.orderFacts(id).disputeId;
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(disputeId, order, RULING_REFUND_BUYER);
        _expectNotReviewable(id, order, OrderStatus.Resolved);
    }

    function test_review_recordsARatingOfADeliveredOrderResolvedWithAShareToTheShop() public {
        (uint256 id, Order memory order) = _disputedOrder();
        uint256 disputeId = escrow.orderFacts(id).disputeId;
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(disputeId, order, 0);
        vm.prank(buyer);
        reviews.review(order, 2, TEXT_CID);
        _assertReview(id, shopId, 2, false);
    }

    function test_review_revertsWhen_resolvedWithAShareToTheShopButNeverDelivered() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        vm.warp(block.timestamp + uint256(DELIVERY_HOURS) * 1 hours + 1);
        vm.prank(buyer);
        escrow.openDispute(order);
        uint256 disputeId = escrow.orderFacts(id).disputeId;
        vm.prank(mediatorAccount);
        mediator.giveOrderRuling(disputeId, order, RULING_PAY_SHOP);
        _expectNotReviewable(id, order, OrderStatus.Resolved);
    }

    function test_review_revertsWhen_alreadyReviewed() public {
        (uint256 id, Order memory order) = _purchase();
        vm.prank(buyer);
        reviews.review(order, 2, TEXT_CID);
        vm.expectRevert(abi.encodeWithSelector(IReviews.AlreadyReviewed.selector, id));
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
        _assertReview(id, shopId, 2, false);
        _assertShopRating(shopId, 1, 2);
    }

    function test_review_revertsWhen_cidIsEmpty() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidCid.selector, 0));
        vm.prank(buyer);
        reviews.review(order, 5, "");
    }

    function test_review_revertsWhen_cidIsTooLong() public {
        (uint256 id, Order memory order) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidCid.selector, 129));
        vm.prank(buyer);
        reviews.review(order, 5, new bytes(129));
    }

    // ─── reply ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_reply_isPostedByTheShopOwner() public {
        uint256 id = _reviewDelivered(3);
        vm.expectEmit(address(reviews));
        emit IReviews.ReplyPosted(id, shopId, merchant, REPLY_CID);
        vm.prank(merchant);
        reviews.reply(id, REPLY_CID);
        _assertReview(id, shopId, 3, true);
        _assertShopRating(shopId, 1, 3);
    }

    function test_reply_isPostedByAnApprovedOperator() public {
        uint256 id = _reviewDelivered(3);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        vm.expectEmit(address(reviews));
        emit IReviews.ReplyPosted(id, shopId, operator, REPLY_CID);
        vm.prank(operator);
        reviews.reply(id, REPLY_CID);
        _assertReview(id, shopId, 3, true);
    }

    function test_reply_followsTheShopTokenToItsNewOwner() public {
        uint256 id = _reviewDelivered(3);
        vm.prank(merchant);
        registry.transferFrom(merchant, stranger, shopId);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotShopManager.selector, shopId, merchant));
        vm.prank(merchant);
        reviews.reply(id, REPLY_CID);
        vm.prank(stranger);
        reviews.reply(id, REPLY_CID);
        _assertReview(id, shopId, 3, true);
    }

    function test_reply_acceptsACidOfMaximumLength() public {
        uint256 id = _reviewDelivered(3);
        vm.prank(merchant);
        reviews.reply(id, new bytes(128));
        _assertReview(id, shopId, 3, true);
    }

    function test_reply_revertsWhen_orderHasNoReview() public {
        (uint256 id,) = _purchase();
        vm.expectRevert(abi.encodeWithSelector(IReviews.NoReview.selector, id));
        vm.prank(merchant);
        reviews.reply(id, REPLY_CID);
    }

    function test_reply_revertsWhen_callerDoesNotManageTheShop() public {
        uint256 id = _reviewDelivered(3);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        reviews.reply(id, REPLY_CID);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotShopManager.selector, shopId, buyer));
        vm.prank(buyer);
        reviews.reply(id, REPLY_CID);
    }

    function test_reply_revertsWhen_alreadyReplied() public {
        uint256 id = _reviewDelivered(3);
        vm.startPrank(merchant);
        reviews.reply(id, REPLY_CID);
        vm.expectRevert(abi.encodeWithSelector(IReviews.AlreadyReplied.selector, id));
        reviews.reply(id, TEXT_CID);
        vm.stopPrank();
    }

    function test_reply_revertsWhen_cidIsEmpty() public {
        uint256 id = _reviewDelivered(3);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidCid.selector, 0));
        vm.prank(merchant);
        reviews.reply(id, "");
    }

    function test_reply_revertsWhen_cidIsTooLong() public {
        uint256 id = _reviewDelivered(3);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidCid.selector, 129));
        vm.prank(merchant);
        reviews.reply(id, new bytes(129));
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_reviewOf_isEmptyForAnUnreviewedOrder() public view {
        _assertReview(12345, 0, 0, false);
    }

    function test_shopRating_isZeroForAShopWithoutReviews() public view {
        _assertShopRating(shopId, 0, 0);
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A purchase: a pickup order the shop accepted and handed over with the code, then released by the buyer.
    function _purchase() internal returns (uint256 id, Order memory order) {
        (id, order) = _deliveredOrder();
        vm.prank(buyer);
        escrow.release(order);
        _assertStatus(id, OrderStatus.Completed);
    }

    /// @notice A pickup order the shop accepted and handed over with the buyer's code.
    function _deliveredOrder() internal returns (uint256 id, Order memory order) {
        (id, order) = _checkoutEthPickup();
        _accept(order);
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);
        _assertStatus(id, OrderStatus.Delivered);
    }

    /// @notice A delivered carrier order the buyer disputed before the mediator.
    function _disputedOrder() internal returns (uint256 id, Order memory order) {
        (id, order) = _checkoutEthWithCarrier();
        _accept(order);
        _pickup(order);
        _deliver(order);
        vm.prank(buyer);
        escrow.openDispute(order);
    }

    function _reviewDelivered(uint8 rating) internal returns (uint256 id) {
        Order memory order;
        (id, order) = _purchase();
        vm.prank(buyer);
        reviews.review(order, rating, TEXT_CID);
    }

    function _expectNotReviewable(uint256 id, Order memory order, OrderStatus status) internal {
        _assertStatus(id, status);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotReviewable.selector, id));
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
    }

    function _assertStatus(uint256 id, OrderStatus expected) internal view {
        OrderStatus status = escrow.orderFacts(id).status;
        assertEq(uint256(status), uint256(expected), "order status");
    }

    function _assertReview(uint256 id, uint256 expectedShop, uint8 expectedRating, bool expectedReply) internal view {
        (uint256 shop, uint8 rating, bool hasReply) = reviews.reviewOf(id);
        assertEq(shop, expectedShop, "review shop");
        assertEq(rating, expectedRating, "review rating");
        assertEq(hasReply, expectedReply, "review reply");
    }

    function _assertShopRating(uint256 shop, uint64 expectedCount, uint64 expectedSum) internal view {
        (uint64 count, uint64 ratingSum) = reviews.shopRating(shop);
        assertEq(count, expectedCount, "rating count");
        assertEq(ratingSum, expectedSum, "rating sum");
    }
}
