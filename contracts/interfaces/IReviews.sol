// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../types/MarketTypes.sol";
import {IUnorderedNonces} from "./IUnorderedNonces.sol";

/// @title Grandrue reviews
/// @notice One review per purchase, by its buyer only (rating 1–5 and an IPFS text), one reply by the shop. A purchase
///  is an order the shop accepted that ended with the shop paid: completed (after delivery, after the return window,
///  or released by the buyer), or resolved after delivery with a share to the shop. Nothing earlier (the order could
///  still be refunded) and nothing refunded in full. Per-shop count and rating sum are kept on-chain.
///
///  What a review proves, and what it does not: that the address that paid this order, for this amount in this
///  token, rated the shop after the shop was paid. It does not prove that buyer and shop are different people: a
///  shop can pay itself from throwaway addresses and review itself for the cost of gas (the money returns to it).
///  No contract can tell; readers can, and each review carries what they need: {ReviewPosted} names the buyer and the
///  order's amount and token, so an app shows how many distinct buyers reviewed a shop, what they paid, how many
///  reviews come from new addresses or tiny orders, and weighs reviews as it sees fit. No central judge.
interface IReviews is IUnorderedNonces {
    /// @notice Rating outside 1–5.
    error InvalidRating(uint8 rating);
    /// @notice The order terms do not match the escrow.
    error UnknownOrder(uint256 orderId);
    /// @notice Only the order's buyer may review it.
    error NotBuyer(uint256 orderId, address account);
    /// @notice The order is not a purchase that ended with the shop paid (see the contract's notice).
    error NotReviewable(uint256 orderId);
    /// @notice The order already has a review.
    error AlreadyReviewed(uint256 orderId);
    /// @notice The order has no review to reply to.
    error NoReview(uint256 orderId);
    /// @notice The shop already replied.
    error AlreadyReplied(uint256 orderId);
    /// @notice Only a manager of the shop may reply.
    error NotShopManager(uint256 shopId, address account);
    /// @notice A text CID is empty or longer than `MAX_CID_LENGTH`.
    error InvalidCid(uint256 length);
    /// @notice The buyer's signature could be submitted only until `deadline`.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not the buyer's over this review (ECDSA or EIP-1271).
    error InvalidSignature(address buyer);

    /// @notice A buyer reviewed an order that cost `amount` of `token` (the order's amount, delivery fee excluded).
    event ReviewPosted(
        uint256 indexed orderId,
        uint256 indexed shopId,
        address indexed buyer,
        uint8 rating,
        bytes textCid,
        address token,
        uint256 amount
    );
    /// @notice The shop replied to a review.
    event ReplyPosted(uint256 indexed orderId, uint256 indexed shopId, address indexed by, bytes textCid);

    /// @notice The buyer reviews a purchase: an order the shop accepted that completed, or was resolved after delivery
    ///  with a share to the shop.
    /// @dev Emits {ReviewPosted}. Reverts if:
    ///  - the caller is not `order.buyer`             → NotBuyer(orderId, caller)
    ///  - `rating` is not 1–5                         → InvalidRating(rating)
    ///  - the escrow has no order with these terms    → UnknownOrder(orderId)
    ///  - the order is not a purchase that ended with the shop paid → NotReviewable(orderId)
    ///  - the order was reviewed already              → AlreadyReviewed(orderId)
    ///  - the CID is empty or too long                → InvalidCid(length)
    function review(Order calldata order, uint8 rating, bytes calldata textCid) external;

    /// @notice Anyone submits a review the buyer signed (EIP-712 `Review(uint256 orderId,uint8 rating,bytes textCid,
    ///  uint256 nonce,uint256 deadline)`), so a buyer without the chain's coin can review. A review moves no money:
    ///  the submitter sponsors it (no fee).
    /// @dev Checks, in order: deadline, nonce (consumed), digest, signature (ECDSA or EIP-1271), then as {review}.
    ///  Emits {ReviewPosted}. Reverts if:
    ///  - `block.timestamp > deadline`                → SignatureExpired(deadline)
    ///  - the nonce was used or revoked               → NonceAlreadyUsed(buyer, nonce)
    ///  - the signature is not `order.buyer`'s        → InvalidSignature(buyer)
    ///  - and as {review} after its caller check.
    function reviewBySig(
        Order calldata order,
        uint8 rating,
        bytes calldata textCid,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice The EIP-712 digest a buyer signs for {reviewBySig}.
    function reviewDigest(uint256 orderId, uint8 rating, bytes calldata textCid, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32);

    /// @notice A manager of the reviewed shop replies once.
    /// @dev Emits {ReplyPosted}. Reverts if:
    ///  - the order has no review                     → NoReview(orderId)
    ///  - the caller does not manage the shop         → NotShopManager(shopId, caller)
    ///  - the shop replied already                    → AlreadyReplied(orderId)
    ///  - the CID is empty or too long                → InvalidCid(length)
    function reply(uint256 orderId, bytes calldata textCid) external;

    /// @notice The review of an order (rating 0 when none).
    function reviewOf(uint256 orderId) external view returns (uint256 shopId, uint8 rating, bool hasReply);

    /// @notice Number of reviews and sum of their ratings for a shop.
    function shopRating(uint256 shopId) external view returns (uint64 count, uint64 ratingSum);
}
