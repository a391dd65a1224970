// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Escrow} from "../../contracts/Escrow.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {IUnorderedNonces} from "../../contracts/interfaces/IUnorderedNonces.sol";
import {
    BuyerAuthorization,
    Order,
    OrderRequest,
    OrderStatus,
    PullMethod,
    TokenPull
} from "../../contracts/types/MarketTypes.sol";
import {MaliciousSigner} from "./mocks/signers/MaliciousSigner.sol";
import {PrefixedSignatureWallet} from "./mocks/signers/PrefixedSignatureWallet.sol";
import {SkimmingToken} from "./utils/EscrowHelpers.sol";
import {SignedActionsBase} from "./utils/SignedActionsBase.sol";

/// @notice Checkout by the buyer's EIP-712 signature, submitted by anyone who is paid a fee in the order's token.
contract EscrowCheckoutBySigTest is SignedActionsBase {
    // ─── Domain ────────────────────────────────────────────────────────────────────────────────────────────
    // The typehashes are private: every test here signs a digest built from the type strings of {IEscrow}, which
    // is what proves them.

    function test_eip712Domain_namesTheEscrowVersionTwoOnThisChain() public view {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            escrow.eip712Domain();
        assertEq(keccak256(bytes(name)), keccak256("Grandrue Escrow"), "name");
        assertEq(keccak256(bytes(version)), keccak256("2"), "version");
        assertEq(chainId, block.chainid, "chain");
        assertEq(verifyingContract, address(escrow), "contract");
    }

    // ─── Pull methods ──────────────────────────────────────────────────────────────────────────────────────

    function test_checkoutBySig_withPermit_opensTheOrderForTheBuyerAndPaysTheSubmitter() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        uint256 total = _total(requests) + RELAYER_FEE;
        uint256 signerBefore = leman.balanceOf(signer);
        Order memory order = _orderFor(requests[0], signer);
        uint256 expectedId = orderIdOf(order);

        _expectOrderPaid(order, requests[0].itemsDigest, requests[0].shippingDigest, _now() + _hours(ACCEPT_HOURS));
        uint256[] memory ids = _checkoutBySig(requests, RELAYER_FEE, _lemanPermit(total));

        assertEq(ids[0], expectedId, "the order belongs to the signer");
        _assertStatus(ids[0], OrderStatus.Paid);
        assertEq(signerBefore - leman.balanceOf(signer), total, "the signer paid the order and the fee");
        assertEq(leman.balanceOf(relayer), RELAYER_FEE, "the submitter got its fee");
        assertEq(leman.balanceOf(address(escrow)), _total(requests), "the escrow holds the order");
        assertEq(leman.allowance(signer, address(escrow)), 0, "the permit was used up");
        assertTrue(escrow.isNonceUsed(signer, 0), "nonce used");
    }

    function test_checkoutBySig_withAnExistingAllowance() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        vm.prank(signer);
        leman.approve(address(escrow), type(uint256).max);

        uint256[] memory ids = _checkoutBySig(requests, RELAYER_FEE, _allowancePull());

        _assertStatus(ids[0], OrderStatus.Paid);
        assertEq(leman.balanceOf(relayer), RELAYER_FEE, "fee paid");
    }

    function test_checkoutBySig_withAFrontRunPermit_usesTheAllowanceItSet() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        TokenPull memory pull = _lemanPermit(_total(requests));
        (uint8 v, bytes32 r, bytes32 s) = _vrs(pull.signature);
        leman.permit(signer, address(escrow), pull.value, pull.validBefore, v, r, s);

        uint256[] memory ids = _checkoutBySig(requests, 0, pull);

        _assertStatus(ids[0], OrderStatus.Paid);
    }

    function test_checkoutBySig_withAnAuthorization_movesExactlyTheOrdersAndTheFee() public {
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 total = _total(requests) + RELAYER_FEE;

        uint256[] memory ids = _checkoutBySig(requests, RELAYER_FEE, _eurcAuthorization(total, keccak256("a1")));

        _assertStatus(ids[0], OrderStatus.Paid);
        assertEq(eurc.balanceOf(relayer), RELAYER_FEE, "fee forwarded");
        assertEq(eurc.balanceOf(address(escrow)), _total(requests), "order held");
        assertTrue(eurc.authorizationState(signer, keccak256("a1")), "authorization used");
    }

    function test_checkoutBySig_withABytesPermitOfASmartWallet() public {
        uint256 ownerKey = 0xA11CE5;
        PrefixedSignatureWallet wallet = new PrefixedSignatureWallet(vm.addr(ownerKey));
        eurc.mint(address(wallet), 10 ether);
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 total = _total(requests);
        uint256 deadline = block.timestamp + 1 hours;
        TokenPull memory pull = TokenPull({
            method: PullMethod.Permit,
            value: total,
            validAfter: 0,
            validBefore: deadline,
            nonce: bytes32(0),
            // A 66-byte signature takes the `bytes` overload, which asks the wallet (EIP-1271).
            signature: bytes.concat(
                hex"01", _sign(ownerKey, eurc.permitDigest(address(wallet), address(escrow), total, deadline))
            )
        });
        BuyerAuthorization memory authorization = _checkoutAuthorization(address(wallet), requests, ownerKey);
        authorization.signature = bytes.concat(hex"01", authorization.signature);
        vm.prank(relayer);
        escrow.checkoutBySig(address(wallet), requests, authorization, 0, pull);

        assertEq(eurc.balanceOf(address(escrow)), total, "pulled from the smart wallet");
    }

    function test_checkoutBySig_withABytesAuthorizationOfASmartWallet() public {
        uint256 ownerKey = 0xA11CE5;
        PrefixedSignatureWallet wallet = new PrefixedSignatureWallet(vm.addr(ownerKey));
        eurc.mint(address(wallet), 10 ether);
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 total = _total(requests);
        uint256 validBefore = block.timestamp + 1 hours;
        bytes32 digest = eurc.receiveDigest(address(wallet), address(escrow), total, 0, validBefore, keccak256("w"));
        TokenPull memory pull = TokenPull({
            method: PullMethod.Authorization,
            value: total,
            validAfter: 0,
            validBefore: validBefore,
            nonce: keccak256("w"),
            signature: bytes.concat(hex"01", _sign(ownerKey, digest))
        });
        BuyerAuthorization memory authorization = _checkoutAuthorization(address(wallet), requests, ownerKey);
        authorization.signature = bytes.concat(hex"01", authorization.signature);

        vm.prank(relayer);
        uint256[] memory ids = escrow.checkoutBySig(address(wallet), requests, authorization, 0, pull);

        _assertStatus(ids[0], OrderStatus.Paid);
        assertEq(eurc.balanceOf(address(escrow)), total, "pulled from the smart wallet");
    }

    function test_checkoutBySig_severalOrdersForSeveralShopsInOneToken() public {
        uint256 otherShop = _registerShop(stranger, stranger);
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(leman), AMOUNT, FEE, carrier, address(mediator));
        requests[1] = _retarget(_request(address(leman), 2 * AMOUNT, 0, address(0), address(0)), otherShop);
        uint256 total = _total(requests) + RELAYER_FEE;

        uint256[] memory ids = _checkoutBySig(requests, RELAYER_FEE, _lemanPermit(total));

        assertEq(ids.length, 2, "two orders");
        assertEq(ids[1], orderIdOf(_orderFor(requests[1], signer)), "second order");
        assertEq(leman.balanceOf(address(escrow)), _total(requests), "both held");
    }

    function test_checkoutBySig_submittedByTheBuyerItselfWithoutFee() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        TokenPull memory pull = _lemanPermit(_total(requests));
        vm.prank(signer);
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
        assertEq(leman.balanceOf(address(escrow)), _total(requests), "held");
    }

    function test_checkoutBySig_creditsTheFeeOfARelayerTheTokenRefuses() public {
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 total = _total(requests) + RELAYER_FEE;
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        TokenPull memory pull = _eurcAuthorization(total, keccak256("r"));
        address refusedRelayer = address(0);
        // The zero address cannot receive tokens: the fee is credited to it, as any failed payment.
        vm.prank(refusedRelayer);
        uint256[] memory ids = escrow.checkoutBySig(signer, requests, authorization, RELAYER_FEE, pull);
        _assertStatus(ids[0], OrderStatus.Paid);
        assertEq(escrow.creditOf(refusedRelayer, address(eurc)), RELAYER_FEE, "fee credited");
    }

    // ─── Reverts ───────────────────────────────────────────────────────────────────────────────────────────

    function test_checkoutBySig_revertsWhen_noOrder() public {
        OrderRequest[] memory requests = new OrderRequest[](0);
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidOrderCount.selector, 0));
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_acceptsAtTheDeadline_andRevertsAfterIt() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        TokenPull memory pull = _lemanPermit(_total(requests));
        uint256 snapshot = vm.snapshotState();

        vm.warp(authorization.deadline - 1);
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
        vm.revertToState(snapshot);

        vm.warp(authorization.deadline);
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
        vm.revertToState(snapshot);

        vm.warp(authorization.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.SignatureExpired.selector, authorization.deadline));
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
    }

    function test_checkoutBySig_revertsWhen_replayed() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        vm.prank(signer);
        leman.approve(address(escrow), type(uint256).max);
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());

        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, signer, authorization.nonce));
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_theBuyerRevokedTheNonce() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.prank(signer);
        escrow.invalidateNonce(authorization.nonce);
        TokenPull memory pull = _lemanPermit(_total(requests));

        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, signer, authorization.nonce));
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
    }

    function test_checkoutBySig_revertsWhen_signedBySomeoneElse() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, 0xBAD);
        TokenPull memory pull = _lemanPermit(_total(requests));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.checkoutBySig(signer, requests, authorization, 0, pull);
    }

    function test_checkoutBySig_revertsWhen_theBuyerIsAnotherAccount() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        // Signed for the signer: naming another buyer (who would pay) changes the digest.
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, buyer));
        escrow.checkoutBySig(buyer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_aSignedFieldIsChanged() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        for (uint256 field; field < 16; ++field) {
            OrderRequest[] memory altered = _signedRequests(address(leman));
            altered[0] = requests[0];
            altered[0] = _copyRequest(requests[0]);
            BuyerAuthorization memory changed = authorization;
            if (field == 0) altered[0].shopId += 1;
            else if (field == 1) altered[0].payout = stranger;
            else if (field == 2) altered[0].token = address(eurc);
            else if (field == 3) altered[0].amount += 1;
            else if (field == 4) altered[0].deliveryFee += 1;
            else if (field == 5) altered[0].carrier = stranger;
            else if (field == 6) altered[0].arbitrator = stranger;
            else if (field == 7) altered[0].hook = stranger;
            else if (field == 8) altered[0].terms.acceptHours += 1;
            else if (field == 9) altered[0].terms.returnHours += 1;
            else if (field == 10) altered[0].itemsDigest = keccak256("other items");
            else if (field == 11) altered[0].shippingDigest = keccak256("other address");
            else if (field == 12) altered[0].codeHash = keccak256("other code");
            else if (field == 13) changed = _withMaxFee(authorization, MAX_FEE + 1);
            else if (field == 14) changed = _withDeadline(authorization, authorization.deadline + 1);
            else changed = _withNonce(authorization, authorization.nonce + 1);
            vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
            escrow.checkoutBySig(signer, altered, changed, 0, _allowancePull());
        }
    }

    function test_checkoutBySig_revertsWhen_signedForAnotherEscrow() public {
        Escrow other = _otherEscrow();
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        other.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_signedOnAnotherChain() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_aWalletApprovesEverythingForAnotherBuyer() public {
        address wallet = address(new MaliciousSigner(MaliciousSigner.Behaviour.ApproveEverything));
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        // The wallet may approve what it likes for itself, but pays with its own tokens, which it has none of.
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, _total(requests))
        );
        escrow.checkoutBySig(wallet, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_theFeeExceedsTheSignedMaximum() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.FeeTooHigh.selector, MAX_FEE + 1, MAX_FEE));
        escrow.checkoutBySig(signer, requests, authorization, MAX_FEE + 1, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_anOrderPaysInEth() public {
        OrderRequest[] memory requests = _signedRequests(address(0));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(IEscrow.NativeTokenNotPullable.selector);
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_ordersPayInTwoTokens() public {
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(leman), AMOUNT, 0, address(0), address(0));
        requests[1] = _request(address(eurc), AMOUNT, 0, address(0), address(0));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.TokenMismatch.selector, address(leman), address(eurc)));
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_theAuthorizationValueIsNotTheTotal() public {
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 total = _total(requests) + RELAYER_FEE;
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        TokenPull memory pull = _eurcAuthorization(total + 1, keccak256("x"));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.AuthorizationValueMismatch.selector, total, total + 1));
        escrow.checkoutBySig(signer, requests, authorization, RELAYER_FEE, pull);
    }

    function test_checkoutBySig_revertsWhen_thereIsNeitherPermitNorAllowance() public {
        OrderRequest[] memory requests = _signedRequests(address(leman));
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, _total(requests))
        );
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    function test_checkoutBySig_revertsWhen_theTokenSkimsTransfers() public {
        SkimmingToken skimming = new SkimmingToken();
        skimming.mint(signer, 10 ether);
        vm.prank(signer);
        skimming.approve(address(escrow), type(uint256).max);
        OrderRequest[] memory requests = _signedRequests(address(skimming));
        uint256 total = _total(requests);
        BuyerAuthorization memory authorization = _checkoutAuthorization(signer, requests, SIGNER_KEY);
        vm.expectRevert(
            abi.encodeWithSelector(IEscrow.FeeOnTransferToken.selector, address(skimming), total, total - total / 100)
        );
        escrow.checkoutBySig(signer, requests, authorization, 0, _allowancePull());
    }

    // ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────

    function _vrs(bytes memory signature) private pure returns (uint8 v, bytes32 r, bytes32 s) {
        (r, s) = abi.decode(signature, (bytes32, bytes32));
        v = uint8(signature[64]);
    }

    function _copyRequest(OrderRequest memory request) private pure returns (OrderRequest memory) {
        return abi.decode(abi.encode(request), (OrderRequest));
    }

    function _withMaxFee(BuyerAuthorization memory a, uint256 maxFee) private pure returns (BuyerAuthorization memory) {
        return BuyerAuthorization({maxFee: maxFee, nonce: a.nonce, deadline: a.deadline, signature: a.signature});
    }

    function _withDeadline(BuyerAuthorization memory a, uint256 deadline)
        private
        pure
        returns (BuyerAuthorization memory)
    {
        return BuyerAuthorization({maxFee: a.maxFee, nonce: a.nonce, deadline: deadline, signature: a.signature});
    }

    function _withNonce(BuyerAuthorization memory a, uint256 nonce) private pure returns (BuyerAuthorization memory) {
        return BuyerAuthorization({maxFee: a.maxFee, nonce: nonce, deadline: a.deadline, signature: a.signature});
    }
}
