// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order, OrderFacts, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {EscrowActors} from "./EscrowActors.sol";
import {OrderStateMachine} from "./OrderStateMachine.sol";

/// @notice The handler's model of the escrow: the terms and expected state of every order, what each call should
///  pay to whom, and counters of every observed deviation (the invariants require them to stay zero).
abstract contract EscrowLedger is EscrowActors {
    /// @notice What the model expects of one order.
    /// @param hasDispute Whether the order's arbitrator holds a dispute for it (`isArbitrated`), `disputeId`.
    struct Ghost {
        OrderStatus status;
        uint40 deadline;
        uint40 paidAt;
        bool isFeePaid;
        bool isShopAccepted;
        bool isDelivered;
        bool isShopPaid;
        bool hasDispute;
        uint256 disputeId;
        bool isRuledByMediator;
        bool hasOffer;
        bool isOfferByBuyer;
        uint128 offerAmount;
        bool isReviewed;
    }

    /// @notice A ruling an arbitrator recorded through ERC-792 `rule`, and when.
    struct RulingRecord {
        bool isRecorded;
        uint8 ruling;
        uint40 recordedAt;
    }

    /// @notice One call on one order: its parties (buyer, payout, carrier), what they held before, and what the
    ///  model expects them to gain.
    struct Step {
        string action;
        uint256 id;
        address token;
        OrderStatus statusBefore;
        address[3] parties;
        uint256[3] balancesBefore;
        uint256[3] creditsBefore;
        uint256[3] expectedBalanceGain;
        uint256[3] expectedCreditGain;
        uint256 escrowBefore;
        uint256 relayerBefore;
        /// @dev The fee the buyer pays the relayer straight from its wallet (signed actions), outside the escrow.
        uint256 relayerFee;
    }

    /// @notice Checkouts pause while this many orders are open, so that actions find orders to act on.
    uint256 internal constant MAX_OPEN_ORDERS = 16;

    /// @notice The model itself tried to pay someone who is not a party of the step's order (a handler bug).
    error PaymentToNonParty(address account);

    /// @notice Every order ever placed, and those not yet final.
    uint256[] internal ids;
    uint256[] internal openIds;
    mapping(uint256 id => uint256) private _openSlot;
    mapping(uint256 id => Order) internal terms;
    mapping(uint256 id => Ghost) internal ghosts;
    mapping(uint256 shopId => uint256) public expectedReviewCount;

    /// @notice Per token, the money of orders not yet paid out, as the model computes it.
    mapping(address token => uint256) public openFunds;
    /// @notice Per token, money sent to the escrow outside any order.
    mapping(address token => uint256) public donated;

    // ─── Deviation counters (all must stay zero) ────────────────────────────────────────────────────────────

    /// @notice Observed status changes that are not edges of the state machine.
    uint256 public forbiddenTransitions;
    /// @notice Calls that succeeded or failed against the model, or left a state (status, deadline, fee flag,
    ///  shop-accepted flag, dispute id) the model did not expect.
    uint256 public modelMismatches;
    /// @notice Calls that moved money other than to the expected parties in the expected amounts.
    uint256 public unexpectedPayments;
    /// @notice Shop NFT transfers that changed any balance, credit or order.
    uint256 public shopTransferViolations;
    /// @notice Reviews accepted for an order that already had one.
    uint256 public duplicateReviews;
    /// @notice Timeouts that paid the buyer for goods delivered, or the shop for goods never delivered: a stalling
    ///  party gaining over the honest outcome.
    uint256 public stallingGains;
    /// @notice (Arbitrator, dispute id) pairs whose ruling resolved more than one order.
    uint256 public disputeIdsReused;
    /// @notice Per arbitrator and dispute id, how many orders its ruling resolved.
    mapping(address arbitrator => mapping(uint256 disputeId => uint256 orders)) public resolutionsByDispute;
    /// @notice The rulings arbitrators recorded, as the model saw them.
    mapping(address arbitrator => mapping(uint256 disputeId => RulingRecord)) internal rulingRecords;
    /// @notice The least dispute id the escrow still takes from each arbitrator (they must rise).
    mapping(address arbitrator => uint256) internal nextDisputeIds;
    /// @notice When each shop last changed hands (0 = never), and its owners by time, for the settlement rights.
    mapping(uint256 shopId => uint256) internal lastSaleAt;
    mapping(uint256 shopId => address[]) internal ownerHistory;
    mapping(uint256 shopId => uint256[]) internal ownerSince;
    /// @notice Description of the last deviation and its order, for debugging a failed campaign.
    string public lastDeviation;
    uint256 public lastDeviationOrder;

    // ─── Call counters (coverage of the campaign) ───────────────────────────────────────────────────────────

    mapping(string action => uint256) public successes;

    // ─── Steps ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Picks an order: usually the first open one, from `seed` on, whose modelled status is in `statusMask`
    ///  (bit i = OrderStatus(i)); one time in eight any order ever placed, so calls in wrong statuses are tried too.
    function _pickOrder(uint256 seed, uint256 statusMask) internal view returns (uint256) {
        if (ids.length == 0) return 0;
        if ((seed >> 128) % 8 == 0 || openIds.length == 0) return ids[seed % ids.length];
        uint256 count = openIds.length;
        uint256 start = seed % count;
        for (uint256 i; i < count; ++i) {
            uint256 id = openIds[(start + i) % count];
            if (statusMask & (1 << uint8(ghosts[id].status)) != 0) return id;
        }
        return openIds[start];
    }

    /// @notice Records a new order, `Paid` now until `acceptDeadline`.
    function _open(uint256 id, uint40 acceptDeadline) internal {
        ids.push(id);
        openIds.push(id);
        _openSlot[id] = openIds.length;
        ghosts[id].status = OrderStatus.Paid;
        ghosts[id].deadline = acceptDeadline;
        ghosts[id].paidAt = uint40(block.timestamp);
    }

    /// @notice The model's order `id` moves to `status` with `deadline`; a final order leaves the open list.
    function _moveTo(uint256 id, OrderStatus status, uint40 deadline) internal {
        ghosts[id].status = status;
        ghosts[id].deadline = deadline;
        if (!OrderStateMachine.isFinal(status) || _openSlot[id] == 0) return;
        uint256 slot = _openSlot[id] - 1;
        uint256 last = openIds[openIds.length - 1];
        openIds[slot] = last;
        _openSlot[last] = slot + 1;
        openIds.pop();
        delete _openSlot[id];
    }

    function _mask(OrderStatus status) internal pure returns (uint256) {
        return 1 << uint8(status);
    }

    /// @notice Starts a step on order `id`: checks nothing changed it since the last step, and records the parties'
    ///  holdings.
    function _begin(string memory action, uint256 id) internal returns (Step memory step) {
        Order storage order = terms[id];
        step.action = action;
        step.id = id;
        step.token = order.token;
        step.parties = [order.buyer, order.payout, order.carrier];
        step.statusBefore = escrow.orderFacts(id).status;
        _checkState(step, "changed between steps");
        _recordHoldings(step);
    }

    function _recordHoldings(Step memory step) internal view {
        for (uint256 i; i < 3; ++i) {
            address party = step.parties[i];
            if (party == address(0)) continue;
            step.balancesBefore[i] = _balanceOf(step.token, party);
            step.creditsBefore[i] = escrow.creditOf(party, step.token);
        }
        step.escrowBefore = _balanceOf(step.token, address(escrow));
        step.relayerBefore = _balanceOf(step.token, relayer);
    }

    /// @notice The model expects `amount` to reach `to`: pushed when it can receive the token, credited otherwise.
    function _expectPayment(Step memory step, address to, uint256 amount) internal {
        if (amount == 0) return;
        uint256 slot = _partySlot(step, to);
        if (_canReceive(to, step.token)) step.expectedBalanceGain[slot] += amount;
        else step.expectedCreditGain[slot] += amount;
        openFunds[step.token] -= amount;
    }

    /// @notice Ends a step: the call's success must match the model, the order's state must match its ghost and have
    ///  moved along an edge, and money must have moved exactly as expected.
    function _end(Step memory step, bool shouldSucceed, bool isSuccess) internal {
        if (shouldSucceed != isSuccess) {
            _deviation(step, shouldSucceed ? "allowed call reverted" : "forbidden call succeeded");
            ++modelMismatches;
        }
        if (isSuccess) ++successes[step.action];
        OrderStatus statusAfter = escrow.orderFacts(step.id).status;
        if (statusAfter != step.statusBefore && !OrderStateMachine.isEdge(step.statusBefore, statusAfter)) {
            _deviation(step, "status left the state machine");
            ++forbiddenTransitions;
        }
        _checkState(step, "state differs from the model");
        _checkPayments(step);
    }

    function _checkState(Step memory step, string memory problem) internal {
        Ghost storage ghost = ghosts[step.id];
        OrderFacts memory facts = escrow.orderFacts(step.id);
        bool isExpected = facts.status == ghost.status && facts.deadline == ghost.deadline
            && facts.isFeePaid == ghost.isFeePaid && facts.disputeId == ghost.disputeId
            && facts.isShopAccepted == ghost.isShopAccepted && facts.isArbitrated == ghost.hasDispute
            && facts.isShopPaid == ghost.isShopPaid && (facts.deliveredAt != 0) == ghost.isDelivered
            && facts.paidAt == ghost.paidAt && (facts.closedAt != 0) == OrderStateMachine.isFinal(ghost.status);
        if (!isExpected) {
            _deviation(step, problem);
            ++modelMismatches;
        }
    }

    function _checkPayments(Step memory step) internal {
        uint256 pushed;
        for (uint256 i; i < 3; ++i) {
            address party = step.parties[i];
            if (party == address(0)) continue;
            uint256 balance = _balanceOf(step.token, party);
            uint256 credit = escrow.creditOf(party, step.token);
            // The buyer (slot 0) also paid the relayer's fee, straight from its wallet.
            uint256 fee = i == 0 ? step.relayerFee : 0;
            if (balance + fee != step.balancesBefore[i] + step.expectedBalanceGain[i]) return _paymentDeviation(step);
            if (credit != step.creditsBefore[i] + step.expectedCreditGain[i]) return _paymentDeviation(step);
            pushed += step.expectedBalanceGain[i];
        }
        if (_balanceOf(step.token, address(escrow)) + pushed != step.escrowBefore) return _paymentDeviation(step);
        if (_balanceOf(step.token, relayer) != step.relayerBefore + step.relayerFee) _paymentDeviation(step);
    }

    function _paymentDeviation(Step memory step) private {
        _deviation(step, "money moved differently than the terms say");
        ++unexpectedPayments;
    }

    function _partySlot(Step memory step, address account) private pure returns (uint256) {
        for (uint256 i; i < 3; ++i) {
            if (step.parties[i] == account) return i;
        }
        revert PaymentToNonParty(account);
    }

    function _deviation(Step memory step, string memory problem) internal {
        lastDeviation = string.concat(step.action, ": ", problem);
        lastDeviationOrder = step.id;
    }
}
