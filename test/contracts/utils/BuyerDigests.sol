// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BuyerAction, OrderRequest} from "../../../contracts/types/MarketTypes.sol";

/// @notice The EIP-712 digests a buyer signs for the escrow, built here from the type strings of `IEscrow`,
///  independently of the escrow's code (shared by the signature tests and the invariant handler).
library BuyerDigests {
    string internal constant SHOP_TERMS_TYPE =
        "ShopTerms(uint16 acceptHours,uint16 shipHours,uint16 deliveryHours,uint16 returnHours)";
    string internal constant ORDER_REQUEST_TYPE =
        "OrderRequest(uint256 shopId,address payout,address token,uint128 amount,uint128 deliveryFee,address carrier,address arbitrator,address hook,ShopTerms terms,bytes32 itemsDigest,bytes32 shippingDigest,bytes32 codeHash)";
    string internal constant CHECKOUT_TYPE =
        "Checkout(address buyer,OrderRequest[] orders,uint256 maxFee,uint256 nonce,uint256 deadline)";
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @notice The escrow's domain separator at `verifyingContract` on `chainId`.
    function escrowDomain(address verifyingContract, uint256 chainId) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Grandrue Escrow"), keccak256("2"), chainId, verifyingContract)
        );
    }

    bytes32 internal constant SHOP_TERMS_TYPEHASH = keccak256(abi.encodePacked(SHOP_TERMS_TYPE));
    bytes32 internal constant ORDER_REQUEST_TYPEHASH = keccak256(abi.encodePacked(ORDER_REQUEST_TYPE, SHOP_TERMS_TYPE));
    bytes32 internal constant CHECKOUT_TYPEHASH =
        keccak256(abi.encodePacked(CHECKOUT_TYPE, ORDER_REQUEST_TYPE, SHOP_TERMS_TYPE));

    /// @dev An `OrderRequest`'s EIP-712 fields in order, the terms replaced by their hash. A static struct encodes as
    ///  its fields one after another, so hashing it is hashing the fields, built one store at a time: 13 values in
    ///  one `abi.encode` are too many for the stack in some callers.
    struct EncodedRequest {
        bytes32 typehash;
        uint256 shopId;
        address payout;
        address token;
        uint128 amount;
        uint128 deliveryFee;
        address carrier;
        address arbitrator;
        address hook;
        bytes32 termsHash;
        bytes32 itemsDigest;
        bytes32 shippingDigest;
        bytes32 codeHash;
    }

    function requestHash(OrderRequest memory request) internal pure returns (bytes32) {
        EncodedRequest memory fields;
        fields.typehash = ORDER_REQUEST_TYPEHASH;
        fields.shopId = request.shopId;
        fields.payout = request.payout;
        fields.token = request.token;
        fields.amount = request.amount;
        fields.deliveryFee = request.deliveryFee;
        fields.carrier = request.carrier;
        fields.arbitrator = request.arbitrator;
        fields.hook = request.hook;
        fields.termsHash = keccak256(abi.encode(SHOP_TERMS_TYPEHASH, request.terms));
        fields.itemsDigest = request.itemsDigest;
        fields.shippingDigest = request.shippingDigest;
        fields.codeHash = request.codeHash;
        return keccak256(abi.encode(fields));
    }

    function checkout(
        bytes32 domain,
        address buyer,
        OrderRequest[] memory requests,
        uint256 maxFee,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](requests.length);
        for (uint256 i; i < requests.length; ++i) {
            hashes[i] = requestHash(requests[i]);
        }
        bytes32 structHash = keccak256(
            abi.encode(CHECKOUT_TYPEHASH, buyer, keccak256(abi.encodePacked(hashes)), maxFee, nonce, deadline)
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @notice The type string each action is signed under.
    function actionType(BuyerAction kind) internal pure returns (string memory) {
        if (kind == BuyerAction.Cancel) return "Cancel(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)";
        if (kind == BuyerAction.ConfirmReceipt) {
            return "ConfirmReceipt(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)";
        }
        if (kind == BuyerAction.Release) return "Release(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)";
        if (kind == BuyerAction.OpenDispute) {
            return "OpenDispute(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)";
        }
        if (kind == BuyerAction.ProposeSettlement) {
            return "ProposeSettlement(uint256 orderId,uint128 buyerAmount,uint256 maxFee,uint256 nonce,uint256 deadline)";
        }
        return "AcceptSettlement(uint256 orderId,uint128 buyerAmount,uint256 maxFee,uint256 nonce,uint256 deadline)";
    }

    /// @notice The EIP-712 digest a buyer signs for one post-checkout action.
    function actionDigest(
        bytes32 domain,
        BuyerAction kind,
        uint256 orderId,
        uint128 buyerAmount,
        uint256 maxFee,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 typehash = keccak256(bytes(actionType(kind)));
        bool isSettlement = kind == BuyerAction.ProposeSettlement || kind == BuyerAction.AcceptSettlement;
        bytes32 structHash = isSettlement
            ? keccak256(abi.encode(typehash, orderId, buyerAmount, maxFee, nonce, deadline))
            : keccak256(abi.encode(typehash, orderId, maxFee, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }
}
