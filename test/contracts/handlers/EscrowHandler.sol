// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {IMediatorArbitrator} from "../../../contracts/interfaces/IMediatorArbitrator.sol";
import {IReviews} from "../../../contracts/interfaces/IReviews.sol";
import {Order, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {EscrowOrderActions} from "./EscrowOrderActions.sol";
import {inRange} from "./Range.sol";

/// @notice Invariant handler: random buyers, shops, carriers and the mediator drive orders through every escrow
///  action (see {EscrowOrderActions}), plus disputes, settlements, rulings, timeouts, withdrawals, reviews, shop NFT
///  transfers, payout changes, direct donations to the escrow and time warps.
/// @dev Abstract because the fuzzer only targets contracts whose artifact it knows, and Hardhat emits artifacts only
///  for contracts declared in `.t.sol` files: the invariant test declares the concrete handler.
abstract contract EscrowHandler is EscrowOrderActions {
    bytes internal constant REVIEW_CID = hex"0155122001020304";

    /// @notice The actions the fuzzer calls.
    function selectors() external pure returns (bytes4[] memory list) {
        list = new bytes4[](25);
        list[0] = this.checkout.selector;
        list[1] = this.accept.selector;
        list[2] = this.decline.selector;
        list[3] = this.ship.selector;
        list[4] = this.deliver.selector;
        list[5] = this.confirmReceipt.selector;
        list[6] = this.cancel.selector;
        list[7] = this.expire.selector;
        list[8] = this.release.selector;
        list[9] = this.complete.selector;
        list[10] = this.openDispute.selector;
        list[11] = this.proposeSettlement.selector;
        list[12] = this.acceptSettlement.selector;
        list[13] = this.giveRuling.selector;
        list[14] = this.executeRuling.selector;
        list[15] = this.resolveTimedOut.selector;
        list[16] = this.withdraw.selector;
        list[17] = this.review.selector;
        list[18] = this.transferShop.selector;
        list[19] = this.updatePayout.selector;
        list[20] = this.warp.selector;
        list[21] = this.warpAroundDeadline.selector;
        list[22] = this.donate.selector;
        // Twice: taking orders forward must be as likely as the many ways to end them early.
        list[23] = this.advance.selector;
        list[24] = this.advance.selector;
    }

    // ─── Lifecycle ──────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Takes an open order one natural step further (so that orders reach their later stages as often as
    ///  they are cut short): accept, ship, deliver or confirm, then complete after the window, dispute or review,
    ///  and for a dispute settle, rule, execute or time out.
    function advance(uint256 orderSeed, uint256 seed) external {
        uint256 openMask = _mask(OrderStatus.Paid) | _mask(OrderStatus.Accepted) | _mask(OrderStatus.Shipped)
            | _mask(OrderStatus.Delivered) | _mask(OrderStatus.Disputed);
        uint256 id = _pickOrder(orderSeed, openMask);
        if (id == 0) return;
        OrderStatus status = ghosts[id].status;
        uint256 choice = (seed >> 160) % 4;
        if (status == OrderStatus.Paid) _accept(id, seed);
        else if (status == OrderStatus.Accepted) _ship(id, seed);
        else if (status == OrderStatus.Shipped) _advanceShipped(id, seed, choice);
        else if (status == OrderStatus.Delivered) _advanceDelivered(id, seed, choice);
        else if (status == OrderStatus.Disputed) _advanceDisputed(id, seed, choice);
    }

    function _advanceShipped(uint256 id, uint256 seed, uint256 choice) private {
        if (choice == 0) {
            _warpAroundDeadline(id, 2);
            _openDispute(id, seed);
        } else if (choice == 1) {
            _confirmReceipt(id, seed);
        } else {
            _deliver(id, seed, seed >> 96);
        }
    }

    function _advanceDelivered(uint256 id, uint256 seed, uint256 choice) private {
        if (choice == 0) {
            _openDispute(id, seed);
        } else if (choice == 1) {
            _review(id, seed, seed >> 96);
        } else {
            _warpAroundDeadline(id, 2);
            _complete(id);
        }
    }

    function _advanceDisputed(uint256 id, uint256 seed, uint256 choice) private {
        Ghost storage ghost = ghosts[id];
        if (ghost.hasRecordedRuling) return _executeRuling(id);
        if (ghost.hasOffer) return _acceptSettlement(id, seed, seed >> 96);
        if (choice == 0 && ghost.hasDispute) return _giveRuling(id, seed);
        if (choice == 1) {
            _warpAroundDeadline(id, 2);
            return _resolveTimedOut(id);
        }
        _proposeSettlement(id, seed, seed >> 96);
    }

    /// @notice Not a fuzzed action: ends every open order the quickest way its parties can (cancel, release, or the
    ///  dispute's ruling or timeout) and withdraws every credit to the vault, checking each step against the model.
    function settleEverything() external {
        uint256[] memory open = openIds;
        for (uint256 i; i < open.length; ++i) {
            uint256 id = open[i];
            Ghost storage ghost = ghosts[id];
            if (ghost.status == OrderStatus.Paid) {
                _cancel(id, 1);
            } else if (ghost.status != OrderStatus.Disputed) {
                _release(id, 1);
            } else if (ghost.hasRecordedRuling) {
                _executeRuling(id);
            } else {
                _warpAroundDeadline(id, 2);
                _resolveTimedOut(id);
            }
        }
        for (uint256 i; i < holders.length; ++i) {
            for (uint256 t; t < tokens.length; ++t) {
                if (escrow.creditOf(holders[i], tokens[t]) == 0) continue;
                _call(holders[i], abi.encodeCall(IEscrow.withdraw, (tokens[t], vault)));
            }
        }
    }

    // ─── Disputes ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The buyer (or the shop, after a missed delivery deadline) opens a dispute.
    function openDispute(uint256 orderSeed, uint256 callerSeed) external {
        _openDispute(_pickOrder(orderSeed, _mask(OrderStatus.Delivered) | _mask(OrderStatus.Shipped)), callerSeed);
    }

    function _openDispute(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = callerSeed % 3 == 0 ? _managerOr(order.shopId, callerSeed >> 2) : _buyerOr(order, callerSeed);
        uint256 nextDisputeId = mediator.disputeCount();
        bool shouldSucceed = _mayDispute(order, ghost, caller);
        Step memory step = _begin("openDispute", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.openDispute, (order)));
        if (isSuccess) {
            _moveTo(id, OrderStatus.Disputed, uint40(block.timestamp) + escrow.DISPUTE_TIMEOUT());
            if (order.arbitrator != address(0)) {
                ghost.hasDispute = true;
                ghost.disputeId = nextDisputeId;
            }
        }
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice The buyer or the shop offers a split (one time in eight more than the amount, which must revert).
    function proposeSettlement(uint256 orderSeed, uint256 callerSeed, uint256 amountSeed) external {
        _proposeSettlement(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)), callerSeed, amountSeed);
    }

    function _proposeSettlement(uint256 id, uint256 callerSeed, uint256 amountSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = callerSeed % 2 == 0 ? _managerOr(order.shopId, callerSeed >> 1) : _buyerOr(order, callerSeed);
        bool isTooLarge = amountSeed % 8 == 0;
        uint256 buyerAmount = isTooLarge
            ? uint256(order.amount) + 1 + (amountSeed >> 8) % 1e18
            : inRange(amountSeed >> 8, 0, order.amount);
        bool isBuyer = caller == order.buyer;
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && (isBuyer || _isManager(order.shopId, caller))
            && !isTooLarge;
        Step memory step = _begin("proposeSettlement", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.proposeSettlement, (order, uint128(buyerAmount))));
        if (isSuccess) {
            ghost.hasOffer = true;
            ghost.isOfferByBuyer = isBuyer;
            ghost.offerAmount = uint128(buyerAmount);
        }
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice The other side accepts the standing offer (sometimes the proposer itself, or another amount).
    function acceptSettlement(uint256 orderSeed, uint256 callerSeed, uint256 amountSeed) external {
        _acceptSettlement(_pickOffer(orderSeed), callerSeed, amountSeed);
    }

    function _acceptSettlement(uint256 id, uint256 callerSeed, uint256 amountSeed) internal {
        if (id == 0) return;
        bool isAmountWrong = amountSeed % 8 == 0;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        // One time in four a random side, so the proposer accepting its own offer is tried too.
        bool isBuyerSide = callerSeed % 4 == 0 ? callerSeed % 8 == 0 : !ghost.isOfferByBuyer;
        address caller = isBuyerSide ? order.buyer : registry.ownerOf(order.shopId);
        uint128 buyerAmount = ghost.offerAmount + (isAmountWrong ? 1 : 0);
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && ghost.hasOffer
            && ghost.isOfferByBuyer != isBuyerSide && !isAmountWrong;
        Step memory step = _begin("acceptSettlement", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.acceptSettlement, (order, buyerAmount)));
        if (isSuccess) _resolved(step, order, ghost, buyerAmount, false);
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice The mediator rules: plain ERC-792 (recorded, executed later) or with the terms (paid at once).
    function giveRuling(uint256 orderSeed, uint256 rulingSeed) external {
        _giveRuling(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)), rulingSeed);
    }

    function _giveRuling(uint256 id, uint256 rulingSeed) internal {
        if (id == 0) return;
        bool isOrderRuling = (rulingSeed >> 8) % 2 == 0;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        if (!ghost.hasDispute) return;
        uint8 ruling = uint8(rulingSeed % 3);
        bool shouldSucceed = !ghost.isRuledByMediator && (!isOrderRuling || ghost.status == OrderStatus.Disputed);
        Step memory step = _begin("giveRuling", id);
        bytes memory data = isOrderRuling
            ? abi.encodeCall(IMediatorArbitrator.giveOrderRuling, (ghost.disputeId, order, ruling))
            : abi.encodeCall(IMediatorArbitrator.giveRuling, (ghost.disputeId, ruling));
        bool isSuccess = _callAt(mediatorAccount, address(mediator), data);
        if (isSuccess) {
            ghost.isRuledByMediator = true;
            if (isOrderRuling) {
                _paidRuling(step, order, ghost, ruling);
            } else {
                ghost.hasRecordedRuling = true;
                ghost.ruling = ruling;
                _checkRecordedRuling(step, ghost);
            }
        }
        _end(step, shouldSucceed, isSuccess);
    }

    function executeRuling(uint256 orderSeed) external {
        _executeRuling(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)));
    }

    function _executeRuling(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && ghost.hasRecordedRuling;
        Step memory step = _begin("executeRuling", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.executeRuling, (order)));
        if (isSuccess) _paidRuling(step, order, ghost, ghost.ruling);
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice Anyone ends a dispute whose deadline passed: an even split, or the ruling the arbitrator recorded in time.
    function resolveTimedOut(uint256 orderSeed) external {
        _resolveTimedOut(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)));
    }

    function _resolveTimedOut(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && block.timestamp > ghost.deadline;
        Step memory step = _begin("resolveTimedOut", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.resolveTimedOut, (order)));
        if (isSuccess && ghost.hasRecordedRuling) _paidRuling(step, order, ghost, ghost.ruling);
        else if (isSuccess) _resolved(step, order, ghost, order.amount / 2, false);
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Credits ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A holder with a credit withdraws it to itself (which may fail again) or to the vault.
    function withdraw(uint256 holderSeed, uint256 tokenSeed, uint256 recipientSeed) external {
        (address account, address token) = _findCredit(holderSeed, tokenSeed);
        if (account == address(0)) return;
        address to = recipientSeed % 2 == 0 ? vault : account;
        uint256 credit = escrow.creditOf(account, token);
        uint256 escrowBefore = _balanceOf(token, address(escrow));
        uint256 toBefore = _balanceOf(token, to);
        bool isSuccess = _call(account, abi.encodeCall(IEscrow.withdraw, (token, to)));

        if (isSuccess != _canReceive(to, token)) {
            lastDeviation = "withdraw: success differs from the model";
            ++modelMismatches;
        }
        uint256 moved = isSuccess ? credit : 0;
        bool isExact = escrow.creditOf(account, token) == credit - moved
            && _balanceOf(token, address(escrow)) + moved == escrowBefore && _balanceOf(token, to) == toBefore + moved;
        if (!isExact) {
            lastDeviation = "withdraw: money moved differently than the credit";
            ++unexpectedPayments;
        }
        if (isSuccess) ++successes["withdraw"];
    }

    // ─── Reviews ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The buyer (sometimes another buyer) reviews an order, possibly again; only orders the shop accepted
    ///  count as purchases.
    function review(uint256 orderSeed, uint256 callerSeed, uint256 ratingSeed) external {
        uint256 mask = _mask(OrderStatus.Delivered) | _mask(OrderStatus.Completed);
        _review(_pickOrder(orderSeed, mask), callerSeed, ratingSeed);
    }

    function _review(uint256 id, uint256 callerSeed, uint256 ratingSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _buyerOr(order, callerSeed);
        uint8 rating = uint8(1 + ratingSeed % 5);
        bool isReviewable = ghost.status == OrderStatus.Delivered || ghost.status == OrderStatus.Completed;
        bool shouldSucceed = caller == order.buyer && isReviewable && ghost.isShopAccepted && !ghost.isReviewed;
        Step memory step = _begin("review", id);
        bool isSuccess =
            _callAt(caller, address(reviews), abi.encodeCall(IReviews.review, (order, rating, REVIEW_CID)));
        if (isSuccess) {
            if (ghost.isReviewed) ++duplicateReviews;
            ghost.isReviewed = true;
            ++expectedReviewCount[order.shopId];
        }
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Shops ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The owner sells the shop NFT to another merchant: no balance, credit or order may change.
    function transferShop(uint256 shopSeed, uint256 merchantSeed) external {
        uint256 shopId = shops[shopSeed % shops.length];
        address owner = registry.ownerOf(shopId);
        address newOwner = _pick(merchants, merchantSeed);
        bytes32 before = _fingerprint();
        vm.prank(owner);
        registry.transferFrom(owner, newOwner, shopId);
        if (_fingerprint() != before) {
            lastDeviation = "transferShop: escrowed funds, credits or orders changed";
            ++shopTransferViolations;
        }
        ++successes["transferShop"];
    }

    /// @notice The owner changes the payout of future orders; paid orders keep theirs.
    function updatePayout(uint256 shopSeed, uint256 payoutSeed) external {
        uint256 shopId = shops[shopSeed % shops.length];
        vm.prank(registry.ownerOf(shopId));
        registry.updatePayout(shopId, _pick(payouts, payoutSeed));
    }

    // ─── Time and donations ─────────────────────────────────────────────────────────────────────────────────

    /// @notice Time passes: up to a day, one time in sixteen past a whole dispute timeout.
    function warp(uint256 secondsSeed) external {
        uint256 span = secondsSeed % 16 == 0 ? 61 days : inRange(secondsSeed >> 4, 0, 1 days);
        vm.warp(block.timestamp + span);
    }

    /// @notice Jumps to one second before, at, or after an order's current deadline (never back in time).
    function warpAroundDeadline(uint256 orderSeed, uint256 offsetSeed) external {
        _warpAroundDeadline(_pickOrder(orderSeed, type(uint256).max), offsetSeed);
    }

    function _warpAroundDeadline(uint256 id, uint256 offsetSeed) internal {
        if (id == 0) return;
        uint256 target = uint256(ghosts[id].deadline) + offsetSeed % 3;
        if (target > block.timestamp + 1) vm.warp(target - 1);
    }

    /// @notice A buyer sends tokens (or force-feeds ETH) straight to the escrow, outside any order.
    function donate(uint256 buyerSeed, uint256 tokenSeed, uint256 amount) external {
        address donor = _pick(buyers, buyerSeed);
        address token = _token(tokenSeed);
        amount = inRange(amount, 1, 1e18);
        if (token == address(0)) {
            vm.deal(donor, donor.balance - amount);
            vm.deal(address(escrow), address(escrow).balance + amount);
        } else {
            vm.prank(donor);
            IERC20(token).transfer(address(escrow), amount);
        }
        donated[token] += amount;
    }

    // ─── Model effects ──────────────────────────────────────────────────────────────────────────────────────

    /// @param buyerAmount Part of the amount returned to the buyer; the rest goes to the shop.
    /// @param isFeeToCarrier Whether an unpaid delivery fee goes to the carrier (ruling for the shop) or the buyer.
    function _resolved(
        Step memory step,
        Order storage order,
        Ghost storage ghost,
        uint256 buyerAmount,
        bool isFeeToCarrier
    ) private {
        uint256 unpaidFee = ghost.isFeePaid ? 0 : order.deliveryFee;
        _expectPayment(step, isFeeToCarrier ? order.carrier : order.buyer, unpaidFee);
        _expectPayment(step, order.buyer, buyerAmount);
        _expectPayment(step, order.payout, order.amount - buyerAmount);
        _moveTo(step.id, OrderStatus.Resolved, 0);
        ghost.isFeePaid = true;
        ghost.hasOffer = false;
        (address proposer,) = escrow.settlementOffer(step.id);
        if (proposer != address(0)) {
            _deviation(step, "settlement offer survived the resolution");
            ++modelMismatches;
        }
    }

    function _paidRuling(Step memory step, Order storage order, Ghost storage ghost, uint8 ruling) private {
        if (ruling == 1) _resolved(step, order, ghost, order.amount, false);
        else if (ruling == 2) _resolved(step, order, ghost, 0, true);
        else _resolved(step, order, ghost, order.amount / 2, false);
    }

    function _checkRecordedRuling(Step memory step, Ghost storage ghost) private {
        (bool isRuled, uint256 recorded) = escrow.rulingOf(address(mediator), ghost.disputeId);
        if (!isRuled || recorded != ghost.ruling) {
            _deviation(step, "ruling not recorded");
            ++modelMismatches;
        }
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _mayDispute(Order storage order, Ghost storage ghost, address caller) private view returns (bool) {
        if (ghost.status == OrderStatus.Delivered) return caller == order.buyer && block.timestamp <= ghost.deadline;
        if (ghost.status != OrderStatus.Shipped) return false;
        bool isParty = caller == order.buyer || _isManager(order.shopId, caller);
        return isParty && block.timestamp > ghost.deadline
            && block.timestamp <= ghost.deadline + _hours(order.returnHours);
    }

    /// @notice Usually a disputed order with a standing offer, else as {_pickOrder}.
    function _pickOffer(uint256 seed) private view returns (uint256) {
        uint256 count = openIds.length;
        if ((seed >> 128) % 8 != 0) {
            for (uint256 i; i < count; ++i) {
                uint256 id = openIds[(seed + i) % count];
                if (ghosts[id].hasOffer && ghosts[id].status == OrderStatus.Disputed) return id;
            }
        }
        return _pickOrder(seed, _mask(OrderStatus.Disputed));
    }

    /// @notice The first holder and token, from the seeds on, with a credit.
    function _findCredit(uint256 holderSeed, uint256 tokenSeed) private view returns (address, address) {
        for (uint256 i; i < holders.length; ++i) {
            address account = holders[(holderSeed + i) % holders.length];
            for (uint256 t; t < tokens.length; ++t) {
                address token = tokens[(tokenSeed + t) % tokens.length];
                if (escrow.creditOf(account, token) != 0) return (account, token);
            }
        }
        return (address(0), address(0));
    }

    /// @notice A hash of every holder's and the escrow's balances and credits, and every order's state.
    function _fingerprint() private view returns (bytes32 print) {
        for (uint256 t; t < tokens.length; ++t) {
            print = keccak256(abi.encode(print, _balanceOf(tokens[t], address(escrow)), sumCredits(tokens[t])));
            for (uint256 i; i < holders.length; ++i) {
                print = keccak256(abi.encode(print, _balanceOf(tokens[t], holders[i])));
            }
        }
        for (uint256 i; i < ids.length; ++i) {
            (OrderStatus status, uint40 deadline, bool isFeePaid, uint256 disputeId) = escrow.orderState(ids[i]);
            print = keccak256(abi.encode(print, status, deadline, isFeePaid, disputeId));
        }
    }
}
