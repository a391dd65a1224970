// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {KlerosCourtAdapter} from "../../contracts/arbitration/KlerosCourtAdapter.sol";
import {IArbitrable} from "../../contracts/interfaces/IArbitrable.sol";
import {IArbitrableV2} from "../../contracts/interfaces/IArbitrableV2.sol";
import {IArbitrator} from "../../contracts/interfaces/IArbitrator.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {IKlerosCourtAdapter} from "../../contracts/interfaces/IKlerosCourtAdapter.sol";
import {Order, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {MockKlerosCore} from "./mocks/arbitration/MockKlerosCore.sol";
import {EscrowTestBase} from "./utils/EscrowHelpers.sol";

/// @notice A shop names a Kleros Court v2 configuration as an order's arbitrator through the adapter: the escrow's
///  dispute becomes a court dispute, and the court's final ruling pays the order.
contract KlerosCourtAdapterTest is EscrowTestBase {
    /// @dev Court 1 (General), 3 jurors, dispute kit 1: KlerosCore's three 32-byte words.
    bytes private constant EXTRA_DATA = abi.encode(uint256(1), uint256(3), uint256(1));
    uint256 private constant TEMPLATE_ID = 7;
    string private constant TEMPLATE_URI = "ipfs://bafytemplate";

    MockKlerosCore private core;
    KlerosCourtAdapter private adapter;

    function setUp() public override {
        super.setUp();
        core = new MockKlerosCore();
        adapter = new KlerosCourtAdapter(core, EXTRA_DATA, TEMPLATE_ID, TEMPLATE_URI);
    }

    function test_aDisputeAtTheEscrow_becomesACourtDispute_andTheFinalRulingPaysTheOrder() public {
        (uint256 orderId, Order memory order) = _deliveredOrder();
        uint256 disputeId = core.nextDisputeId();

        vm.expectEmit(address(adapter));
        emit IArbitrator.DisputeCreation(disputeId, IArbitrable(address(escrow)));
        vm.expectEmit(address(adapter));
        emit IArbitrableV2.DisputeRequest(core, disputeId, disputeId, TEMPLATE_ID, TEMPLATE_URI);
        uint256 cost = adapter.arbitrationCost("");
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);

        assertTrue(escrow.orderFacts(orderId).isArbitrated, "arbitrated by the court");
        assertEq(_disputeId(orderId), disputeId, "the court's own id");
        assertEq(adapter.arbitrableOf(disputeId), address(escrow));
        assertEq(keccak256(core.lastExtraData()), keccak256(EXTRA_DATA), "the adapter's configuration, whatever the escrow passed");
        assertEq(uint256(adapter.disputeStatus(disputeId)), uint256(IArbitrator.DisputeStatus.Waiting));

        core.setCurrentRuling(disputeId, RULING_REFUND_BUYER);
        assertEq(adapter.currentRuling(disputeId), RULING_REFUND_BUYER, "the court's current ruling");

        vm.expectEmit(address(adapter));
        emit IArbitrableV2.Ruling(core, disputeId, RULING_REFUND_BUYER);
        core.executeRuling(disputeId, RULING_REFUND_BUYER);
        assertEq(uint256(adapter.disputeStatus(disputeId)), uint256(IArbitrator.DisputeStatus.Solved));
        assertEq(adapter.currentRuling(disputeId), RULING_REFUND_BUYER, "the final ruling");
        core.setCurrentRuling(disputeId, RULING_PAY_SHOP);
        assertEq(adapter.currentRuling(disputeId), RULING_REFUND_BUYER, "final, whatever the court says after");

        uint256 buyerBefore = buyer.balance;
        escrow.executeRuling(order);
        assertEq(buyer.balance, buyerBefore + AMOUNT, "the buyer is refunded");
        _assertStatus(orderId, OrderStatus.Resolved);
    }

    function test_rule_byAnyoneButTheCourt_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IKlerosCourtAdapter.NotCourt.selector, stranger));
        adapter.rule(1_000, 1);
    }

    function test_rule_ofAnUnknownDispute_orTwice_reverts() public {
        vm.prank(address(core));
        vm.expectRevert(abi.encodeWithSelector(IKlerosCourtAdapter.UnknownDispute.selector, 1_000));
        adapter.rule(1_000, 1);

        (, Order memory order) = _deliveredOrder();
        uint256 cost = core.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        core.executeRuling(1_000, RULING_PAY_SHOP);
        vm.prank(address(core));
        vm.expectRevert(abi.encodeWithSelector(IKlerosCourtAdapter.UnknownDispute.selector, 1_000));
        adapter.rule(1_000, RULING_REFUND_BUYER);
    }

    function test_disputeStatus_ofAnUnknownDispute_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IKlerosCourtAdapter.UnknownDispute.selector, 42));
        adapter.disputeStatus(42);
    }

    function test_appeals_areMadeAtTheCourt() public {
        vm.expectRevert(abi.encodeWithSelector(IKlerosCourtAdapter.AppealAtTheCourt.selector, 1_000));
        adapter.appeal(1_000, "");
        assertEq(adapter.appealCost(1_000, ""), type(uint256).max);
        (uint256 start, uint256 end) = adapter.appealPeriod(1_000);
        assertEq(start + end, 0);
    }

    function test_views_describeTheConfiguration() public view {
        assertEq(address(adapter.court()), address(core));
        assertEq(keccak256(adapter.courtExtraData()), keccak256(EXTRA_DATA));
        (uint256 templateId, string memory templateUri) = adapter.template();
        assertEq(templateId, TEMPLATE_ID);
        assertEq(keccak256(bytes(templateUri)), keccak256(bytes(TEMPLATE_URI)));
        assertEq(adapter.arbitrationCost("anything"), core.COST());
        assertEq(adapter.arbitrableOf(1_000), address(0));
    }

    function test_tooLittleValue_opensTheDisputeWithoutTheCourt_thenAnyoneBringsItIn() public {
        (uint256 orderId, Order memory order) = _deliveredOrder();
        vm.prank(buyer);
        escrow.openDispute(order); // the court refuses: no fee
        assertFalse(escrow.orderFacts(orderId).isArbitrated, "opened without arbitration");

        uint40 disputeDeadline = _now() + escrow.limits().disputeTimeout;
        uint256 cost = core.COST();
        vm.deal(stranger, 1 ether);
        vm.expectEmit(address(escrow));
        emit IEscrow.ArbitrationRequested(orderId, stranger, 1_000, disputeDeadline);
        vm.prank(stranger);
        escrow.requestArbitration{value: cost}(order);
        assertEq(_disputeId(orderId), 1_000);
    }

    function _deliveredOrder() private returns (uint256 orderId, Order memory order) {
        (orderId, order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(adapter)));
        _shipAndDeliver(orderId, order);
    }
}
