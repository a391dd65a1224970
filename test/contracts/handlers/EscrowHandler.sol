// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {IMediatorArbitrator} from "../../../contracts/interfaces/IMediatorArbitrator.sol";
import {IReviews} from "../../../contracts/interfaces/IReviews.sol";
import {Order, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {EscrowSignedActions} from "./EscrowSignedActions.sol";
import {inRange} from "./Range.sol";

/// @notice Invariant handler: random buyers, shops, carriers and the mediator drive orders through every escrow
///  action (see {EscrowOrderActions}), plus disputes, settlements, rulings, timeouts, withdrawals, reviews, shop NFT
///  transfers, payout changes, direct donations to the escrow and time warps.
/// @dev Abstract because the fuzzer only targets contracts whose artifact it knows, and Hardhat emits artifacts only
///  for contracts declared in `.t.sol` files: the invariant test declares the concrete handler.
abstract contract EscrowHandler is EscrowSignedActions {
    bytes internal constant REVIEW_CID = hex"0155122001020304";

    /// @notice The actions the fuzzer calls.
    function selectors() external pure returns (bytes4[] memory list) {
        list = new bytes4[](29);
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
        list[23] = this.checkoutBySig.selector;
        list[24] = this.relayRelease.selector;
        list[25] = this.requestArbitration.selector;
        list[26] = this.toggleBlocklist.selector;
        // Twice: taking orders forward must be as likely as the many ways to end them early.
        list[27] = this.advance.selector;
        list[28] = this.advance.selector;
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
            _release(id, seed);
            _review(id, seed, seed >> 96);
        } else {
            _warpAroundDeadline(id, 2);
            _complete(id);
        }
    }

    function _advanceDisputed(uint256 id, uint256 seed, uint256 choice) private {
        Ghost storage ghost = ghosts[id];
        if (_hasRulingInTime(id)) return _executeRuling(id);
        if (!ghost.hasDispute && choice == 3) return _requestArbitration(id);
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
            } else if (_hasRulingInTime(id)) {
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
        uint256 offeredId = _nextIdOf(order.arbitrator, callerSeed >> 100);
        bool shouldSucceed = _mayDispute(order, ghost, caller);
        Step memory step = _begin("openDispute", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.openDispute, (order)));
        if (isSuccess) {
            _moveTo(id, OrderStatus.Disputed, uint40(block.timestamp) + escrow.limits().disputeTimeout);
            _arbitrate(ghost, order.arbitrator, offeredId);
        }
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice Anyone brings the arbitrator into a dispute that opened without it (the id-reusing arbitrator's id was
    ///  refused, say): only if it now offers a usable id.
    function requestArbitration(uint256 orderSeed, uint256 idSeed) external {
        uint256 id = _pickOrder(orderSeed, _mask(OrderStatus.Disputed));
        if (id == 0) return;
        Ghost storage ghost = ghosts[id];
        if (ghost.hasDispute) return;
        _requestArbitrationWith(id, idSeed);
    }

    function _requestArbitration(uint256 id) private {
        _requestArbitrationWith(id, uint256(keccak256(abi.encode(id, block.timestamp))));
    }

    function _requestArbitrationWith(uint256 id, uint256 idSeed) private {
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        uint256 offeredId = _nextIdOf(order.arbitrator, idSeed);
        bool isUsable = order.arbitrator != address(0) && offeredId >= nextDisputeIds[order.arbitrator];
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && !ghost.hasDispute && isUsable
            && block.timestamp <= ghost.deadline;
        Step memory step = _begin("requestArbitration", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.requestArbitration, (order)));
        if (isSuccess) {
            _moveTo(id, OrderStatus.Disputed, uint40(block.timestamp) + escrow.limits().disputeTimeout);
            _arbitrate(ghost, order.arbitrator, offeredId);
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
        address caller = callerSeed % 2 == 0 ? _moneySideOr(id, callerSeed >> 1) : _buyerOr(order, callerSeed);
        bool isTooLarge = amountSeed % 8 == 0;
        uint256 buyerAmount = isTooLarge
            ? uint256(order.amount) + 1 + (amountSeed >> 8) % 1e18
            : inRange(amountSeed >> 8, 0, order.amount);
        bool isBuyer = caller == order.buyer;
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && (isBuyer || _decidesMoney(id, caller))
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
        address caller = isBuyerSide ? order.buyer : _moneySideOr(id, callerSeed >> 3);
        uint128 buyerAmount = ghost.offerAmount + (isAmountWrong ? 1 : 0);
        bool isAllowedSide = isBuyerSide || _decidesMoney(id, caller);
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && ghost.hasOffer
            && ghost.isOfferByBuyer != isBuyerSide && !isAmountWrong && isAllowedSide;
        Step memory step = _begin("acceptSettlement", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.acceptSettlement, (order, buyerAmount)));
        if (isSuccess) _resolved(step, order, ghost, buyerAmount, false);
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice The order's arbitrator rules: the mediator through plain ERC-792 (recorded, executed later) or with the
    ///  terms (paid at once, only until the deadline); the id-reusing arbitrator through ERC-792, as often as it likes.
    function giveRuling(uint256 orderSeed, uint256 rulingSeed) external {
        _giveRuling(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)), rulingSeed);
    }

    function _giveRuling(uint256 id, uint256 rulingSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        if (!ghost.hasDispute) return;
        uint8 ruling = uint8(rulingSeed % 3);
        if (order.arbitrator == address(pinnableArbitrator)) return _givePinnedRuling(id, ruling);
        bool isOrderRuling = (rulingSeed >> 8) % 2 == 0;
        bool shouldSucceed = !ghost.isRuledByMediator
            && (!isOrderRuling || (ghost.status == OrderStatus.Disputed && block.timestamp <= ghost.deadline));
        Step memory step = _begin("giveRuling", id);
        bytes memory data = isOrderRuling
            ? abi.encodeCall(IMediatorArbitrator.giveOrderRuling, (ghost.disputeId, order, ruling))
            : abi.encodeCall(IMediatorArbitrator.giveRuling, (ghost.disputeId, ruling));
        bool isSuccess = _callAt(mediatorAccount, address(mediator), data);
        if (isSuccess) {
            ghost.isRuledByMediator = true;
            if (isOrderRuling) _paidRuling(step, order, ghost, ruling);
            else _recordRuling(step, address(mediator), ghost.disputeId, ruling);
        }
        _end(step, shouldSucceed, isSuccess);
    }

    function _givePinnedRuling(uint256 id, uint8 ruling) private {
        Ghost storage ghost = ghosts[id];
        Step memory step = _begin("giveRuling", id);
        bool isSuccess = _callAt(
            stranger,
            address(pinnableArbitrator),
            abi.encodeCall(pinnableArbitrator.giveRuling, (escrow, ghost.disputeId, ruling))
        );
        if (isSuccess) _recordRuling(step, address(pinnableArbitrator), ghost.disputeId, ruling);
        _end(step, true, isSuccess);
    }

    function executeRuling(uint256 orderSeed) external {
        _executeRuling(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)));
    }

    function _executeRuling(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && _hasRulingInTime(id);
        Step memory step = _begin("executeRuling", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.executeRuling, (order)));
        if (isSuccess) _paidRuling(step, order, ghost, _recordOf(id).ruling);
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice Anyone ends a dispute whose deadline passed: the ruling the arbitrator recorded in time, else the facts
    ///  (delivered: the shop is paid; never delivered: the buyer is refunded in full).
    function resolveTimedOut(uint256 orderSeed) external {
        _resolveTimedOut(_pickOrder(orderSeed, _mask(OrderStatus.Disputed)));
    }

    function _resolveTimedOut(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool shouldSucceed = ghost.status == OrderStatus.Disputed && block.timestamp > ghost.deadline;
        Step memory step = _begin("resolveTimedOut", id);
        bool hasRuling = _hasRulingInTime(id);
        uint8 ruling = _recordOf(id).ruling;
        bool isDelivered = ghost.isDelivered;
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.resolveTimedOut, (order)));
        if (isSuccess && hasRuling) {
            _paidRuling(step, order, ghost, ruling);
        } else if (isSuccess) {
            _resolved(step, order, ghost, isDelivered ? 0 : order.amount, isDelivered);
            _checkHonestTimeout(step, order, isDelivered);
        }
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Credits ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A holder with a credit withdraws it to itself (which may fail again) or to the vault, or a stranger
    ///  pushes it to its holder (once the blocklist, if any, is lifted).
    function withdraw(uint256 holderSeed, uint256 tokenSeed, uint256 recipientSeed) external {
        uint256 way = recipientSeed % 3;
        (address account, address token) = _findCredit(holderSeed, tokenSeed, way == 2);
        if (account == address(0)) return;
        // The blocklist was lifted: the credit can now be pushed to its holder.
        if (way == 2 && token == address(blocklistToken)) blocklistToken.setBlocked(account, false);
        address to = way == 0 ? vault : account;
        uint256 credit = escrow.creditOf(account, token);
        uint256 escrowBefore = _balanceOf(token, address(escrow));
        uint256 toBefore = _balanceOf(token, to);
        bool isSuccess = way == 2
            ? _call(stranger, abi.encodeCall(IEscrow.pushCredit, (account, token)))
            : _call(account, abi.encodeCall(IEscrow.withdraw, (token, to)));

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
        if (isSuccess) ++successes[way == 2 ? "pushCredit" : "withdraw"];
    }

    // ─── Reviews ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The buyer (sometimes another buyer) reviews an order, possibly again; only orders the shop accepted
    ///  count as purchases.
    function review(uint256 orderSeed, uint256 callerSeed, uint256 ratingSeed) external {
        _review(_pickEnded(orderSeed), callerSeed, ratingSeed);
    }

    /// @notice An order that ended (completed or resolved) if one of a few tried does, else any order.
    function _pickEnded(uint256 seed) private view returns (uint256) {
        if (ids.length == 0) return 0;
        uint256 start = seed % ids.length;
        uint256 tries = ids.length < 16 ? ids.length : 16;
        uint256 ended = _mask(OrderStatus.Completed) | _mask(OrderStatus.Resolved);
        for (uint256 i; i < tries; ++i) {
            uint256 id = ids[(start + i) % ids.length];
            if (ended & _mask(ghosts[id].status) != 0) return id;
        }
        return ids[start];
    }

    function _review(uint256 id, uint256 callerSeed, uint256 ratingSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _buyerOr(order, callerSeed);
        uint8 rating = uint8(1 + ratingSeed % 5);
        bool isReviewable = ghost.status == OrderStatus.Completed
            || (ghost.status == OrderStatus.Resolved && ghost.isShopPaid && ghost.isDelivered);
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
        if (ownerHistory[shopId].length == 0) {
            ownerHistory[shopId].push(owner);
            ownerSince[shopId].push(0);
        }
        ownerHistory[shopId].push(newOwner);
        ownerSince[shopId].push(block.timestamp);
        lastSaleAt[shopId] = block.timestamp;
        if (_fingerprint() != before) {
            lastDeviation = "transferShop: escrowed funds, credits or orders changed";
            ++shopTransferViolations;
        }
        ++successes["transferShop"];
    }

    /// @notice The blocklisting token blocks or unblocks one of the receivers it started blocking (as USDC's
    ///  blocklist can), so credited money can later be pushed to its owner.
    function toggleBlocklist(uint256 seed) external {
        address account = seed % 2 == 0 ? payouts[2] : carriers[1];
        blocklistToken.setBlocked(account, !blocklistToken.isBlocked(account));
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
        ghost.isShopPaid = order.amount > buyerAmount;
        (address proposer,) = escrow.settlementOffer(step.id);
        if (proposer != address(0)) {
            _deviation(step, "settlement offer survived the resolution");
            ++modelMismatches;
        }
    }

    function _paidRuling(Step memory step, Order storage order, Ghost storage ghost, uint8 ruling) private {
        if (++resolutionsByDispute[order.arbitrator][ghost.disputeId] > 1) {
            _deviation(step, "one dispute id resolved a second order");
            ++disputeIdsReused;
        }
        if (ruling == 1) _resolved(step, order, ghost, order.amount, false);
        else if (ruling == 2) _resolved(step, order, ghost, 0, true);
        else _resolved(step, order, ghost, order.amount / 2, false);
    }

    /// @notice The model records an ERC-792 ruling (a later one replaces it, with its later time) and checks the
    ///  escrow did.
    function _recordRuling(Step memory step, address arbitrator, uint256 disputeId, uint8 ruling) private {
        rulingRecords[arbitrator][disputeId] =
            RulingRecord({isRecorded: true, ruling: ruling, recordedAt: uint40(block.timestamp)});
        (bool isRuled, uint256 recorded, uint40 ruledAt) = escrow.rulingOf(arbitrator, disputeId);
        if (!isRuled || recorded != ruling || ruledAt != block.timestamp) {
            _deviation(step, "ruling not recorded");
            ++modelMismatches;
        }
    }

    /// @notice A timeout without a ruling in time pays what the facts say, and nothing more to whoever stalled: the
    ///  buyer gets nothing back for goods delivered, the shop nothing for goods never delivered.
    function _checkHonestTimeout(Step memory step, Order storage order, bool isDelivered) private {
        uint256 buyerGain = _balanceOf(step.token, order.buyer) + escrow.creditOf(order.buyer, step.token)
            - step.balancesBefore[0] - step.creditsBefore[0];
        uint256 shopGain = _balanceOf(step.token, order.payout) + escrow.creditOf(order.payout, step.token)
            - step.balancesBefore[1] - step.creditsBefore[1];
        bool isHonest = isDelivered ? buyerGain == 0 && shopGain == order.amount : shopGain == 0;
        // The buyer's own payout (buyer == payout) makes the two gains one: nothing to tell apart.
        if (!isHonest && order.buyer != order.payout) {
            _deviation(step, "a timeout rewarded the party that stalled");
            ++stallingGains;
        }
    }

    /// @notice The model takes the arbitrator's offered id as the escrow must: only above every id it gave before.
    function _arbitrate(Ghost storage ghost, address arbitrator, uint256 offeredId) private {
        if (arbitrator == address(0) || offeredId < nextDisputeIds[arbitrator]) return;
        nextDisputeIds[arbitrator] = offeredId + 1;
        ghost.hasDispute = true;
        ghost.disputeId = offeredId;
    }

    /// @notice The id the arbitrator will offer next: the mediator counts up; the id-reusing arbitrator is pinned to
    ///  one of a few small ids, so it repeats ids, rises and falls.
    function _nextIdOf(address arbitrator, uint256 seed) private returns (uint256) {
        if (arbitrator == address(mediator)) return mediator.disputeCount();
        if (arbitrator != address(pinnableArbitrator)) return 0;
        uint256 pinned = seed % 6;
        pinnableArbitrator.pin(pinned);
        return pinned;
    }

    function _recordOf(uint256 id) private view returns (RulingRecord storage) {
        return rulingRecords[terms[id].arbitrator][ghosts[id].disputeId];
    }

    function _hasRulingInTime(uint256 id) private view returns (bool) {
        RulingRecord storage record = _recordOf(id);
        return ghosts[id].hasDispute && record.isRecorded && record.recordedAt <= ghosts[id].deadline;
    }

    /// @notice Whether `caller` decides the money of order `id`: the shop's owner while it has not changed hands since
    ///  the order was paid, otherwise the owner at payment (the model's own history of sales).
    function _decidesMoney(uint256 id, address caller) private view returns (bool) {
        uint256 shopId = terms[id].shopId;
        uint256 paidAt = ghosts[id].paidAt;
        if (lastSaleAt[shopId] <= paidAt) return _isManager(shopId, caller);
        return caller == _ownerAt(shopId, paidAt);
    }

    /// @notice Usually whoever decides the order's money; one time in eight any merchant.
    function _moneySideOr(uint256 id, uint256 seed) private view returns (address) {
        if (seed % 8 == 0) return _pick(merchants, seed >> 8);
        uint256 shopId = terms[id].shopId;
        uint256 paidAt = ghosts[id].paidAt;
        return lastSaleAt[shopId] <= paidAt ? registry.ownerOf(shopId) : _ownerAt(shopId, paidAt);
    }

    function _ownerAt(uint256 shopId, uint256 timestamp) private view returns (address owner) {
        uint256[] storage since = ownerSince[shopId];
        for (uint256 i; i < since.length && since[i] <= timestamp; ++i) {
            owner = ownerHistory[shopId][i];
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
    /// @notice A holder's credit; with `isPushable`, preferably one its holder can receive once the blocklist lets
    ///  it (a push can succeed).
    function _findCredit(uint256 holderSeed, uint256 tokenSeed, bool isPushable)
        private
        view
        returns (address found, address foundToken)
    {
        for (uint256 i; i < holders.length; ++i) {
            address account = holders[(holderSeed + i) % holders.length];
            for (uint256 t; t < tokens.length; ++t) {
                address token = tokens[(tokenSeed + t) % tokens.length];
                if (escrow.creditOf(account, token) == 0) continue;
                if (!isPushable || token == address(blocklistToken) || _canReceive(account, token)) {
                    return (account, token);
                }
                if (found == address(0)) (found, foundToken) = (account, token);
            }
        }
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
            print = keccak256(abi.encode(print, escrow.orderFacts(ids[i])));
        }
    }
}
