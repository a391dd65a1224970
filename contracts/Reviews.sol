// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {IReviews} from "./interfaces/IReviews.sol";
import {IShopRegistry} from "./interfaces/IShopRegistry.sol";
import {orderIdOf} from "./libraries/PackedOrder.sol";
import {isValidSignatureNow} from "./libraries/SignatureCheck.sol";
import {Order, OrderFacts, OrderStatus} from "./types/MarketTypes.sol";
import {UnorderedNonces} from "./utils/UnorderedNonces.sol";

/// @title Reviews
/// @notice Reviews of orders that ended with the shop paid; see {IReviews}.
contract Reviews is IReviews, EIP712, UnorderedNonces {
    /// @notice Longest text CID, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @notice EIP-712 type of a review a buyer signs for anyone to submit (domain "Grandrue Reviews", version "2").
    bytes32 public constant REVIEW_TYPEHASH =
        keccak256("Review(uint256 orderId,uint8 rating,bytes textCid,uint256 nonce,uint256 deadline)");

    struct ReviewRecord {
        uint240 shopId;
        uint8 rating;
        bool hasReply;
    }

    struct ShopRating {
        uint64 count;
        uint64 ratingSum;
    }

    /// @notice The escrow whose orders may be reviewed.
    IEscrow public immutable escrow;
    /// @notice The registry that says who manages a shop.
    IShopRegistry public immutable registry;

    mapping(uint256 orderId => ReviewRecord) private _reviews;
    mapping(uint256 shopId => ShopRating) private _ratings;

    constructor(IEscrow escrow_, IShopRegistry registry_) EIP712("Grandrue Reviews", "2") {
        escrow = escrow_;
        registry = registry_;
    }

    /// @inheritdoc IReviews
    function review(Order calldata order, uint8 rating, bytes calldata textCid) external {
        uint256 orderId = orderIdOf(order);
        if (msg.sender != order.buyer) revert NotBuyer(orderId, msg.sender);
        _review(orderId, order, rating, textCid);
    }

    /// @inheritdoc IReviews
    function reviewBySig(
        Order calldata order,
        uint8 rating,
        bytes calldata textCid,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        uint256 orderId = orderIdOf(order);
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        _useNonce(order.buyer, nonce);
        if (!isValidSignatureNow(order.buyer, reviewDigest(orderId, rating, textCid, nonce, deadline), signature)) {
            revert InvalidSignature(order.buyer);
        }
        _review(orderId, order, rating, textCid);
    }

    /// @inheritdoc IReviews
    function reviewDigest(uint256 orderId, uint8 rating, bytes calldata textCid, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(REVIEW_TYPEHASH, orderId, rating, keccak256(textCid), nonce, deadline))
        );
    }

    /// @notice The EIP-712 domain separator (chain id and this contract's address are part of it).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _review(uint256 orderId, Order calldata order, uint8 rating, bytes calldata textCid) private {
        if (rating == 0 || rating > 5) revert InvalidRating(rating);
        if (!escrow.verifyOrder(orderId, order)) revert UnknownOrder(orderId);
        if (!_isReviewable(escrow.orderFacts(orderId))) revert NotReviewable(orderId);
        if (_reviews[orderId].rating != 0) revert AlreadyReviewed(orderId);
        _checkCid(textCid);

        _reviews[orderId] = ReviewRecord({shopId: SafeCast.toUint240(order.shopId), rating: rating, hasReply: false});
        ShopRating storage shopRating_ = _ratings[order.shopId];
        ++shopRating_.count;
        shopRating_.ratingSum += rating;
        emit ReviewPosted(orderId, order.shopId, order.buyer, rating, textCid, order.token, order.amount);
    }

    /// @inheritdoc IReviews
    function reply(uint256 orderId, bytes calldata textCid) external {
        ReviewRecord storage record = _reviews[orderId];
        if (record.rating == 0) revert NoReview(orderId);
        uint256 shopId = record.shopId;
        if (!registry.isShopManager(shopId, msg.sender)) revert NotShopManager(shopId, msg.sender);
        if (record.hasReply) revert AlreadyReplied(orderId);
        _checkCid(textCid);
        record.hasReply = true;
        emit ReplyPosted(orderId, shopId, msg.sender, textCid);
    }

    /// @inheritdoc IReviews
    function reviewOf(uint256 orderId) external view returns (uint256 shopId, uint8 rating, bool hasReply) {
        ReviewRecord memory record = _reviews[orderId];
        return (record.shopId, record.rating, record.hasReply);
    }

    /// @inheritdoc IReviews
    function shopRating(uint256 shopId) external view returns (uint64 count, uint64 ratingSum) {
        ShopRating memory rating = _ratings[shopId];
        return (rating.count, rating.ratingSum);
    }

    /// @dev A purchase that ended with the shop paid: completed, or resolved after delivery with a share to the shop;
    ///  always one the shop accepted.
    function _isReviewable(OrderFacts memory facts) private pure returns (bool) {
        if (!facts.isShopAccepted) return false;
        if (facts.status == OrderStatus.Completed) return true;
        return facts.status == OrderStatus.Resolved && facts.isShopPaid && facts.deliveredAt != 0;
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }
}
