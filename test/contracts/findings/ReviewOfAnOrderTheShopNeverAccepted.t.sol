// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IReviews} from "../../../contracts/interfaces/IReviews.sol";
import {Order, OrderRequest} from "../../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";

/// @notice Finding: a buyer could review a shop for 1 wei by releasing, to a payout of its own, an order the shop never
///  saw (release works from Paid), then reviewing the "completed" order. Reviews now require the shop's acceptance.
contract ReviewOfAnOrderTheShopNeverAcceptedTest is MarketFixture {
    function test_review_revertsWhen_theShopNeverAcceptedTheOrder() public {
        OrderRequest memory request = _request(address(0), 1 wei, 0, address(0), address(0));
        request.payout = buyer;
        (uint256 id, Order memory order) = _checkout(request);
        vm.startPrank(buyer);
        escrow.release(order);
        vm.expectRevert(abi.encodeWithSelector(IReviews.NotReviewable.selector, id));
        reviews.review(order, 1, hex"0155");
        vm.stopPrank();
        (uint64 count,) = reviews.shopRating(shopId);
        assertEq(count, 0, "no review without the shop's acceptance");
    }

    function test_review_acceptsAnOrderTheShopAcceptedThenTheBuyerReleased() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.startPrank(buyer);
        escrow.release(order);
        reviews.review(order, 5, hex"0155");
        vm.stopPrank();
        (uint64 count, uint64 sum) = reviews.shopRating(shopId);
        assertEq(count, 1, "one review");
        assertEq(sum, 5, "five stars");
    }
}
