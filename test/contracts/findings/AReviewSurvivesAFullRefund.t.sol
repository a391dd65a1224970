// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IReviews} from "../../../contracts/interfaces/IReviews.sol";
import {Order} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 8): a review could be posted while the order could still be refunded (right after
///  the buyer confirmed receipt), and it survived the full refund that followed: a shop could buy itself five-star
///  reviews with throwaway buyers for the cost of gas and get its money back. A review now needs an order that ended
///  with the shop paid: completed, or resolved after delivery with a share to the shop.
contract AReviewSurvivesAFullRefundTest is EscrowTestBase {
    bytes internal constant TEXT_CID = hex"01551220dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";

    function test_review_revertsBeforeTheOrderEnded() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.startPrank(buyer);
        escrow.confirmReceipt(order);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotReviewable.selector, id));
        reviews.review(order, 5, TEXT_CID);
        vm.stopPrank();
    }

    function test_aReviewDoesNotOutliveAFullRefund() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.startPrank(buyer);
        escrow.confirmReceipt(order);
        // Whether or not the review is taken now, it must not count once the buyer got everything back.
        (bool isReviewed,) = address(reviews).call(abi.encodeCall(reviews.review, (order, 5, TEXT_CID)));
        isReviewed;
        escrow.openDispute(order);
        escrow.proposeSettlement(order, AMOUNT);
        vm.stopPrank();
        vm.prank(merchant);
        escrow.acceptSettlement(order, AMOUNT);

        vm.expectRevert(abi.encodeWithSelector(IReviews.NotReviewable.selector, id));
        vm.prank(buyer);
        reviews.review(order, 5, TEXT_CID);
        (uint64 count,) = reviews.shopRating(shopId);
        assertEq(count, 0, "no review of a purchase refunded in full");
    }
}
