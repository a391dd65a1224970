// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderRequest} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase, GasHungryReceiver} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 5): a payout contract that needs more than the 50,000 gas of the escrow's push and
///  cannot call `withdraw` itself never collected its credit. Anyone may now push a credit to its owner, with all the
///  gas the sender gives, and only to the credited account.
contract ACreditItsOwnerCannotWithdrawIsLostTest is EscrowTestBase {
    function test_pushCredit_deliversTheCreditToAReceiverNeedingMoreGas() public {
        GasHungryReceiver receiver = new GasHungryReceiver();
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.payout = address(receiver);
        (, Order memory order) = _checkout(request);
        vm.prank(buyer);
        escrow.release(order);
        assertEq(escrow.creditOf(address(receiver), address(0)), AMOUNT, "credited");

        vm.prank(stranger);
        escrow.pushCredit(address(receiver), address(0));

        assertEq(address(receiver).balance, AMOUNT, "the receiver got its money");
        assertEq(escrow.creditOf(address(receiver), address(0)), 0, "no credit left");
    }
}
