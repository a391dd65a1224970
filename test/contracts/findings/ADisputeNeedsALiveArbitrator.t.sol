// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../../../contracts/types/MarketTypes.sol";
import {CostlyArbitrator, EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice An arbitrator that refuses every dispute.
contract RefusingArbitrator {
    error Closed();

    function arbitrationCost(bytes calldata) external pure returns (uint256) {
        return 0;
    }

    function createDispute(uint256, bytes calldata) external payable returns (uint256) {
        revert Closed();
    }
}

/// @notice Finding (issue 11, hole 2): opening a dispute called the order's arbitrator and reverted whenever it had
///  no code, reverted, changed its cost or returned a dispute id too large to record, so no dispute ever started and
///  the shop was paid for nothing after the return window. A dispute now always opens: without arbitration when the
///  arbitrator does not answer usably (the value sent is credited back), and the timeout then follows the facts.
contract ADisputeNeedsALiveArbitratorTest is EscrowTestBase {
    function test_openDispute_opensWhenTheArbitratorHasNoCode() public {
        _assertOpensWithoutArbitration(address(0xDEAD), 0);
    }

    function test_openDispute_opensWhenTheArbitratorReverts() public {
        _assertOpensWithoutArbitration(address(new RefusingArbitrator()), 0);
    }

    function test_openDispute_opensWhenTheArbitratorsCostChanged() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        // The buyer sends the cost it was shown; the arbitrator now wants more and refuses it.
        _assertOpensWithoutArbitration(address(arbitrator), arbitrator.COST() / 2);
    }

    function test_openDispute_opensWhenTheDisputeIdDoesNotFit() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        arbitrator.setNextDisputeId(type(uint256).max);
        _assertOpensWithoutArbitration(address(arbitrator), arbitrator.COST());
    }

    function _assertOpensWithoutArbitration(address arbitrator, uint256 value) private {
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, arbitrator));
        _shipAndDeliver(id, order);
        vm.deal(buyer, buyer.balance + value);
        uint256 escrowBefore = address(escrow).balance;

        vm.prank(buyer);
        escrow.openDispute{value: value}(order);

        uint256 credited = escrow.creditOf(buyer, address(0));
        assertEq(address(escrow).balance - escrowBefore, credited, "whatever value stayed is the buyer's credit");
        vm.warp(_deadline(id) + 1);
        uint256 payoutBefore = payout.balance;
        escrow.resolveTimedOut(order);
        assertEq(payout.balance - payoutBefore, AMOUNT, "delivered with the code: the timeout pays the shop");
    }
}
