// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Escrow} from "../../contracts/Escrow.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {IUnorderedNonces} from "../../contracts/interfaces/IUnorderedNonces.sol";
import {
    BuyerAction,
    BuyerAuthorization,
    Order,
    OrderRequest,
    OrderStatus,
    Resolution,
    TokenPull
} from "../../contracts/types/MarketTypes.sol";
import {OwnerSignedWallet} from "./mocks/signers/OwnerSignedWallet.sol";
import {CostlyArbitrator} from "./utils/EscrowHelpers.sol";
import {statuses} from "./utils/OrderStatusSets.sol";
import {SignedActionsBase} from "./utils/SignedActionsBase.sol";

/// @notice Every post-checkout buyer action by the buyer's EIP-712 signature, submitted by anyone.
contract EscrowRelayBuyerActionTest is SignedActionsBase {
    uint128 private constant BUYER_SHARE = 0.3 ether;

    // ─── Each action ───────────────────────────────────────────────────────────────────────────────────────

    function test_relayBuyerAction_cancel_refundsTheBuyer() public {
        (uint256 id, Order memory order) = _signerOrder();
        uint256 before = leman.balanceOf(signer);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCancelled(id);
        _relay(BuyerAction.Cancel, order, 0);

        _assertStatus(id, OrderStatus.Cancelled);
        assertEq(leman.balanceOf(signer) - before, AMOUNT + FEE, "refunded");
    }

    function test_relayBuyerAction_confirmReceipt_namesTheBuyerAsDeliverer() public {
        (uint256 id, Order memory order) = _signerOrder();
        _ship(id, order);

        vm.expectEmit(true, true, false, false, address(escrow));
        emit IEscrow.OrderDelivered(id, signer, 0);
        _relay(BuyerAction.ConfirmReceipt, order, 0);

        _assertStatus(id, OrderStatus.Delivered);
        assertEq(leman.balanceOf(carrier), FEE, "carrier paid");
    }

    function test_relayBuyerAction_release_paysTheShopAndNamesTheBuyer() public {
        (uint256 id, Order memory order) = _signerOrder();

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderCompleted(id, signer);
        _relay(BuyerAction.Release, order, 0);

        _assertStatus(id, OrderStatus.Completed);
        assertEq(leman.balanceOf(payout), AMOUNT, "shop paid");
    }

    function test_relayBuyerAction_openDispute_withTheFreeMediator() public {
        (uint256 id, Order memory order) = _signerOrder();
        _shipAndDeliver(id, order);

        vm.expectEmit(true, true, false, false, address(escrow));
        emit IEscrow.DisputeOpened(id, signer, true, 0, 0);
        _relay(BuyerAction.OpenDispute, order, 0);

        _assertStatus(id, OrderStatus.Disputed);
    }

    function test_relayBuyerAction_openDispute_theSubmitterPaysTheArbitrationCostAndTakesItsFee() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, FEE, carrier, address(arbitrator));
        uint256 id = _checkoutBySig(requests, 0, _lemanPermit(_total(requests)))[0];
        Order memory order = _orderFor(requests[0], signer);
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();
        vm.deal(relayer, cost);
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.OpenDispute, id, 0);
        TokenPull memory feePull = _lemanPermit(RELAYER_FEE);

        vm.prank(relayer);
        escrow.relayBuyerAction{value: cost}(BuyerAction.OpenDispute, order, 0, authorization, RELAYER_FEE, feePull);

        _assertStatus(id, OrderStatus.Disputed);
        assertEq(address(arbitrator).balance, cost, "the submitter paid the arbitrator");
        assertEq(leman.balanceOf(relayer), RELAYER_FEE, "and took its fee in the order's token");
        assertEq(_disputeId(id), 7, "dispute created");
    }

    function test_relayBuyerAction_proposeSettlement_recordsTheBuyersOffer() public {
        (uint256 id, Order memory order) = _disputedSignerOrder();

        vm.expectEmit(address(escrow));
        emit IEscrow.SettlementProposed(id, signer, BUYER_SHARE);
        _relay(BuyerAction.ProposeSettlement, order, BUYER_SHARE);

        (address proposer, uint128 amount) = escrow.settlementOffer(id);
        assertEq(proposer, signer, "proposer");
        assertEq(amount, BUYER_SHARE, "amount");
    }

    function test_relayBuyerAction_acceptSettlement_paysTheShopsOffer() public {
        (uint256 id, Order memory order) = _disputedSignerOrder();
        vm.prank(merchant);
        escrow.proposeSettlement(order, BUYER_SHARE);
        uint256 before = leman.balanceOf(signer);

        vm.expectEmit(address(escrow));
        emit IEscrow.DisputeResolved(id, Resolution.Settlement, BUYER_SHARE, AMOUNT - BUYER_SHARE);
        _relay(BuyerAction.AcceptSettlement, order, BUYER_SHARE);

        _assertStatus(id, OrderStatus.Resolved);
        assertEq(leman.balanceOf(signer) - before, BUYER_SHARE, "buyer's share");
    }

    function test_relayBuyerAction_bySmartAccountBuyer() public {
        uint256 ownerKey = 0xA11CE5;
        OwnerSignedWallet wallet = new OwnerSignedWallet(vm.addr(ownerKey));
        vm.deal(address(wallet), AMOUNT);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        Order memory order = _orderFor(requests[0], address(wallet));
        vm.prank(address(wallet));
        uint256 id = escrow.checkout{value: AMOUNT}(requests)[0];
        BuyerAuthorization memory authorization = BuyerAuthorization({
            maxFee: 0, nonce: 1, deadline: block.timestamp + 1 hours, signature: ""
        });
        authorization.signature = _sign(ownerKey, _actionDigest(BuyerAction.Release, id, 0, 0, 1, authorization.deadline));

        vm.prank(relayer);
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 0, _allowancePull());

        _assertStatus(id, OrderStatus.Completed);
    }

    // ─── Fees ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_relayBuyerAction_feeByPermit_goesStraightToTheSubmitter() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory feePull = _lemanPermit(RELAYER_FEE);

        vm.prank(relayer);
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, RELAYER_FEE, feePull);

        assertEq(leman.balanceOf(relayer), RELAYER_FEE, "fee");
        assertEq(leman.balanceOf(address(escrow)), 0, "the release paid the shop and returned the unpaid delivery fee");
    }

    function test_relayBuyerAction_feeByAuthorization_isForwardedToTheSubmitter() public {
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 id = _checkoutBySig(requests, 0, _eurcAuthorization(_total(requests), keccak256("checkout")))[0];
        Order memory order = _orderFor(requests[0], signer);
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Cancel, id, 0);
        TokenPull memory feePull = _eurcAuthorization(RELAYER_FEE, keccak256("fee"));

        vm.prank(relayer);
        escrow.relayBuyerAction(BuyerAction.Cancel, order, 0, authorization, RELAYER_FEE, feePull);

        assertEq(eurc.balanceOf(relayer), RELAYER_FEE, "fee forwarded");
        assertEq(eurc.balanceOf(address(escrow)), 0, "nothing left in the escrow");
    }

    function test_relayBuyerAction_revertsWhen_theFeeExceedsTheSignedMaximum() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.FeeTooHigh.selector, MAX_FEE + 1, MAX_FEE));
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, MAX_FEE + 1, pull);
    }

    function test_relayBuyerAction_revertsWhen_aFeeIsAskedOnAnEthOrder() public {
        (uint256 id, Order memory order) = _ethSignerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(IEscrow.NativeTokenNotPullable.selector);
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 1, pull);
    }

    function test_relayBuyerAction_withoutFeeOnAnEthOrder() public {
        (uint256 id, Order memory order) = _ethSignerOrder();
        _relay(BuyerAction.Release, order, 0);
        _assertStatus(id, OrderStatus.Completed);
    }

    function test_relayBuyerAction_revertsWhen_theAuthorizationValueIsNotTheFee() public {
        OrderRequest[] memory requests = _signedRequests(address(eurc));
        uint256 id = _checkoutBySig(requests, 0, _eurcAuthorization(_total(requests), keccak256("checkout")))[0];
        Order memory order = _orderFor(requests[0], signer);
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Cancel, id, 0);
        TokenPull memory feePull = _eurcAuthorization(RELAYER_FEE + 1, keccak256("fee"));
        vm.expectRevert(
            abi.encodeWithSelector(IEscrow.AuthorizationValueMismatch.selector, RELAYER_FEE, RELAYER_FEE + 1)
        );
        escrow.relayBuyerAction(BuyerAction.Cancel, order, 0, authorization, RELAYER_FEE, feePull);
    }

    function test_relayBuyerAction_revertsWhen_theFeeCannotBePulled() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, RELAYER_FEE)
        );
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, RELAYER_FEE, pull);
    }

    function test_relayBuyerAction_revertsWhen_valueIsSentWithAnotherActionThanADispute() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.deal(relayer, 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, 0, 1));
        vm.prank(relayer);
        escrow.relayBuyerAction{value: 1}(BuyerAction.Release, order, 0, authorization, 0, pull);
    }

    // ─── Signature checks ──────────────────────────────────────────────────────────────────────────────────

    function test_relayBuyerAction_revertsWhen_theTermsNameNoOrder() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        Order memory tampered = _copy(order);
        tampered.payout = signer;
        TokenPull memory pull = _allowancePull();
        _expectUnknownOrder(tampered);
        escrow.relayBuyerAction(BuyerAction.Release, tampered, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_acceptsAtTheDeadline_andRevertsAfterIt() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        uint256 snapshot = vm.snapshotState();

        vm.warp(authorization.deadline);
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 0, pull);
        vm.revertToState(snapshot);

        vm.warp(authorization.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.SignatureExpired.selector, authorization.deadline));
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_replayed() public {
        (uint256 id, Order memory order) = _disputedSignerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.ProposeSettlement, id, BUYER_SHARE);
        TokenPull memory pull = _allowancePull();
        escrow.relayBuyerAction(BuyerAction.ProposeSettlement, order, BUYER_SHARE, authorization, 0, pull);
        vm.prank(merchant);
        escrow.proposeSettlement(order, AMOUNT / 2);

        // Replaying the buyer's old offer would replace the shop's counter-offer: the nonce forbids it.
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, signer, authorization.nonce));
        escrow.relayBuyerAction(BuyerAction.ProposeSettlement, order, BUYER_SHARE, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_signedBySomeoneElse() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        authorization.signature =
            _sign(0xBAD, _actionDigest(BuyerAction.Release, id, 0, MAX_FEE, authorization.nonce, authorization.deadline));
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_aSignatureIsUsedForAnotherAction() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Cancel, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.relayBuyerAction(BuyerAction.Release, order, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_aSignatureIsUsedForAnotherOrder() public {
        (uint256 id,) = _signerOrder();
        (, Order memory other) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.relayBuyerAction(BuyerAction.Release, other, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_theSettlementAmountIsChanged() public {
        (uint256 id, Order memory order) = _disputedSignerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.ProposeSettlement, id, BUYER_SHARE);
        TokenPull memory pull = _allowancePull();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.relayBuyerAction(BuyerAction.ProposeSettlement, order, AMOUNT, authorization, 0, pull);
    }

    function test_relayBuyerAction_ignoresTheAmountOfAnActionThatSignsNone() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Release, id, 0);
        escrow.relayBuyerAction(BuyerAction.Release, order, 123, authorization, 0, _allowancePull());
        _assertStatus(id, OrderStatus.Completed);
    }

    function test_relayBuyerAction_revertsWhen_signedForAnotherEscrowOrChain() public {
        (uint256 id, Order memory order) = _signerOrder();
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Cancel, id, 0);
        TokenPull memory pull = _allowancePull();
        Escrow other = _otherEscrow();
        // The other escrow has no such order: its own state speaks first.
        vm.expectRevert(abi.encodeWithSelector(IEscrow.UnknownOrder.selector, id));
        other.relayBuyerAction(BuyerAction.Cancel, order, 0, authorization, 0, pull);

        vm.chainId(block.chainid + 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidSignature.selector, signer));
        escrow.relayBuyerAction(BuyerAction.Cancel, order, 0, authorization, 0, pull);
    }

    function test_relayBuyerAction_revertsWhen_theActionIsNotAllowedNow() public {
        (uint256 id, Order memory order) = _signerOrder();
        _accept(order);
        BuyerAuthorization memory authorization = _actionAuthorization(BuyerAction.Cancel, id, 0);
        TokenPull memory pull = _allowancePull();
        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Paid));
        escrow.relayBuyerAction(BuyerAction.Cancel, order, 0, authorization, 0, pull);
    }

    // ─── helpers ───────────────────────────────────────────────────────────────────────────────────────────

    function _disputedSignerOrder() private returns (uint256 id, Order memory order) {
        (id, order) = _signerOrder();
        _shipAndDeliver(id, order);
        _relay(BuyerAction.OpenDispute, order, 0);
    }

    /// @notice An ETH order whose buyer is the signer (funded for it by the test).
    function _ethSignerOrder() private returns (uint256 id, Order memory order) {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        vm.deal(signer, AMOUNT);
        vm.prank(signer);
        id = escrow.checkout{value: AMOUNT}(requests)[0];
        order = _orderFor(requests[0], signer);
    }
}
