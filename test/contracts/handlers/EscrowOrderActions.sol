// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {Order, OrderRequest, OrderStatus, ShopTerms} from "../../../contracts/types/MarketTypes.sol";
import {EscrowLedger} from "./EscrowLedger.sol";
import {inRange} from "./Range.sol";

/// @notice Handler actions from checkout to completion. Each picks an order and a caller (usually the right ones),
///  predicts from the model whether the call must succeed and what it pays, calls, and lets the ledger compare.
abstract contract EscrowOrderActions is EscrowLedger {
    bytes32 internal constant CODE = keccak256("invariant delivery code");
    uint256 private _nonce;

    // ─── Checkout ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice A buyer checks out 1–3 orders (mixed tokens, shops, carriers, windows, dust); one time in sixteen with
    ///  one wei too much ETH, which must revert and move nothing.
    function checkout(uint256 buyerSeed, uint256 seed, uint256 countSeed, uint256 valueSeed) external {
        if (openIds.length >= MAX_OPEN_ORDERS) return;
        bool isValueWrong = valueSeed % 16 == 0;
        address buyer = _pick(buyers, buyerSeed);
        uint256 count = inRange(countSeed, 1, 3);
        OrderRequest[] memory requests = new OrderRequest[](count);
        Order[] memory orders = new Order[](count);
        uint256[3] memory totals;
        for (uint256 i; i < count; ++i) {
            requests[i] = _newRequest(uint256(keccak256(abi.encode(seed, i))));
            orders[i] = _orderOf(requests[i], buyer);
            totals[_tokenIndex(requests[i].token)] += uint256(requests[i].amount) + requests[i].deliveryFee;
        }
        uint256[6] memory before = _checkoutHoldings(buyer);

        vm.prank(buyer);
        (bool isSuccess, bytes memory returned) = address(escrow).call{value: totals[0] + (isValueWrong ? 1 : 0)}(
            abi.encodeCall(IEscrow.checkout, (requests))
        );

        if (isSuccess == isValueWrong) {
            lastDeviation = "checkout: success differs from the model";
            ++modelMismatches;
        }
        if (isSuccess) _recordCheckout(requests, orders, abi.decode(returned, (uint256[])), totals);
        _checkCheckoutMoney(buyer, before, isSuccess ? totals : [uint256(0), 0, 0]);
    }

    // ─── Shop decisions ─────────────────────────────────────────────────────────────────────────────────────

    function accept(uint256 orderSeed, uint256 callerSeed) external {
        _accept(_pickOrder(orderSeed, _mask(OrderStatus.Paid)), callerSeed);
    }

    function _accept(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _managerOr(order.shopId, callerSeed);
        bool shouldSucceed = ghost.status == OrderStatus.Paid && _isManager(order.shopId, caller)
            && block.timestamp <= ghost.deadline;
        Step memory step = _begin("accept", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.accept, (order)));
        if (isSuccess) {
            _moveTo(id, OrderStatus.Accepted, _after(order.shipHours));
            ghost.isShopAccepted = true;
        }
        _end(step, shouldSucceed, isSuccess);
    }

    function decline(uint256 orderSeed, uint256 callerSeed) external {
        _decline(_pickOrder(orderSeed, _mask(OrderStatus.Paid)), callerSeed);
    }

    function _decline(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _managerOr(order.shopId, callerSeed);
        bool shouldSucceed = ghost.status == OrderStatus.Paid && _isManager(order.shopId, caller);
        Step memory step = _begin("decline", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.decline, (order, "cannot serve")));
        if (isSuccess) _refund(step, order, OrderStatus.Declined);
        _end(step, shouldSucceed, isSuccess);
    }

    /// @notice The shop marks an own-delivery order shipped, or the carrier confirms pickup.
    function ship(uint256 orderSeed, uint256 callerSeed) external {
        _ship(_pickOrder(orderSeed, _mask(OrderStatus.Accepted)), callerSeed);
    }

    function _ship(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool hasCarrier = order.carrier != address(0);
        address caller = hasCarrier ? _carrierOr(order, callerSeed) : _managerOr(order.shopId, callerSeed);
        bool isAllowedCaller = hasCarrier ? caller == order.carrier : _isManager(order.shopId, caller);
        bool shouldSucceed =
            ghost.status == OrderStatus.Accepted && isAllowedCaller && block.timestamp <= ghost.deadline;
        Step memory step = _begin("ship", id);
        bool isSuccess = _call(
            caller,
            hasCarrier
                ? abi.encodeCall(IEscrow.confirmPickup, (order))
                : abi.encodeCall(IEscrow.markShipped, (order))
        );
        if (isSuccess) _moveTo(id, OrderStatus.Shipped, _after(order.deliveryHours));
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Delivery ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The carrier (or the shop, without carrier) presents the buyer's code, one time in eight a wrong one.
    function deliver(uint256 orderSeed, uint256 callerSeed, uint256 codeSeed) external {
        _deliver(_pickOrder(orderSeed, _mask(OrderStatus.Shipped) | _mask(OrderStatus.Accepted)), callerSeed, codeSeed);
    }

    function _deliver(uint256 id, uint256 callerSeed, uint256 codeSeed) internal {
        if (id == 0) return;
        bool isCodeWrong = codeSeed % 8 == 0;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool hasCarrier = order.carrier != address(0);
        address caller = hasCarrier ? _carrierOr(order, callerSeed) : _managerOr(order.shopId, callerSeed);
        bool isAllowedCaller = hasCarrier ? caller == order.carrier : _isManager(order.shopId, caller);
        bool shouldSucceed = _isDeliverable(order, ghost) && isAllowedCaller && !isCodeWrong;
        Step memory step = _begin("deliver", id);
        bytes32 code = isCodeWrong ? bytes32(codeSeed) : CODE;
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.confirmDelivery, (order, code)));
        if (isSuccess) _delivered(step, order, ghost);
        _end(step, shouldSucceed, isSuccess);
    }

    function confirmReceipt(uint256 orderSeed, uint256 callerSeed) external {
        _confirmReceipt(_pickOrder(orderSeed, _mask(OrderStatus.Shipped) | _mask(OrderStatus.Accepted)), callerSeed);
    }

    function _confirmReceipt(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _buyerOr(order, callerSeed);
        bool shouldSucceed = _isDeliverable(order, ghost) && caller == order.buyer;
        Step memory step = _begin("confirmReceipt", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.confirmReceipt, (order)));
        if (isSuccess) _delivered(step, order, ghost);
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Endings without dispute ────────────────────────────────────────────────────────────────────────────

    function cancel(uint256 orderSeed, uint256 callerSeed) external {
        _cancel(_pickOrder(orderSeed, _mask(OrderStatus.Paid)), callerSeed);
    }

    function _cancel(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _buyerOr(order, callerSeed);
        bool shouldSucceed = ghost.status == OrderStatus.Paid && caller == order.buyer;
        Step memory step = _begin("cancel", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.cancel, (order)));
        if (isSuccess) _refund(step, order, OrderStatus.Cancelled);
        _end(step, shouldSucceed, isSuccess);
    }

    function expire(uint256 orderSeed) external {
        _expire(_pickOrder(orderSeed, _mask(OrderStatus.Paid) | _mask(OrderStatus.Accepted)));
    }

    function _expire(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool isExpirable = ghost.status == OrderStatus.Paid || ghost.status == OrderStatus.Accepted;
        bool shouldSucceed = isExpirable && block.timestamp > ghost.deadline;
        Step memory step = _begin("expire", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.expire, (order)));
        if (isSuccess) _refund(step, order, OrderStatus.Expired);
        _end(step, shouldSucceed, isSuccess);
    }

    function release(uint256 orderSeed, uint256 callerSeed) external {
        _release(_pickOrder(orderSeed, _releasable()), callerSeed);
    }

    function _release(uint256 id, uint256 callerSeed) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        address caller = _buyerOr(order, callerSeed);
        bool shouldSucceed = _releasable() & _mask(ghost.status) != 0 && caller == order.buyer;
        Step memory step = _begin("release", id);
        bool isSuccess = _call(caller, abi.encodeCall(IEscrow.release, (order)));
        if (isSuccess) _completed(step, order, ghost);
        _end(step, shouldSucceed, isSuccess);
    }

    function complete(uint256 orderSeed) external {
        _complete(_pickOrder(orderSeed, _mask(OrderStatus.Delivered) | _mask(OrderStatus.Shipped)));
    }

    function _complete(uint256 id) internal {
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        bool shouldSucceed = (ghost.status == OrderStatus.Delivered && block.timestamp > ghost.deadline)
            || (ghost.status == OrderStatus.Shipped && block.timestamp > ghost.deadline + _hours(order.returnHours));
        Step memory step = _begin("complete", id);
        bool isSuccess = _call(stranger, abi.encodeCall(IEscrow.complete, (order)));
        if (isSuccess) _completed(step, order, ghost);
        _end(step, shouldSucceed, isSuccess);
    }

    // ─── Model effects ──────────────────────────────────────────────────────────────────────────────────────

    function _refund(Step memory step, Order storage order, OrderStatus ending) internal {
        _expectPayment(step, order.buyer, uint256(order.amount) + order.deliveryFee);
        _moveTo(step.id, ending, 0);
    }

    function _delivered(Step memory step, Order storage order, Ghost storage ghost) internal {
        if (order.carrier != address(0)) _expectPayment(step, order.carrier, order.deliveryFee);
        _moveTo(step.id, OrderStatus.Delivered, _after(order.returnHours));
        ghost.isFeePaid = true;
        ghost.isDelivered = true;
    }

    function _completed(Step memory step, Order storage order, Ghost storage ghost) internal {
        _expectPayment(step, order.payout, order.amount);
        if (!ghost.isFeePaid) {
            // The carrier earned its fee once it picked the goods up; before that it returns to the buyer.
            address feeRecipient = ghost.status == OrderStatus.Shipped ? order.carrier : order.buyer;
            _expectPayment(step, feeRecipient, order.deliveryFee);
        }
        _moveTo(step.id, OrderStatus.Completed, 0);
        ghost.isFeePaid = true;
        ghost.isShopPaid = true;
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _releasable() internal pure returns (uint256) {
        return _mask(OrderStatus.Paid) | _mask(OrderStatus.Accepted) | _mask(OrderStatus.Shipped)
            | _mask(OrderStatus.Delivered);
    }

    function _isDeliverable(Order storage order, Ghost storage ghost) internal view returns (bool) {
        return ghost.status == OrderStatus.Shipped
            || (order.carrier == address(0) && ghost.status == OrderStatus.Accepted);
    }

    function _call(address caller, bytes memory data) internal returns (bool isSuccess) {
        return _callAt(caller, address(escrow), data);
    }

    function _callAt(address caller, address target, bytes memory data) internal returns (bool isSuccess) {
        vm.prank(caller);
        (isSuccess,) = target.call(data);
    }

    /// @notice Usually the shop's current owner; one time in eight any merchant (maybe a former owner).
    function _managerOr(uint256 shopId, uint256 seed) internal view returns (address) {
        return seed % 8 == 0 ? _pick(merchants, seed >> 8) : registry.ownerOf(shopId);
    }

    function _buyerOr(Order storage order, uint256 seed) internal view returns (address) {
        return seed % 8 == 0 ? _pick(buyers, seed >> 8) : order.buyer;
    }

    function _carrierOr(Order storage order, uint256 seed) internal view returns (address) {
        return seed % 8 == 0 ? _pick(carriers, seed >> 8) : order.carrier;
    }

    function _isManager(uint256 shopId, address account) internal view returns (bool) {
        return registry.isShopManager(shopId, account);
    }

    function _after(uint16 hours_) internal view returns (uint40) {
        return uint40(block.timestamp) + _hours(hours_);
    }

    function _hours(uint16 count) internal pure returns (uint40) {
        return uint40(count) * 1 hours;
    }

    /// @notice A request whose shop, token, amount (one in eight is dust), carrier, arbitrator (none, the mediator or
    ///  the id-reusing one) and windows (1–120 hours, return 1–240) derive from `entropy`; payout and hook are the
    ///  shop's current ones, as the SDK copies.
    function _newRequest(uint256 entropy) internal returns (OrderRequest memory request) {
        request.shopId = shops[entropy % shops.length];
        (request.payout,, request.hook) = registry.checkoutTerms(request.shopId);
        request.token = tokens[(entropy >> 8) % tokens.length];
        bool isDust = (entropy >> 16) % 8 == 0;
        request.amount = uint128(isDust ? 1 + (entropy >> 20) % 3 : 1 + (entropy >> 20) % 1e24);
        if ((entropy >> 100) % 4 != 0) {
            request.carrier = carriers[(entropy >> 104) % carriers.length];
            request.deliveryFee = uint128(isDust ? (entropy >> 108) % 2 : (entropy >> 108) % 1e22);
        }
        uint256 arbitratorChoice = (entropy >> 180) % 3;
        if (arbitratorChoice == 1) request.arbitrator = address(mediator);
        else if (arbitratorChoice == 2) request.arbitrator = address(pinnableArbitrator);
        request.terms = ShopTerms({
            acceptHours: uint16(1 + (entropy >> 184) % 120),
            shipHours: uint16(1 + (entropy >> 192) % 120),
            deliveryHours: uint16(1 + (entropy >> 200) % 120),
            returnHours: uint16(1 + (entropy >> 208) % 240)
        });
        request.itemsDigest = keccak256(abi.encode("line items", ++_nonce));
        request.shippingDigest = bytes32(entropy);
        request.codeHash = keccak256(abi.encode(CODE));
    }

    function _orderOf(OrderRequest memory request, address buyer) internal pure returns (Order memory) {
        return Order({
            buyer: buyer,
            shopId: request.shopId,
            payout: request.payout,
            token: request.token,
            amount: request.amount,
            deliveryFee: request.deliveryFee,
            carrier: request.carrier,
            arbitrator: request.arbitrator,
            hook: request.hook,
            shipHours: request.terms.shipHours,
            deliveryHours: request.terms.deliveryHours,
            returnHours: request.terms.returnHours,
            codeHash: request.codeHash,
            detailsHash: keccak256(abi.encode(request.itemsDigest, request.shippingDigest))
        });
    }

    function _recordCheckout(
        OrderRequest[] memory requests,
        Order[] memory orders,
        uint256[] memory newIds,
        uint256[3] memory totals
    ) internal {
        for (uint256 i; i < orders.length; ++i) {
            uint256 id = uint256(keccak256(abi.encode(orders[i])));
            if (newIds[i] != id) {
                lastDeviation = "checkout: id is not the hash of the terms";
                ++modelMismatches;
            }
            terms[id] = orders[i];
            _open(id, _after(requests[i].terms.acceptHours));
            Step memory step;
            step.action = "checkout";
            step.id = id;
            _checkState(step, "new order is not Paid until its accept deadline");
        }
        for (uint256 t; t < 3; ++t) {
            openFunds[tokens[t]] += totals[t];
        }
    }

    /// @return holdings The escrow's then the buyer's balance of each token.
    function _checkoutHoldings(address buyer) internal view returns (uint256[6] memory holdings) {
        for (uint256 t; t < 3; ++t) {
            holdings[t] = _balanceOf(tokens[t], address(escrow));
            holdings[t + 3] = _balanceOf(tokens[t], buyer);
        }
    }

    function _checkCheckoutMoney(address buyer, uint256[6] memory before, uint256[3] memory totals) private {
        uint256[6] memory holdings = _checkoutHoldings(buyer);
        for (uint256 t; t < 3; ++t) {
            if (holdings[t] != before[t] + totals[t] || holdings[t + 3] + totals[t] != before[t + 3]) {
                lastDeviation = "checkout: escrow did not receive exactly the orders' money";
                ++unexpectedPayments;
            }
        }
    }

    function _tokenIndex(address token) internal view returns (uint256 index) {
        while (tokens[index] != token) ++index;
    }
}
