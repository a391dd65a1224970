// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrable} from "../../contracts/interfaces/IArbitrable.sol";
import {IArbitrator} from "../../contracts/interfaces/IArbitrator.sol";
import {IMediatorArbitrator} from "../../contracts/interfaces/IMediatorArbitrator.sol";
import {IOrderArbitrable} from "../../contracts/interfaces/IOrderArbitrable.sol";
import {MediatorArbitrator} from "../../contracts/arbitration/MediatorArbitrator.sol";
import {Order} from "../../contracts/types/MarketTypes.sol";
import {Test} from "./utils/Vm.sol";

/// @notice An arbitrable contract that opens disputes and records every ruling it receives.
contract RecordingArbitrable is IArbitrable, IOrderArbitrable {
    error RulingRefused(uint256 disputeId);

    uint256 public ruleCount;
    address public lastCaller;
    uint256 public lastDisputeId;
    uint256 public lastRuling;
    bytes32 public lastOrderHash;
    bool public isRefusing;

    function open(IArbitrator arbitrator, uint256 choices) external returns (uint256) {
        return arbitrator.createDispute(choices, "");
    }

    function refuseRulings() external {
        isRefusing = true;
    }

    function rule(uint256 disputeId, uint256 ruling) external {
        _record(disputeId, ruling);
    }

    function ruleOrder(uint256 disputeId, Order calldata order, uint256 ruling) external {
        _record(disputeId, ruling);
        lastOrderHash = keccak256(abi.encode(order));
    }

    function _record(uint256 disputeId, uint256 ruling) private {
        if (isRefusing) revert RulingRefused(disputeId);
        ++ruleCount;
        lastCaller = msg.sender;
        lastDisputeId = disputeId;
        lastRuling = ruling;
    }
}

/// @notice An arbitrable that only speaks plain ERC-792 (no `ruleOrder`).
contract PlainArbitrable is IArbitrable {
    uint256 public ruleCount;

    function open(IArbitrator arbitrator, uint256 choices) external returns (uint256) {
        return arbitrator.createDispute(choices, "");
    }

    function rule(uint256, uint256) external {
        ++ruleCount;
    }
}

contract MediatorArbitratorTest is Test {
    uint256 internal constant CHOICES = 2;

    address internal mediatorAccount = address(0x3ED1A702);
    address internal stranger = address(0x5742);
    MediatorArbitrator internal arbitrator;
    RecordingArbitrable internal arbitrable;

    function setUp() public {
        arbitrator = new MediatorArbitrator(mediatorAccount);
        arbitrable = new RecordingArbitrable();
    }

    // ─── createDispute ──────────────────────────────────────────────────────────────────────────────────────

    function test_createDispute_assignsIdsFromZero() public {
        assertEq(arbitrator.disputeCount(), 0, "no dispute yet");
        assertEq(arbitrable.open(arbitrator, CHOICES), 0, "first id");
        assertEq(arbitrable.open(arbitrator, CHOICES), 1, "second id");
        assertEq(arbitrator.disputeCount(), 2, "count");
    }

    function test_createDispute_recordsAWaitingDispute() public {
        vm.expectEmit(address(arbitrator));
        emit IArbitrator.DisputeCreation(0, arbitrable);
        uint256 id = arbitrable.open(arbitrator, CHOICES);
        assertEq(arbitrator.arbitrableOf(id), address(arbitrable), "arbitrable");
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Waiting), "waiting");
        assertEq(arbitrator.currentRuling(id), 0, "no ruling yet");
    }

    function test_createDispute_revertsWhen_valueIsSent() public {
        vm.deal(address(this), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.NoFeeRequired.selector, 1 wei));
        arbitrator.createDispute{value: 1 wei}(CHOICES, "");
    }

    function test_createDispute_revertsWhen_moreThan255Choices() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.TooManyChoices.selector, 256));
        arbitrable.open(arbitrator, 256);
    }

    function test_createDispute_acceptsUpTo255Choices() public {
        testFuzz_createDispute_acceptsUpTo255Choices(255);
    }

    function testFuzz_createDispute_acceptsUpTo255Choices(uint256 choices) public {
        choices = bound(choices, 0, 255);
        uint256 id = arbitrable.open(arbitrator, choices);
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, choices);
        assertEq(arbitrator.currentRuling(id), choices, "the highest choice can be ruled");
    }

    // ─── giveRuling ─────────────────────────────────────────────────────────────────────────────────────────

    function test_giveRuling_callsTheArbitrableBack() public {
        uint256 id = _openTwo();
        vm.expectEmit(address(arbitrator));
        emit IMediatorArbitrator.RulingGiven(id, 2);
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 2);
        assertEq(arbitrable.ruleCount(), 1, "called once");
        assertEq(arbitrable.lastCaller(), address(arbitrator), "called by the arbitrator");
        assertEq(arbitrable.lastDisputeId(), id, "dispute id");
        assertEq(arbitrable.lastRuling(), 2, "ruling");
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Solved), "solved");
        assertEq(arbitrator.currentRuling(id), 2, "current ruling");
    }

    function test_giveRuling_acceptsARefusalToArbitrate() public {
        uint256 id = _openTwo();
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 0);
        assertEq(arbitrable.ruleCount(), 1, "called");
        assertEq(arbitrable.lastRuling(), 0, "refused");
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Solved), "solved");
    }

    function test_giveRuling_rulesEachDisputeSeparately() public {
        uint256 first = _openTwo();
        uint256 second = _openTwo();
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(second, 1);
        assertEq(uint256(arbitrator.disputeStatus(first)), uint256(IArbitrator.DisputeStatus.Waiting), "first waits");
        assertEq(arbitrator.currentRuling(second), 1, "second ruled");
        assertEq(arbitrable.lastDisputeId(), second, "second called back");
    }

    function test_giveRuling_revertsWhen_callerIsNotTheMediator() public {
        uint256 id = _openTwo();
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.NotMediator.selector, stranger));
        vm.prank(stranger);
        arbitrator.giveRuling(id, 1);
    }

    function test_giveRuling_revertsWhen_disputeIsUnknown() public {
        _openTwo();
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.UnknownDispute.selector, 1));
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(1, 1);
    }

    function test_giveRuling_revertsWhen_alreadySolved() public {
        uint256 id = _openTwo();
        vm.startPrank(mediatorAccount);
        arbitrator.giveRuling(id, 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.DisputeAlreadySolved.selector, id));
        arbitrator.giveRuling(id, 2);
        vm.stopPrank();
        assertEq(arbitrator.currentRuling(id), 1, "first ruling stands");
    }

    function test_giveRuling_revertsWhen_rulingExceedsTheChoices() public {
        uint256 id = _openTwo();
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.InvalidRuling.selector, 3, CHOICES));
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 3);
    }

    function test_giveRuling_revertsWhen_theArbitrableReverts() public {
        uint256 id = _openTwo();
        arbitrable.refuseRulings();
        vm.expectRevert(abi.encodeWithSelector(RecordingArbitrable.RulingRefused.selector, id));
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 1);
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Waiting), "still waiting");
        assertEq(arbitrator.currentRuling(id), 0, "no ruling recorded");
    }

    // ─── giveOrderRuling ────────────────────────────────────────────────────────────────────────────────────

    function test_giveOrderRuling_passesTheOrderToTheArbitrable() public {
        uint256 id = _openTwo();
        Order memory order = _order();
        vm.expectEmit(address(arbitrator));
        emit IMediatorArbitrator.RulingGiven(id, 1);
        vm.prank(mediatorAccount);
        arbitrator.giveOrderRuling(id, order, 1);
        assertEq(arbitrable.ruleCount(), 1, "called once");
        assertEq(arbitrable.lastCaller(), address(arbitrator), "called by the arbitrator");
        assertEq(arbitrable.lastDisputeId(), id, "dispute id");
        assertEq(arbitrable.lastRuling(), 1, "ruling");
        assertEq(arbitrable.lastOrderHash(), keccak256(abi.encode(order)), "order terms");
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Solved), "solved");
        assertEq(arbitrator.currentRuling(id), 1, "current ruling");
    }

    function test_giveOrderRuling_revertsWhen_callerIsNotTheMediator() public {
        uint256 id = _openTwo();
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.NotMediator.selector, stranger));
        vm.prank(stranger);
        arbitrator.giveOrderRuling(id, _order(), 1);
    }

    function test_giveOrderRuling_revertsWhen_disputeIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.UnknownDispute.selector, 7));
        vm.prank(mediatorAccount);
        arbitrator.giveOrderRuling(7, _order(), 1);
    }

    function test_giveOrderRuling_revertsWhen_alreadySolved() public {
        uint256 id = _openTwo();
        vm.startPrank(mediatorAccount);
        arbitrator.giveRuling(id, 2);
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.DisputeAlreadySolved.selector, id));
        arbitrator.giveOrderRuling(id, _order(), 1);
        vm.stopPrank();
    }

    function test_giveOrderRuling_revertsWhen_rulingExceedsTheChoices() public {
        uint256 id = _openTwo();
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.InvalidRuling.selector, 3, CHOICES));
        vm.prank(mediatorAccount);
        arbitrator.giveOrderRuling(id, _order(), 3);
    }

    function test_giveOrderRuling_revertsWhen_theArbitrableReverts() public {
        uint256 id = _openTwo();
        arbitrable.refuseRulings();
        vm.expectRevert(abi.encodeWithSelector(RecordingArbitrable.RulingRefused.selector, id));
        vm.prank(mediatorAccount);
        arbitrator.giveOrderRuling(id, _order(), 1);
        assertEq(uint256(arbitrator.disputeStatus(id)), uint256(IArbitrator.DisputeStatus.Waiting), "still waiting");
    }

    function test_giveOrderRuling_revertsWhen_theArbitrableOnlySpeaksErc792() public {
        PlainArbitrable plain = new PlainArbitrable();
        uint256 id = plain.open(arbitrator, CHOICES);
        vm.expectRevert();
        vm.prank(mediatorAccount);
        arbitrator.giveOrderRuling(id, _order(), 1);
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 1);
        assertEq(plain.ruleCount(), 1, "giveRuling still reaches it");
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_arbitrationCost_isZero() public view {
        assertEq(arbitrator.arbitrationCost(""), 0, "free");
        assertEq(arbitrator.arbitrationCost(hex"01"), 0, "free whatever the extra data");
    }

    function test_appeal_revertsWhen_called() public {
        uint256 id = _openTwo();
        vm.prank(mediatorAccount);
        arbitrator.giveRuling(id, 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.NotAppealable.selector, id));
        arbitrator.appeal(id, "");
    }

    function test_appealCost_isUnpayable() public view {
        assertEq(arbitrator.appealCost(0, ""), type(uint256).max, "max");
    }

    function test_appealPeriod_isEmpty() public view {
        (uint256 start, uint256 end) = arbitrator.appealPeriod(0);
        assertEq(start, 0, "start");
        assertEq(end, 0, "end");
    }

    function test_disputeStatus_revertsWhen_disputeIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorArbitrator.UnknownDispute.selector, 0));
        arbitrator.disputeStatus(0);
    }

    function test_currentRuling_isZeroForAnUnknownDispute() public view {
        assertEq(arbitrator.currentRuling(3), 0, "none");
    }

    function test_mediator_isTheConstructorArgument() public view {
        assertEq(arbitrator.mediator(), mediatorAccount, "mediator");
    }

    function test_arbitrableOf_isZeroForAnUnknownDispute() public view {
        assertEq(arbitrator.arbitrableOf(0), address(0), "none");
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _openTwo() internal returns (uint256) {
        return arbitrable.open(arbitrator, CHOICES);
    }

    function _order() internal pure returns (Order memory order) {
        order.buyer = address(0xB0EE);
        order.shopId = 1;
        order.payout = address(0xB0B);
        order.amount = 1 ether;
        order.arbitrator = address(0xA4B);
        order.shipHours = 72;
        order.deliveryHours = 96;
        order.returnHours = 336;
        order.codeHash = keccak256("code");
        order.detailsHash = keccak256("details");
    }
}
