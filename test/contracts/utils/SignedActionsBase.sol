// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../../contracts/libraries/PackedOrder.sol";
import {Escrow} from "../../../contracts/Escrow.sol";
import {
    BuyerAction,
    BuyerAuthorization,
    Order,
    OrderRequest,
    PullMethod,
    TokenPull
} from "../../../contracts/types/MarketTypes.sol";
import {AuthorizationToken} from "../mocks/tokens/AuthorizationToken.sol";
import {BuyerDigests} from "./BuyerDigests.sol";
import {EscrowTestBase} from "./EscrowHelpers.sol";

/// @notice A gasless buyer (a key, tokens, no allowance, no ETH), a relayer, and EIP-712 digests built here from the
///  type strings, independently of the escrow's code, to sign buyer actions and token pulls.
abstract contract SignedActionsBase is EscrowTestBase {
    bytes32 internal constant DOMAIN_TYPEHASH = BuyerDigests.DOMAIN_TYPEHASH;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    uint256 internal constant SIGNER_KEY = 0x5161E2;
    uint128 internal constant RELAYER_FEE = 0.02 ether;
    uint128 internal constant MAX_FEE = 0.05 ether;

    /// @notice The gasless buyer: holds leman and the authorization token, no ETH, no allowance.
    address internal signer;
    address internal relayer = address(0x2E1A7E2);
    AuthorizationToken internal eurc;
    uint256 internal nextNonce;

    function setUp() public virtual override {
        super.setUp();
        signer = vm.addr(SIGNER_KEY);
        eurc = new AuthorizationToken();
        leman.mint(signer, 1_000 ether);
        eurc.mint(signer, 1_000 ether);
    }

    // ─── Orders ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice One leman order of AMOUNT + FEE through the carrier, arbitrated by the mediator.
    function _signedRequests(address token) internal returns (OrderRequest[] memory requests) {
        requests = new OrderRequest[](1);
        requests[0] = _request(token, AMOUNT, FEE, carrier, address(mediator));
    }

    function _total(OrderRequest[] memory requests) internal pure returns (uint256 total) {
        for (uint256 i; i < requests.length; ++i) {
            total += uint256(requests[i].amount) + requests[i].deliveryFee;
        }
    }

    // ─── Buyer signatures ──────────────────────────────────────────────────────────────────────────────────

    function _escrowDomain(address verifyingContract) internal view returns (bytes32) {
        return BuyerDigests.escrowDomain(verifyingContract, block.chainid);
    }

    function _checkoutDigest(
        address verifyingContract,
        address buyer_,
        OrderRequest[] memory requests,
        uint256 maxFee,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        return BuyerDigests.checkout(_escrowDomain(verifyingContract), buyer_, requests, maxFee, nonce, deadline);
    }

    /// @notice The type string each action is signed under.
    function _actionType(BuyerAction action) internal pure returns (string memory) {
        return BuyerDigests.actionType(action);
    }

    function _actionDigest(
        BuyerAction action,
        uint256 orderId,
        uint128 buyerAmount,
        uint256 maxFee,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        return BuyerDigests.actionDigest(_escrowDomain(address(escrow)), action, orderId, buyerAmount, maxFee, nonce, deadline);
    }

    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @notice The signer's authorization of a checkout (MAX_FEE, a fresh nonce, one hour), signed with `key`.
    function _checkoutAuthorization(address buyer_, OrderRequest[] memory requests, uint256 key)
        internal
        returns (BuyerAuthorization memory authorization)
    {
        authorization = BuyerAuthorization({
            maxFee: MAX_FEE, nonce: nextNonce++, deadline: block.timestamp + 1 hours, signature: ""
        });
        authorization.signature = _sign(
            key,
            _checkoutDigest(
                address(escrow), buyer_, requests, authorization.maxFee, authorization.nonce, authorization.deadline
            )
        );
    }

    /// @notice The signer's authorization of `action` on `orderId` (MAX_FEE, a fresh nonce, one hour).
    function _actionAuthorization(BuyerAction action, uint256 orderId, uint128 buyerAmount)
        internal
        returns (BuyerAuthorization memory authorization)
    {
        authorization = BuyerAuthorization({
            maxFee: MAX_FEE, nonce: nextNonce++, deadline: block.timestamp + 1 hours, signature: ""
        });
        authorization.signature = _sign(
            SIGNER_KEY,
            _actionDigest(
                action, orderId, buyerAmount, authorization.maxFee, authorization.nonce, authorization.deadline
            )
        );
    }

    // ─── Token pulls ───────────────────────────────────────────────────────────────────────────────────────

    function _allowancePull() internal pure returns (TokenPull memory) {
        return TokenPull({
            method: PullMethod.Allowance, value: 0, validAfter: 0, validBefore: 0, nonce: bytes32(0), signature: ""
        });
    }

    /// @notice The signer's EIP-2612 permit of `value` to the escrow on leman.
    function _lemanPermit(uint256 value) internal view returns (TokenPull memory pull) {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, signer, address(escrow), value, leman.nonces(signer), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", leman.DOMAIN_SEPARATOR(), structHash));
        pull = TokenPull({
            method: PullMethod.Permit,
            value: value,
            validAfter: 0,
            validBefore: deadline,
            nonce: bytes32(0),
            signature: _sign(SIGNER_KEY, digest)
        });
    }

    /// @notice The signer's ERC-3009 authorization of `value` to the escrow on the authorization token.
    function _eurcAuthorization(uint256 value, bytes32 nonce) internal view returns (TokenPull memory pull) {
        uint256 validBefore = block.timestamp + 1 hours;
        bytes32 digest = eurc.receiveDigest(signer, address(escrow), value, 0, validBefore, nonce);
        pull = TokenPull({
            method: PullMethod.Authorization,
            value: value,
            validAfter: 0,
            validBefore: validBefore,
            nonce: nonce,
            signature: _sign(SIGNER_KEY, digest)
        });
    }

    // ─── Submissions ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice The relayer submits a checkout of `requests` the signer signed, pulling with `pull`.
    function _checkoutBySig(OrderRequest[] memory requests, uint256 fee, TokenPull memory pull)
        internal
        returns (uint256[] memory)
    {
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.prank(relayer);
        return escrow.checkoutBySig(signer, requests, authorization, fee, pull);
    }

    /// @notice A leman order of the signer, placed by signature with an allowance-free permit and no fee.
    function _signerOrder() internal returns (uint256 id, Order memory order) {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        id = _checkoutBySig(requests, 0, _lemanPermit(_total(requests)))[0];
        order = _orderFor(requests[0], signer);
    }

    /// @notice The relayer submits `action` the signer signed, taking no fee.
    function _relay(BuyerAction action, Order memory order, uint128 buyerAmount) internal {
        BuyerAuthorization memory authorization = _actionAuthorization(action, orderIdOf(order), buyerAmount);
        vm.prank(relayer);
        escrow.relayBuyerAction(action, order, buyerAmount, authorization, 0, _allowancePull());
    }

    /// @notice Another escrow on the same registry, to show signatures do not cross contracts.
    function _otherEscrow() internal returns (Escrow) {
        return new Escrow(registry, address(attestations));
    }
}
