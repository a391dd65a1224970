// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Reviews} from "../../contracts/Reviews.sol";
import {IReviews} from "../../contracts/interfaces/IReviews.sol";
import {IUnorderedNonces} from "../../contracts/interfaces/IUnorderedNonces.sol";
import {BuyerAction, Order, OrderRequest} from "../../contracts/types/MarketTypes.sol";
import {OwnerSignedWallet} from "./mocks/signers/OwnerSignedWallet.sol";
import {SignedActionsBase} from "./utils/SignedActionsBase.sol";

/// @notice A review the buyer signed, submitted by anyone (the buyer needs no native coin).
contract ReviewsBySigTest is SignedActionsBase {
    string internal constant REVIEW_TYPE =
        "Review(uint256 orderId,uint8 rating,bytes textCid,uint256 nonce,uint256 deadline)";
    bytes internal constant TEXT_CID = hex"01551220dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";
    uint256 internal constant NONCE = 9;

    uint256 internal orderId;
    Order internal order;

    function setUp() public override {
        super.setUp();
        (orderId, order) = _signerOrder();
        _shipAndDeliver(orderId, order);
        _relay(BuyerAction.Release, order, 0);
    }

    function test_reviewTypehash_isTheHashOfTheTypeString() public view {
        assertEq(reviews.REVIEW_TYPEHASH(), keccak256(bytes(REVIEW_TYPE)), "typehash");
    }

    function test_reviewDigest_matchesAnIndependentEip712Digest() public view {
        uint256 deadline = block.timestamp + 1 hours;
        assertEq(
            reviews.reviewDigest(orderId, 5, TEXT_CID, NONCE, deadline),
            _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline),
            "digest"
        );
        assertEq(reviews.domainSeparator(), _domain(address(reviews)), "domain");
    }

    function test_reviewBySig_postsTheBuyersReview() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));

        vm.expectEmit(address(reviews));
        emit IReviews.ReviewPosted(orderId, shopId, signer, 5, TEXT_CID, address(leman), AMOUNT);
        vm.prank(relayer);
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);

        (, uint8 rating,) = reviews.reviewOf(orderId);
        assertEq(rating, 5, "rating");
        assertTrue(reviews.isNonceUsed(signer, NONCE), "nonce used");
    }

    function test_reviewBySig_acceptsASmartAccountBuyer() public {
        uint256 ownerKey = 0xA11CE5;
        OwnerSignedWallet wallet = new OwnerSignedWallet(vm.addr(ownerKey));
        vm.deal(address(wallet), AMOUNT);
        (uint256 id, Order memory walletOrder) = _walletOrder(address(wallet));
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(ownerKey, _digest(address(reviews), id, 4, TEXT_CID, NONCE, deadline));

        reviews.reviewBySig(walletOrder, 4, TEXT_CID, NONCE, deadline, signature);

        (, uint8 rating,) = reviews.reviewOf(id);
        assertEq(rating, 4, "rating");
    }

    function test_reviewBySig_acceptsAtTheDeadline_andRevertsAfterIt() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));
        uint256 snapshot = vm.snapshotState();
        vm.warp(deadline);
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);
        vm.revertToState(snapshot);

        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IReviews.SignatureExpired.selector, deadline));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);
    }

    function test_reviewBySig_revertsWhen_theNonceWasRevoked() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));
        vm.prank(signer);
        reviews.invalidateNonce(NONCE);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, signer, NONCE));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);
    }

    function test_reviewBySig_revertsWhen_aSignedFieldIsChanged() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 1, TEXT_CID, NONCE, deadline, signature);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, hex"0155", NONCE, deadline, signature);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE + 1, deadline, signature);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline + 1, signature);
    }

    function test_reviewBySig_revertsWhen_signedBySomeoneElse() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(0xBAD, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);
    }

    function test_reviewBySig_revertsWhen_signedForAnotherReviewsContractOrChain() public {
        Reviews other = new Reviews(escrow, registry);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(SIGNER_KEY, _digest(address(other), orderId, 5, TEXT_CID, NONCE, deadline));
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);

        signature = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline));
        vm.chainId(block.chainid + 1);
        vm.expectRevert(abi.encodeWithSelector(IReviews.InvalidSignature.selector, signer));
        reviews.reviewBySig(order, 5, TEXT_CID, NONCE, deadline, signature);
    }

    function test_reviewBySig_revertsWhen_replayedWithANewNonce() public {
        uint256 deadline = block.timestamp + 1 hours;
        reviews.reviewBySig(
            order,
            5,
            TEXT_CID,
            NONCE,
            deadline,
            _sign(SIGNER_KEY, _digest(address(reviews), orderId, 5, TEXT_CID, NONCE, deadline))
        );
        bytes memory second = _sign(SIGNER_KEY, _digest(address(reviews), orderId, 1, TEXT_CID, NONCE + 1, deadline));
        vm.expectRevert(abi.encodeWithSelector(IReviews.AlreadyReviewed.selector, orderId));
        reviews.reviewBySig(order, 1, TEXT_CID, NONCE + 1, deadline, second);
    }

    // ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────

    function _domain(address verifyingContract) private view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Grandrue Reviews"), keccak256("2"), block.chainid, verifyingContract)
        );
    }

    function _digest(
        address verifyingContract,
        uint256 id,
        uint8 rating,
        bytes memory textCid,
        uint256 nonce,
        uint256 deadline
    ) private view returns (bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(keccak256(bytes(REVIEW_TYPE)), id, rating, keccak256(textCid), nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", _domain(verifyingContract), structHash));
    }

    /// @notice A completed ETH order placed and released by `wallet`, which the shop accepted.
    function _walletOrder(address wallet) private returns (uint256 id, Order memory walletOrder) {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        walletOrder = _orderFor(requests[0], wallet);
        vm.prank(wallet);
        id = escrow.checkout{value: AMOUNT}(requests)[0];
        _accept(walletOrder);
        vm.prank(wallet);
        escrow.release(walletOrder);
    }
}
