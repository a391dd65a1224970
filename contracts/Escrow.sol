// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IArbitrable} from "./interfaces/IArbitrable.sol";
import {IArbitrator} from "./interfaces/IArbitrator.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {IOrderArbitrable} from "./interfaces/IOrderArbitrable.sol";
import {IOrderCompletionHook} from "./interfaces/IOrderCompletionHook.sol";
import {IShopRegistry} from "./interfaces/IShopRegistry.sol";
import {PackedOrder, PackedOrderLib, orderIdOf as _orderIdOf} from "./libraries/PackedOrder.sol";
import {Order, OrderRequest, OrderStatus, Resolution, TokenPermit} from "./types/MarketTypes.sol";

/// @title Escrow
/// @notice Order escrow without owner or fee; see {IEscrow}.
contract Escrow is IEscrow, IArbitrable, IOrderArbitrable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Most orders one checkout may contain.
    uint256 public constant MAX_ORDERS_PER_CHECKOUT = 32;
    /// @notice Longest decline reason, in bytes.
    uint256 public constant MAX_REASON_LENGTH = 280;
    /// @notice Time a dispute may stay open without settlement or ruling before anyone may split it evenly.
    uint40 public constant DISPUTE_TIMEOUT = 60 days;
    /// @notice Gas forwarded with an ETH payment: enough for smart-contract wallets, too little to grief the caller.
    uint256 public constant ETH_TRANSFER_GAS = 50_000;
    /// @notice Gas a shop's completion hook receives.
    uint256 public constant HOOK_GAS_LIMIT = 150_000;
    /// @notice ERC-792 choices: 1 refunds the buyer, 2 pays the shop; 0 (refused) splits evenly.
    uint256 public constant RULING_CHOICES = 2;
    uint256 public constant RULING_REFUND_BUYER = 1;
    uint256 public constant RULING_PAY_SHOP = 2;

    /// @notice The shop registry that says who manages a shop.
    IShopRegistry public immutable registry;
    /// @notice The delivery attestations contract allowed to relay a carrier's pickup and delivery.
    address public immutable deliveryAttestations;

    struct SettlementOffer {
        address proposer;
        bool isByBuyer;
        uint128 buyerAmount;
    }

    mapping(uint256 orderId => PackedOrder) private _orders;
    mapping(address account => mapping(address token => uint256 amount)) private _credits;
    mapping(uint256 orderId => SettlementOffer) private _offers;
    /// @dev ERC-792 rulings received through {rule}, stored as ruling + 1 (0 = none).
    mapping(address arbitrator => mapping(uint256 disputeId => uint256 rulingPlusOne)) private _rulings;

    constructor(IShopRegistry registry_, address deliveryAttestations_) {
        registry = registry_;
        deliveryAttestations = deliveryAttestations_;
    }

    // ─── Checkout ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function checkout(OrderRequest[] calldata requests) external payable nonReentrant returns (uint256[] memory) {
        return _checkout(requests);
    }

    /// @inheritdoc IEscrow
    function checkoutWithPermit(OrderRequest[] calldata requests, TokenPermit[] calldata permits)
        external
        payable
        nonReentrant
        returns (uint256[] memory)
    {
        for (uint256 i; i < permits.length; ++i) {
            TokenPermit calldata p = permits[i];
            // `try` cannot catch a call to an address without code: such a permit is skipped like a failed one.
            if (p.token.code.length == 0) continue;
            // A front-run permit has already set the allowance: ignore its failure, transferFrom decides.
            try IERC20Permit(p.token).permit(msg.sender, address(this), p.value, p.deadline, p.v, p.r, p.s) {} catch {}
        }
        return _checkout(requests);
    }

    function _checkout(OrderRequest[] calldata requests) private returns (uint256[] memory orderIds) {
        uint256 count = requests.length;
        if (count == 0 || count > MAX_ORDERS_PER_CHECKOUT) revert InvalidOrderCount(count);
        orderIds = new uint256[](count);
        uint256 ethNeeded;
        for (uint256 i; i < count; ++i) {
            uint256 orderEth;
            (orderIds[i], orderEth) = _openOrder(requests[i]);
            ethNeeded += orderEth;
        }
        if (msg.value != ethNeeded) revert IncorrectPayment(ethNeeded, msg.value);
    }

    /// @return orderId The new order's id.
    /// @return ethNeeded The ETH this order needs from `msg.value` (zero for ERC-20 orders, pulled here).
    function _openOrder(OrderRequest calldata request) private returns (uint256 orderId, uint256 ethNeeded) {
        if (request.amount == 0) revert ZeroAmount();
        if (request.carrier == address(0) && request.deliveryFee != 0) revert FeeWithoutCarrier(request.deliveryFee);
        Order memory order = Order({
            buyer: msg.sender,
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
        orderId = _orderIdOf(order);
        if (PackedOrder.unwrap(_orders[orderId]) != 0) revert OrderExists(orderId);
        uint40 acceptDeadline = _after(request.terms.acceptHours);
        _orders[orderId] = PackedOrderLib.pack(OrderStatus.Paid, 0, acceptDeadline, 0);
        emit OrderPaid(
            orderId, request.shopId, msg.sender, order, request.itemsDigest, request.shippingDigest, acceptDeadline
        );

        uint256 total = uint256(request.amount) + request.deliveryFee;
        if (request.token == address(0)) return (orderId, total);
        _pullToken(IERC20(request.token), total);
        return (orderId, 0);
    }

    function _pullToken(IERC20 token, uint256 amount) private {
        uint256 balanceBefore = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert FeeOnTransferToken(address(token), amount, received);
    }

    // ─── Shop decisions ─────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function accept(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireShopManager(orderId, order);
        _requireBeforeDeadline(orderId, packed);
        uint40 shipDeadline = _after(order.shipHours);
        _orders[orderId] = packed.moveTo(OrderStatus.Accepted, packed.flags() | PackedOrderLib.SHOP_ACCEPTED, shipDeadline);
        emit OrderAccepted(orderId, shipDeadline);
    }

    /// @inheritdoc IEscrow
    function decline(uint256 orderId, Order calldata order, string calldata reason) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireShopManager(orderId, order);
        if (bytes(reason).length > MAX_REASON_LENGTH) revert ReasonTooLong(bytes(reason).length);
        _orders[orderId] = packed.moveTo(OrderStatus.Declined, packed.flags(), 0);
        emit OrderDeclined(orderId, reason);
        _refund(orderId, order);
    }

    /// @inheritdoc IEscrow
    function markShipped(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Accepted);
        if (order.carrier != address(0)) revert Unauthorized(orderId, msg.sender);
        _requireShopManager(orderId, order);
        _requireBeforeDeadline(orderId, packed);
        _ship(orderId, order, packed);
    }

    // ─── Buyer decisions ────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function cancel(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireBuyer(orderId, order);
        _orders[orderId] = packed.moveTo(OrderStatus.Cancelled, packed.flags(), 0);
        emit OrderCancelled(orderId);
        _refund(orderId, order);
    }

    /// @inheritdoc IEscrow
    function confirmReceipt(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireDeliverable(orderId, order, packed);
        _requireBuyer(orderId, order);
        _deliver(orderId, order, packed);
    }

    /// @inheritdoc IEscrow
    function release(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        OrderStatus status = packed.status();
        if (status == OrderStatus.None || status > OrderStatus.Delivered) revert InvalidStatus(orderId, status);
        _requireBuyer(orderId, order);
        _complete(orderId, order, packed);
    }

    // ─── Delivery ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function confirmPickup(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Accepted);
        _requireCarrier(orderId, order);
        _requireBeforeDeadline(orderId, packed);
        _ship(orderId, order, packed);
    }

    /// @inheritdoc IEscrow
    function confirmDelivery(uint256 orderId, Order calldata order, bytes32 code) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireDeliverable(orderId, order, packed);
        if (order.carrier == address(0)) _requireShopManager(orderId, order);
        else _requireCarrier(orderId, order);
        if (keccak256(abi.encode(code)) != order.codeHash) revert WrongDeliveryCode(orderId);
        _deliver(orderId, order, packed);
    }

    // ─── Timeouts ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function expire(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        OrderStatus status = packed.status();
        if (status != OrderStatus.Paid && status != OrderStatus.Accepted) revert InvalidStatus(orderId, status);
        _requireAfterDeadline(orderId, packed.deadline());
        _orders[orderId] = packed.moveTo(OrderStatus.Expired, packed.flags(), 0);
        emit OrderExpired(orderId, status);
        _refund(orderId, order);
    }

    /// @inheritdoc IEscrow
    function complete(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        OrderStatus status = packed.status();
        if (status == OrderStatus.Delivered) {
            _requireAfterDeadline(orderId, packed.deadline());
        } else if (status == OrderStatus.Shipped) {
            _requireAfterDeadline(orderId, packed.deadline() + _hours(order.returnHours));
        } else {
            revert InvalidStatus(orderId, status);
        }
        _complete(orderId, order, packed);
    }

    // ─── Disputes ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function openDispute(uint256 orderId, Order calldata order) external payable nonReentrant {
        PackedOrder packed = _load(orderId, order);
        OrderStatus status = packed.status();
        uint40 deadline = packed.deadline();
        if (status == OrderStatus.Delivered) {
            _requireBuyer(orderId, order);
            _requireBeforeDeadline(orderId, packed);
        } else if (status == OrderStatus.Shipped) {
            if (msg.sender != order.buyer) _requireShopManager(orderId, order);
            if (block.timestamp <= deadline) revert DeadlineNotReached(orderId, deadline);
            uint40 disputeWindowEnd = deadline + _hours(order.returnHours);
            if (block.timestamp > disputeWindowEnd) revert DeadlinePassed(orderId, disputeWindowEnd);
        } else {
            revert InvalidStatus(orderId, status);
        }

        uint40 disputeDeadline = uint40(block.timestamp) + DISPUTE_TIMEOUT;
        // Marked disputed before calling the arbitrator (checks-effects-interactions), then given its dispute id.
        _orders[orderId] = packed.moveTo(OrderStatus.Disputed, packed.flags(), disputeDeadline);
        uint256 disputeId;
        if (order.arbitrator == address(0)) {
            if (msg.value != 0) revert IncorrectPayment(0, msg.value);
        } else {
            IArbitrator arbitrator = IArbitrator(order.arbitrator);
            uint256 cost = arbitrator.arbitrationCost("");
            if (msg.value != cost) revert IncorrectPayment(cost, msg.value);
            disputeId = arbitrator.createDispute{value: cost}(RULING_CHOICES, "");
            if (disputeId > PackedOrderLib.MAX_DISPUTE_ID) revert DisputeIdTooLarge(disputeId);
            _orders[orderId] = PackedOrderLib.pack(OrderStatus.Disputed, packed.flags(), disputeDeadline, disputeId);
        }
        emit DisputeOpened(orderId, msg.sender, order.arbitrator, disputeId, disputeDeadline);
    }

    /// @inheritdoc IEscrow
    function proposeSettlement(uint256 orderId, Order calldata order, uint128 buyerAmount) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        bool isBuyer = _requireParty(orderId, order);
        if (buyerAmount > order.amount) revert SettlementTooLarge(buyerAmount, order.amount);
        _offers[orderId] = SettlementOffer({proposer: msg.sender, isByBuyer: isBuyer, buyerAmount: buyerAmount});
        emit SettlementProposed(orderId, msg.sender, buyerAmount);
    }

    /// @inheritdoc IEscrow
    function acceptSettlement(uint256 orderId, Order calldata order, uint128 buyerAmount) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        bool isBuyer = _requireParty(orderId, order);
        SettlementOffer memory offer = _offers[orderId];
        if (offer.proposer == address(0) || offer.isByBuyer == isBuyer || offer.buyerAmount != buyerAmount) {
            revert NoSettlementOffer(orderId);
        }
        delete _offers[orderId];
        _resolve(orderId, order, packed, Resolution.Settlement, buyerAmount, false);
    }

    /// @notice Records an ERC-792 ruling; anyone then pays it out with {executeRuling}. A ruling for a dispute
    ///  that was settled or timed out meanwhile changes nothing.
    /// @dev Emits {IArbitrable-Ruling}. Reverts if `ruling` is above 2 → InvalidRuling(ruling).
    function rule(uint256 disputeId, uint256 ruling) external nonReentrant {
        if (ruling > RULING_CHOICES) revert InvalidRuling(ruling);
        _rulings[msg.sender][disputeId] = ruling + 1;
        emit Ruling(IArbitrator(msg.sender), disputeId, ruling);
    }

    /// @inheritdoc IOrderArbitrable
    function ruleOrder(uint256 disputeId, uint256 orderId, Order calldata order, uint256 ruling)
        external
        nonReentrant
    {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        if (msg.sender != order.arbitrator) revert Unauthorized(orderId, msg.sender);
        if (packed.disputeId() != disputeId) revert DisputeMismatch(orderId, disputeId);
        if (ruling > RULING_CHOICES) revert InvalidRuling(ruling);
        emit Ruling(IArbitrator(msg.sender), disputeId, ruling);
        _executeRuling(orderId, order, packed, ruling);
    }

    /// @inheritdoc IEscrow
    function executeRuling(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        uint256 rulingPlusOne = order.arbitrator == address(0) ? 0 : _rulings[order.arbitrator][packed.disputeId()];
        if (rulingPlusOne == 0) revert NoRuling(orderId, packed.disputeId());
        _executeRuling(orderId, order, packed, rulingPlusOne - 1);
    }

    function _executeRuling(uint256 orderId, Order calldata order, PackedOrder packed, uint256 ruling) private {
        delete _offers[orderId];
        if (ruling == RULING_REFUND_BUYER) {
            _resolve(orderId, order, packed, Resolution.Ruling, order.amount, false);
        } else if (ruling == RULING_PAY_SHOP) {
            _resolve(orderId, order, packed, Resolution.Ruling, 0, true);
        } else {
            _resolve(orderId, order, packed, Resolution.Ruling, order.amount / 2, false);
        }
    }

    /// @inheritdoc IEscrow
    function resolveTimedOut(uint256 orderId, Order calldata order) external nonReentrant {
        PackedOrder packed = _load(orderId, order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        _requireAfterDeadline(orderId, packed.deadline());
        // A ruling the arbitrator gave in time wins over the timeout, even if nobody executed it yet.
        uint256 rulingPlusOne = order.arbitrator == address(0) ? 0 : _rulings[order.arbitrator][packed.disputeId()];
        if (rulingPlusOne != 0) return _executeRuling(orderId, order, packed, rulingPlusOne - 1);
        delete _offers[orderId];
        _resolve(orderId, order, packed, Resolution.Timeout, order.amount / 2, false);
    }

    // ─── Credits ────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function withdraw(address token, address to) external nonReentrant {
        uint256 amount = _credits[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw(msg.sender, token);
        _credits[msg.sender][token] = 0;
        bool isSent;
        if (token == address(0)) (isSent,) = payable(to).call{value: amount}("");
        else isSent = SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        if (!isSent) revert WithdrawalFailed(to, token, amount);
        emit CreditWithdrawn(msg.sender, token, to, amount);
    }

    // ─── Views ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function orderState(uint256 orderId)
        external
        view
        returns (OrderStatus status, uint40 deadline, bool isFeePaid, uint256 disputeId)
    {
        PackedOrder packed = _orders[orderId];
        return (packed.status(), packed.deadline(), packed.isFeePaid(), packed.disputeId());
    }

    /// @inheritdoc IEscrow
    function isShopAccepted(uint256 orderId) external view returns (bool) {
        return _orders[orderId].isShopAccepted();
    }

    /// @inheritdoc IEscrow
    function verifyOrder(uint256 orderId, Order calldata order) external view returns (bool) {
        return _orderIdOf(order) == orderId && PackedOrder.unwrap(_orders[orderId]) != 0;
    }

    /// @inheritdoc IEscrow
    function orderIdOf(Order calldata order) external pure returns (uint256) {
        return _orderIdOf(order);
    }

    /// @inheritdoc IEscrow
    function rulingOf(address arbitrator, uint256 disputeId) external view returns (bool isRuled, uint256 ruling) {
        uint256 rulingPlusOne = _rulings[arbitrator][disputeId];
        return (rulingPlusOne != 0, rulingPlusOne == 0 ? 0 : rulingPlusOne - 1);
    }

    /// @inheritdoc IEscrow
    function creditOf(address account, address token) external view returns (uint256) {
        return _credits[account][token];
    }

    /// @inheritdoc IEscrow
    function settlementOffer(uint256 orderId) external view returns (address proposer, uint128 buyerAmount) {
        SettlementOffer memory offer = _offers[orderId];
        return (offer.proposer, offer.buyerAmount);
    }

    // ─── Transitions ────────────────────────────────────────────────────────────────────────────────────────

    function _ship(uint256 orderId, Order calldata order, PackedOrder packed) private {
        uint40 deliveryDeadline = _after(order.deliveryHours);
        _orders[orderId] = packed.moveTo(OrderStatus.Shipped, packed.flags(), deliveryDeadline);
        emit OrderShipped(orderId, msg.sender, deliveryDeadline);
    }

    function _deliver(uint256 orderId, Order calldata order, PackedOrder packed) private {
        uint40 returnDeadline = _after(order.returnHours);
        _orders[orderId] = packed.moveTo(OrderStatus.Delivered, packed.flags() | PackedOrderLib.FEE_PAID, returnDeadline);
        emit OrderDelivered(orderId, msg.sender, returnDeadline);
        if (order.carrier != address(0)) _pay(orderId, order.carrier, order.token, order.deliveryFee);
    }

    function _complete(uint256 orderId, Order calldata order, PackedOrder packed) private {
        OrderStatus status = packed.status();
        _orders[orderId] = packed.moveTo(OrderStatus.Completed, packed.flags() | PackedOrderLib.FEE_PAID, 0);
        emit OrderCompleted(orderId, msg.sender);
        _pay(orderId, order.payout, order.token, order.amount);
        if (!packed.isFeePaid()) {
            // The carrier earned its fee once it picked the goods up; before that the fee returns to the buyer.
            address feeRecipient = status == OrderStatus.Shipped ? order.carrier : order.buyer;
            _pay(orderId, feeRecipient, order.token, order.deliveryFee);
        }
        _callHook(orderId, order);
    }

    function _refund(uint256 orderId, Order calldata order) private {
        _pay(orderId, order.buyer, order.token, uint256(order.amount) + order.deliveryFee);
    }

    /// @param buyerAmount Part of `order.amount` returned to the buyer; the rest goes to the shop.
    /// @param isFeeToCarrier Whether an unpaid delivery fee goes to the carrier (ruling for the shop) or the buyer.
    function _resolve(
        uint256 orderId,
        Order calldata order,
        PackedOrder packed,
        Resolution resolution,
        uint256 buyerAmount,
        bool isFeeToCarrier
    ) private {
        _orders[orderId] = packed.moveTo(OrderStatus.Resolved, packed.flags() | PackedOrderLib.FEE_PAID, 0);
        uint256 shopAmount = order.amount - buyerAmount;
        uint256 unpaidFee = packed.isFeePaid() ? 0 : order.deliveryFee;
        if (isFeeToCarrier) _pay(orderId, order.carrier, order.token, unpaidFee);
        else buyerAmount += unpaidFee;
        emit DisputeResolved(orderId, resolution, buyerAmount, shopAmount);
        _pay(orderId, order.buyer, order.token, buyerAmount);
        _pay(orderId, order.payout, order.token, shopAmount);
    }

    /// @dev Pushes a payment; if the receiver reverts, runs out of gas or the token refuses, credits it instead.
    function _pay(uint256 orderId, address to, address token, uint256 amount) private {
        if (amount == 0) return;
        bool isSent;
        if (token == address(0)) (isSent,) = payable(to).call{value: amount, gas: ETH_TRANSFER_GAS}("");
        else isSent = SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        if (isSent) return;
        _credits[to][token] += amount;
        emit PaymentCredited(orderId, to, token, amount);
    }

    function _callHook(uint256 orderId, Order calldata order) private {
        if (order.hook == address(0)) return;
        // The caller must leave the hook its whole allowance, or a caller could make every hook fail on purpose.
        uint256 required = HOOK_GAS_LIMIT + HOOK_GAS_LIMIT / 63 + 10_000;
        if (gasleft() < required) revert InsufficientGasForHook(gasleft(), required);
        // A low-level call, not a typed one: a hook without code or with a bad return must not revert the payment.
        // solhint-disable-next-line avoid-low-level-calls
        (bool isDone,) = order.hook.call{gas: HOOK_GAS_LIMIT}(
            abi.encodeCall(IOrderCompletionHook.onOrderCompleted, (orderId, order))
        );
        if (!isDone) emit CompletionHookFailed(orderId, order.hook);
    }

    // ─── Guards ─────────────────────────────────────────────────────────────────────────────────────────────

    function _load(uint256 orderId, Order calldata order) private view returns (PackedOrder) {
        if (_orderIdOf(order) != orderId) revert OrderMismatch(orderId);
        return _orders[orderId];
    }

    function _requireStatus(uint256 orderId, PackedOrder packed, OrderStatus expected) private pure {
        if (packed.status() != expected) revert InvalidStatus(orderId, packed.status());
    }

    /// @dev With a carrier the goods must have been picked up; without, the shop may hand them over at once.
    function _requireDeliverable(uint256 orderId, Order calldata order, PackedOrder packed) private pure {
        OrderStatus status = packed.status();
        bool isPickupReady = order.carrier == address(0) && status == OrderStatus.Accepted;
        if (status != OrderStatus.Shipped && !isPickupReady) revert InvalidStatus(orderId, status);
    }

    function _requireBeforeDeadline(uint256 orderId, PackedOrder packed) private view {
        if (block.timestamp > packed.deadline()) revert DeadlinePassed(orderId, packed.deadline());
    }

    function _requireAfterDeadline(uint256 orderId, uint40 deadline) private view {
        if (block.timestamp <= deadline) revert DeadlineNotReached(orderId, deadline);
    }

    function _requireBuyer(uint256 orderId, Order calldata order) private view {
        if (msg.sender != order.buyer) revert Unauthorized(orderId, msg.sender);
    }

    function _requireShopManager(uint256 orderId, Order calldata order) private view {
        if (!registry.isShopManager(order.shopId, msg.sender)) revert Unauthorized(orderId, msg.sender);
    }

    function _requireCarrier(uint256 orderId, Order calldata order) private view {
        if (msg.sender != order.carrier && msg.sender != deliveryAttestations) revert Unauthorized(orderId, msg.sender);
    }

    /// @return isBuyer Whether the caller acts as the buyer (otherwise as the shop).
    function _requireParty(uint256 orderId, Order calldata order) private view returns (bool isBuyer) {
        if (msg.sender == order.buyer) return true;
        _requireShopManager(orderId, order);
        return false;
    }

    function _after(uint16 hoursFromNow) private view returns (uint40) {
        return uint40(block.timestamp) + _hours(hoursFromNow);
    }

    function _hours(uint16 count) private pure returns (uint40) {
        return uint40(count) * 1 hours;
    }
}
