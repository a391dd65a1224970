// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Escrow} from "../../contracts/Escrow.sol";
import {Reviews} from "../../contracts/Reviews.sol";
import {ShopRegistry} from "../../contracts/ShopRegistry.sol";
import {MediatorArbitrator} from "../../contracts/arbitration/MediatorArbitrator.sol";
import {LocalCurrency} from "../../contracts/tokens/LocalCurrency.sol";
import {ShopRegistration} from "../../contracts/types/MarketTypes.sol";
import {EscrowActors} from "./handlers/EscrowActors.sol";
import {EscrowHandler} from "./handlers/EscrowHandler.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";

/// @notice The concrete handler, declared here so that Hardhat emits its artifact and the fuzzer can target it.
contract EscrowInvariantHandler is EscrowHandler {
    constructor(
        Escrow escrow_,
        ShopRegistry registry_,
        Reviews reviews_,
        MediatorArbitrator mediator_,
        LocalCurrency leman_,
        ShopRegistration memory registration
    ) EscrowActors(escrow_, registry_, reviews_, mediator_, leman_, registration) {}
}

/// @notice Invariants of the escrow's money and state machine under random sequences of every action, driven by
///  {EscrowHandler} (which keeps a model of every order and counts each deviation from it).
contract EscrowInvariantTest is MarketFixture {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    EscrowInvariantHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new EscrowInvariantHandler(escrow, registry, reviews, mediator, leman, _registration(payout));
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: handler.selectors()});
    }

    /// @notice For every token the escrow holds at least the open orders' money plus the credits, and exactly that
    ///  plus what was sent to it outside orders.
    function invariant_escrowBalanceCoversOpenOrdersAndCredits() public view {
        address[] memory tokens = handler.tokenList();
        for (uint256 t; t < tokens.length; ++t) {
            address token = tokens[t];
            uint256 balance = token == address(0) ? address(escrow).balance : IERC20(token).balanceOf(address(escrow));
            uint256 owed = handler.openFunds(token) + handler.sumCredits(token);
            assertGe(balance, owed, "escrow balance covers open orders and credits");
            assertEq(balance, owed + handler.donated(token), "escrow balance is exactly owed plus donations");
        }
    }

    /// @notice No money is created or lost: holders and the escrow together hold what they started with.
    function invariant_moneyIsConserved() public view {
        address[] memory tokens = handler.tokenList();
        for (uint256 t; t < tokens.length; ++t) {
            assertEq(handler.sumHeld(tokens[t]), handler.initialTotal(tokens[t]), "total held");
        }
    }

    /// @notice Every observed status change is an edge of the state machine, and every call succeeds exactly when
    ///  the model allows it and leaves the status, deadline, fee flag and dispute id the model expects.
    function invariant_statusesOnlyMoveAlongStateMachineEdges() public view {
        assertEq(handler.forbiddenTransitions(), 0, handler.lastDeviation());
        assertEq(handler.modelMismatches(), 0, handler.lastDeviation());
    }

    /// @notice Selling a shop NFT never moves escrowed money, credits or orders.
    function invariant_shopTransfersNeverMoveEscrowedFunds() public view {
        assertEq(handler.shopTransferViolations(), 0, handler.lastDeviation());
    }

    /// @notice Money leaves the escrow only to an order's buyer, its committed payout or its carrier, in the amounts
    ///  its terms give them (pushed or credited), or to whoever a credit's owner withdraws it to.
    function invariant_moneyOnlyLeavesToOrderPartiesOrWithdrawers() public view {
        assertEq(handler.unexpectedPayments(), 0, handler.lastDeviation());
    }

    /// @notice A second review of an order always reverts, and each shop's review count is its reviewed orders.
    function invariant_oneReviewPerOrder() public view {
        assertEq(handler.duplicateReviews(), 0, "a second review was accepted");
        uint256[] memory shops = handler.shopList();
        for (uint256 i; i < shops.length; ++i) {
            (uint64 count,) = reviews.shopRating(shops[i]);
            assertEq(count, handler.expectedReviewCount(shops[i]), "review count");
        }
    }

    /// @notice A timeout never pays the party that stalled more than the honest outcome: goods delivered (code
    ///  presented or receipt confirmed) pay the shop in full, goods never delivered refund the buyer in full.
    function invariant_noTimeoutRewardsTheStallingParty() public view {
        assertEq(handler.stallingGains(), 0, handler.lastDeviation());
    }

    /// @notice One (arbitrator, dispute id) resolves at most one order, whatever ids the arbitrator hands out.
    function invariant_oneDisputeIdResolvesAtMostOneOrder() public view {
        assertEq(handler.disputeIdsReused(), 0, handler.lastDeviation());
    }

    /// @notice The handler itself works: a fixed pseudo-random sequence reaches every action's success path without
    ///  any deviation from the model (so the invariants above are not vacuous).
    function test_handler_reachesEveryActionWithoutDeviation() public {
        _runFixedSequence(1_500);
        string[22] memory reached = [
            "accept", "decline", "ship", "deliver", "confirmReceipt", "cancel", "expire", "release", "complete",
            "openDispute", "proposeSettlement", "acceptSettlement", "giveRuling", "executeRuling", "resolveTimedOut",
            "withdraw", "pushCredit", "review", "transferShop", "checkoutBySig", "relayRelease", "requestArbitration"
        ];
        for (uint256 i; i < reached.length; ++i) {
            assertGe(handler.successes(reached[i]), 1, reached[i]);
        }
        invariant_escrowBalanceCoversOpenOrdersAndCredits();
        invariant_moneyIsConserved();
        invariant_statusesOnlyMoveAlongStateMachineEdges();
        invariant_shopTransfersNeverMoveEscrowedFunds();
        invariant_moneyOnlyLeavesToOrderPartiesOrWithdrawers();
        invariant_oneReviewPerOrder();
        invariant_noTimeoutRewardsTheStallingParty();
        invariant_oneDisputeIdResolvesAtMostOneOrder();
    }

    /// @notice Nothing gets stuck: after a random history every open order can still end and every credit be
    ///  withdrawn, leaving the escrow with only what was sent to it outside orders.
    function test_handler_everyOrderCanEndAndEveryCreditBeWithdrawn() public {
        _runFixedSequence(600);
        handler.settleEverything();

        address[] memory tokens = handler.tokenList();
        for (uint256 t; t < tokens.length; ++t) {
            address token = tokens[t];
            uint256 balance = token == address(0) ? address(escrow).balance : IERC20(token).balanceOf(address(escrow));
            assertEq(handler.openFunds(token), 0, "no open order left");
            assertEq(handler.sumCredits(token), 0, "no credit left");
            assertEq(balance, handler.donated(token), "only donations remain");
        }
        invariant_statusesOnlyMoveAlongStateMachineEdges();
        invariant_moneyOnlyLeavesToOrderPartiesOrWithdrawers();
    }

    /// @notice Calls `count` handler actions chosen and fed from a fixed pseudo-random sequence.
    function _runFixedSequence(uint256 count) private {
        bytes4[] memory actions = handler.selectors();
        for (uint256 i; i < count; ++i) {
            bytes32 entropy = keccak256(abi.encode("step", i));
            bytes memory arguments = abi.encode(
                keccak256(abi.encode(entropy, 1)),
                keccak256(abi.encode(entropy, 2)),
                keccak256(abi.encode(entropy, 3)),
                keccak256(abi.encode(entropy, 4))
            );
            (bool isDone,) = address(handler).call(bytes.concat(actions[uint256(entropy) % actions.length], arguments));
            assertTrue(isDone, "handler action reverted");
        }
    }
}
