// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {CostlyArbitrator, EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 7): the escrow accepted the same (arbitrator, dispute id) for two orders, so one
///  ruling resolved both. An arbitrator's dispute id now serves at most one order: the second order's dispute opens
///  without arbitration and ends on the facts.
contract OneDisputeIdResolvesTwoOrdersTest is EscrowTestBase {
    function test_oneRulingResolvesAtMostOneOrder() public {
        CostlyArbitrator arbitrator = new CostlyArbitrator();
        (uint256 first, Order memory firstOrder) = _disputedWithId(arbitrator, 7);
        (uint256 second, Order memory secondOrder) = _disputedWithId(arbitrator, 7);

        arbitrator.giveRuling(escrow, 7, RULING_REFUND_BUYER);
        escrow.executeRuling(firstOrder);
        (bool isSecondResolved,) = address(escrow).call(abi.encodeCall(escrow.executeRuling, (secondOrder)));

        _assertStatus(first, OrderStatus.Resolved);
        assertFalse(isSecondResolved, "the ruling on dispute 7 resolves only the order that dispute was created for");
        _assertStatus(second, OrderStatus.Disputed);
    }

    function _disputedWithId(CostlyArbitrator arbitrator, uint256 disputeId) private returns (uint256, Order memory) {
        (uint256 id, Order memory order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        arbitrator.setNextDisputeId(disputeId);
        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
        return (id, order);
    }
}
