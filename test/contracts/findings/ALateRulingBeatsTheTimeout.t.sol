// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../../../contracts/types/MarketTypes.sol";
import {CostlyArbitrator, EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 3): a ruling recorded through ERC-792 `rule` after the dispute deadline still beat
///  the timeout if it landed before anyone called `resolveTimedOut`, although the docs said "in time". One rule now:
///  a ruling counts only if it was recorded at or before the dispute deadline.
contract ALateRulingBeatsTheTimeoutTest is EscrowTestBase {
    CostlyArbitrator internal arbitrator;
    uint256 internal id;
    Order internal order;

    function setUp() public override {
        super.setUp();
        arbitrator = new CostlyArbitrator();
        (id, order) = _checkout(_request(address(0), AMOUNT, FEE, carrier, address(arbitrator)));
        _shipAndDeliver(id, order);
        uint256 cost = arbitrator.COST();
        vm.prank(buyer);
        escrow.openDispute{value: cost}(order);
    }

    function test_rulingOneSecondBeforeTheDeadline_isPaid() public {
        _assertRuledAt(_deadline(id) - 1, true);
    }

    function test_rulingAtTheDeadline_isPaid() public {
        _assertRuledAt(_deadline(id), true);
    }

    function test_rulingOneSecondAfterTheDeadline_isIgnored() public {
        _assertRuledAt(_deadline(id) + 1, false);
    }

    /// @dev The arbitrator refunds the buyer at `ruledAt`; the timeout alone would pay the shop (the goods were delivered).
    function _assertRuledAt(uint256 ruledAt, bool shouldCount) private {
        uint40 deadline = _deadline(id);
        vm.warp(ruledAt);
        arbitrator.giveRuling(escrow, 7, RULING_REFUND_BUYER);
        vm.warp(deadline + 1 days);
        uint256 buyerBefore = buyer.balance;
        uint256 payoutBefore = payout.balance;

        escrow.resolveTimedOut(order);

        if (shouldCount) {
            assertEq(buyer.balance - buyerBefore, AMOUNT, "a ruling in time is paid");
        } else {
            assertEq(payout.balance - payoutBefore, AMOUNT, "a late ruling is ignored: the facts decide");
            assertEq(buyer.balance, buyerBefore, "no refund from a late ruling");
        }
    }
}
