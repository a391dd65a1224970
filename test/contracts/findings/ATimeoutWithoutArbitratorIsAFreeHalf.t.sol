// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 1): a dispute that neither settled nor got a ruling split the amount evenly after
///  60 days, so stalling was a free 50% option: (a) a buyer who received the goods with its code disputed, ignored
///  every offer and got half back; (b) a shop delivering its own orders marked one shipped, sent nothing, ignored the
///  buyer's offer and got half. The timeout now follows the facts the escrow holds: delivered → the shop is paid in
///  full; never delivered → the buyer is refunded in full.
contract ATimeoutWithoutArbitratorIsAFreeHalfTest is EscrowTestBase {
    function test_resolveTimedOut_paysTheShopForGoodsDeliveredWithTheBuyersCode() public {
        (uint256 id, Order memory order) = _checkoutEthCarrierNoArbitrator();
        _disputeAfterDelivery(id, order);
        vm.prank(merchant);
        escrow.proposeSettlement(order, AMOUNT / 4);
        vm.warp(_deadline(id) + 1);
        uint256 payoutBefore = payout.balance;
        uint256 buyerBefore = buyer.balance;

        escrow.resolveTimedOut(order);

        assertEq(payout.balance - payoutBefore, AMOUNT, "the shop that delivered is paid in full");
        assertEq(buyer.balance, buyerBefore, "ignoring every offer gives the buyer nothing back");
    }

    function test_resolveTimedOut_refundsTheBuyerOfGoodsNeverDelivered() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _disputeAfterMissedDelivery(id, order, buyer);
        vm.prank(buyer);
        escrow.proposeSettlement(order, AMOUNT / 2);
        vm.warp(_deadline(id) + 1);
        uint256 payoutBefore = payout.balance;
        uint256 buyerBefore = buyer.balance;

        escrow.resolveTimedOut(order);

        assertEq(buyer.balance - buyerBefore, AMOUNT, "the buyer of goods never delivered is refunded in full");
        assertEq(payout.balance, payoutBefore, "marking an order shipped earns the shop nothing");
    }
}
