// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IArbitrable} from "./interfaces/IArbitrable.sol";
import {IArbitrator} from "./interfaces/IArbitrator.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {IOrderArbitrable} from "./interfaces/IOrderArbitrable.sol";
import {IOrderHook} from "./interfaces/IOrderHook.sol";
import {IShopRegistry} from "./interfaces/IShopRegistry.sol";
import {PackedOrder, PackedOrderLib, orderIdOf as _orderIdOf} from "./libraries/PackedOrder.sol";
import {ShopWindows} from "./libraries/ShopWindows.sol";
import {isValidSignatureNow} from "./libraries/SignatureCheck.sol";
import {TokenPulls} from "./libraries/TokenPulls.sol";
import {
    BuyerAction,
    BuyerAuthorization,
    EscrowLimits,
    Order,
    OrderFacts,
    OrderMoment,
    OrderRequest,
    OrderStatus,
    PullMethod,
    Resolution,
    ShopTerms,
    TokenPermit,
    TokenPull
} from "./types/MarketTypes.sol";
import {UnorderedNonces} from "./utils/UnorderedNonces.sol";

/// @title Escrow
/// @notice Order escrow without owner or fee; see {IEscrow}.
/// @dev Constants and typehashes are private and gathered in {limits}: with the IR pipeline, calls are dispatched by
///  comparing the selector with every selector below it, so each public getter would cost every later call 22 gas.
contract Escrow is IEscrow, IArbitrable, IOrderArbitrable, EIP712, UnorderedNonces, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant MAX_ORDERS_PER_CHECKOUT = 32;
    uint256 private constant MAX_REASON_LENGTH = 280;
    uint40 private constant DISPUTE_TIMEOUT = 60 days;
    /// @dev Enough for smart-contract wallets, too little to grief the caller; more needs {pushCredit}.
    uint256 private constant ETH_TRANSFER_GAS = 50_000;
    /// @dev Enough for a fan-out to four services of 90,000 gas each (`contracts/services/ServiceHooks.sol`).
    uint256 private constant HOOK_GAS_LIMIT = 400_000;
    /// @dev Kleros Court's `createDispute` needs a few hundred thousand; the cap keeps a hostile one from taking all.
    uint256 private constant ARBITRATOR_GAS_LIMIT = 1_000_000;
    /// @dev ERC-792 choices: 1 refunds the buyer, 2 pays the shop; 0 (refused) splits evenly.
    uint256 private constant RULING_CHOICES = 2;
    uint256 private constant RULING_REFUND_BUYER = 1;
    uint256 private constant RULING_PAY_SHOP = 2;

    // Sets of statuses an action accepts, for {InvalidStatus}: bit `uint8(status)` set for each.
    bytes32 private constant PAID_OR_ACCEPTED =
        bytes32((uint256(1) << uint8(OrderStatus.Paid)) | (uint256(1) << uint8(OrderStatus.Accepted)));
    bytes32 private constant SHIPPED_ONLY = bytes32(uint256(1) << uint8(OrderStatus.Shipped));
    bytes32 private constant ACCEPTED_OR_SHIPPED =
        bytes32((uint256(1) << uint8(OrderStatus.Accepted)) | (uint256(1) << uint8(OrderStatus.Shipped)));
    bytes32 private constant SHIPPED_OR_DELIVERED =
        bytes32((uint256(1) << uint8(OrderStatus.Shipped)) | (uint256(1) << uint8(OrderStatus.Delivered)));
    bytes32 private constant BEFORE_COMPLETION = PAID_OR_ACCEPTED | SHIPPED_OR_DELIVERED;

    /// @dev EIP-712 types of what a buyer signs (domain "Grandrue Escrow", version "2"); the type strings are in
    ///  {IEscrow} and the tests sign digests built from them.
    bytes32 private constant SHOP_TERMS_TYPEHASH =
        keccak256("ShopTerms(uint16 acceptHours,uint16 shipHours,uint16 deliveryHours,uint16 returnHours)");
    bytes32 private constant ORDER_REQUEST_TYPEHASH = keccak256(
        "OrderRequest(uint256 shopId,address payout,address token,uint128 amount,uint128 deliveryFee,address carrier,"
        "address arbitrator,address hook,ShopTerms terms,bytes32 itemsDigest,bytes32 shippingDigest,bytes32 codeHash)"
        "ShopTerms(uint16 acceptHours,uint16 shipHours,uint16 deliveryHours,uint16 returnHours)"
    );
    bytes32 private constant CHECKOUT_TYPEHASH = keccak256(
        "Checkout(address buyer,OrderRequest[] orders,uint256 maxFee,uint256 nonce,uint256 deadline)"
        "OrderRequest(uint256 shopId,address payout,address token,uint128 amount,uint128 deliveryFee,address carrier,"
        "address arbitrator,address hook,ShopTerms terms,bytes32 itemsDigest,bytes32 shippingDigest,bytes32 codeHash)"
        "ShopTerms(uint16 acceptHours,uint16 shipHours,uint16 deliveryHours,uint16 returnHours)"
    );
    bytes32 private constant CANCEL_TYPEHASH =
        keccak256("Cancel(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)");
    bytes32 private constant CONFIRM_RECEIPT_TYPEHASH =
        keccak256("ConfirmReceipt(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)");
    bytes32 private constant RELEASE_TYPEHASH =
        keccak256("Release(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)");
    bytes32 private constant OPEN_DISPUTE_TYPEHASH =
        keccak256("OpenDispute(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)");
    bytes32 private constant PROPOSE_SETTLEMENT_TYPEHASH = keccak256(
        "ProposeSettlement(uint256 orderId,uint128 buyerAmount,uint256 maxFee,uint256 nonce,uint256 deadline)"
    );
    bytes32 private constant ACCEPT_SETTLEMENT_TYPEHASH = keccak256(
        "AcceptSettlement(uint256 orderId,uint128 buyerAmount,uint256 maxFee,uint256 nonce,uint256 deadline)"
    );

    /// @notice The shop registry that says who speaks for a shop on an order.
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
    /// @dev ERC-792 rulings received through {rule}: (ruling + 1) in bits 0-7, when it was recorded above (0 = none).
    mapping(address arbitrator => mapping(uint256 disputeId => uint256 record)) private _rulings;
    /// @dev The least dispute id each arbitrator may still give: ids must rise, so one id serves one order.
    mapping(address arbitrator => uint256 disputeId) private _nextDisputeIds;

    constructor(IShopRegistry registry_, address deliveryAttestations_) EIP712("Grandrue Escrow", "2") {
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

    /// @inheritdoc IEscrow
    function checkoutBySig(
        address buyer,
        OrderRequest[] calldata requests,
        BuyerAuthorization calldata authorization,
        uint256 fee,
        TokenPull calldata tokenPull
    ) external nonReentrant returns (uint256[] memory orderIds) {
        uint256 count = _requireOrderCount(requests.length);
        _requireBuyerSignature(buyer, _checkoutStructHash(buyer, requests, authorization), authorization);
        if (fee > authorization.maxFee) revert FeeTooHigh(fee, authorization.maxFee);
        address token = requests[0].token;
        if (token == address(0)) revert NativeTokenNotPullable();
        orderIds = new uint256[](count);
        uint256 total = fee;
        for (uint256 i; i < count; ++i) {
            OrderRequest calldata request = requests[i];
            if (request.token != token) revert TokenMismatch(token, request.token);
            uint256 orderTotal;
            (orderIds[i], orderTotal) = _openOrder(request, buyer);
            total += orderTotal;
        }
        if (tokenPull.method == PullMethod.Authorization && tokenPull.value != total) {
            revert AuthorizationValueMismatch(total, tokenPull.value);
        }
        uint256 balanceBefore = IERC20(token).balanceOf(address(this));
        TokenPulls.pull(IERC20(token), buyer, address(this), total, tokenPull);
        _requireReceived(IERC20(token), balanceBefore, total);
        _pay(orderIds[0], msg.sender, token, fee);
    }

    function _checkout(OrderRequest[] calldata requests) private returns (uint256[] memory orderIds) {
        uint256 count = _requireOrderCount(requests.length);
        orderIds = new uint256[](count);
        uint256 ethNeeded;
        for (uint256 i; i < count; ++i) {
            OrderRequest calldata request = requests[i];
            uint256 total;
            (orderIds[i], total) = _openOrder(request, msg.sender);
            if (request.token == address(0)) {
                ethNeeded += total;
            } else {
                IERC20 token = IERC20(request.token);
                uint256 balanceBefore = token.balanceOf(address(this));
                token.safeTransferFrom(msg.sender, address(this), total);
                _requireReceived(token, balanceBefore, total);
            }
        }
        if (msg.value != ethNeeded) revert IncorrectPayment(ethNeeded, msg.value);
    }

    /// @return orderId The new order's id.
    /// @return total What the order holds: its amount plus its delivery fee, to be paid by the caller.
    function _openOrder(OrderRequest calldata request, address buyer) private returns (uint256 orderId, uint256 total) {
        if (request.amount == 0) revert ZeroAmount();
        if (request.carrier == address(0) && request.deliveryFee != 0) revert FeeWithoutCarrier(request.deliveryFee);
        Order memory order = Order({
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
        uint16 acceptHours = request.terms.acceptHours;
        if (!ShopWindows.areValid(acceptHours, order.shipHours, order.deliveryHours, order.returnHours)) {
            revert InvalidTerms(request.terms);
        }
        orderId = _orderIdOf(order);
        if (PackedOrder.unwrap(_orders[orderId]) != 0) revert OrderExists(orderId);
        uint40 acceptDeadline = _after(acceptHours);
        _orders[orderId] = PackedOrderLib.paid(acceptDeadline);
        // Flat fields from the order in memory: a third cheaper than encoding the calldata request (see {OrderPaid}).
        emit OrderPaid(
            orderId,
            order.shopId,
            buyer,
            order.payout,
            order.token,
            order.amount,
            order.deliveryFee,
            order.carrier,
            order.arbitrator,
            order.hook,
            order.shipHours,
            order.deliveryHours,
            order.returnHours,
            order.codeHash,
            request.itemsDigest,
            request.shippingDigest,
            acceptDeadline
        );
        total = uint256(request.amount) + request.deliveryFee;
    }

    function _requireOrderCount(uint256 count) private pure returns (uint256) {
        if (count == 0 || count > MAX_ORDERS_PER_CHECKOUT) revert InvalidOrderCount(count);
        return count;
    }

    /// @dev Fee-on-transfer tokens are refused: the escrow must hold exactly what its orders owe.
    function _requireReceived(IERC20 token, uint256 balanceBefore, uint256 amount) private view {
        uint256 received = token.balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert FeeOnTransferToken(address(token), amount, received);
    }

    // ─── Shop decisions ─────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function accept(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireShopManager(order);
        _requireBeforeDeadline(orderId, packed);
        uint40 shipDeadline = _after(order.shipHours);
        uint256 flags = packed.flags() | PackedOrderLib.SHOP_ACCEPTED;
        _orders[orderId] = packed.moveTo(OrderStatus.Accepted, flags, shipDeadline);
        emit OrderAccepted(orderId, order.carrier, shipDeadline);
    }

    /// @inheritdoc IEscrow
    function decline(Order calldata order, string calldata reason) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireShopManager(order);
        if (bytes(reason).length > MAX_REASON_LENGTH) revert ReasonTooLong(bytes(reason).length);
        _orders[orderId] = packed.moveTo(OrderStatus.Declined, packed.flags(), 0).closedNow();
        emit OrderDeclined(orderId, reason);
        _refund(orderId, order);
    }

    /// @inheritdoc IEscrow
    function markShipped(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Accepted);
        if (order.carrier != address(0)) revert CarrierHandsOver(orderId, order.carrier);
        _requireShopManager(order);
        _requireBeforeDeadline(orderId, packed);
        _ship(orderId, order, packed);
    }

    // ─── Buyer decisions ────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function cancel(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _cancel(orderId, order, packed, msg.sender);
    }

    /// @inheritdoc IEscrow
    function confirmReceipt(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _confirmReceipt(orderId, order, packed, msg.sender);
    }

    /// @inheritdoc IEscrow
    function release(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _release(orderId, order, packed, msg.sender);
    }

    /// @inheritdoc IEscrow
    function relayBuyerAction(
        BuyerAction action,
        Order calldata order,
        uint128 buyerAmount,
        BuyerAuthorization calldata authorization,
        uint256 fee,
        TokenPull calldata feePull
    ) external payable nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        address buyer = order.buyer;
        _requireBuyerSignature(buyer, _actionStructHash(action, orderId, buyerAmount, authorization), authorization);
        if (fee > authorization.maxFee) revert FeeTooHigh(fee, authorization.maxFee);
        if (action != BuyerAction.OpenDispute && msg.value != 0) revert IncorrectPayment(0, msg.value);
        if (action == BuyerAction.Cancel) {
            _cancel(orderId, order, packed, buyer);
        } else if (action == BuyerAction.ConfirmReceipt) {
            _confirmReceipt(orderId, order, packed, buyer);
        } else if (action == BuyerAction.Release) {
            _release(orderId, order, packed, buyer);
        } else if (action == BuyerAction.OpenDispute) {
            _openDispute(orderId, order, packed, buyer);
        } else if (action == BuyerAction.ProposeSettlement) {
            _proposeSettlement(orderId, order, packed, buyer, buyerAmount);
        } else {
            _acceptSettlement(orderId, order, packed, buyer, buyerAmount);
        }
        if (fee == 0) return;
        if (order.token == address(0)) revert NativeTokenNotPullable();
        if (feePull.method == PullMethod.Authorization && feePull.value != fee) {
            revert AuthorizationValueMismatch(fee, feePull.value);
        }
        TokenPulls.pull(IERC20(order.token), buyer, msg.sender, fee, feePull);
    }

    function _cancel(uint256 orderId, Order calldata order, PackedOrder packed, address actor) private {
        _requireStatus(orderId, packed, OrderStatus.Paid);
        _requireBuyer(orderId, order, actor);
        _orders[orderId] = packed.moveTo(OrderStatus.Cancelled, packed.flags(), 0).closedNow();
        emit OrderCancelled(orderId);
        _refund(orderId, order);
    }

    function _confirmReceipt(uint256 orderId, Order calldata order, PackedOrder packed, address actor) private {
        _requireDeliverable(orderId, order, packed);
        _requireBuyer(orderId, order, actor);
        _deliver(orderId, order, packed, actor, 0);
    }

    function _release(uint256 orderId, Order calldata order, PackedOrder packed, address actor) private {
        OrderStatus status = packed.status();
        if (status > OrderStatus.Delivered) _revertInvalidStatus(orderId, status, BEFORE_COMPLETION);
        _requireBuyer(orderId, order, actor);
        _complete(orderId, order, packed, actor);
    }

    // ─── Delivery ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function confirmPickup(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Accepted);
        _requireCarrier(orderId, order);
        _requireBeforeDeadline(orderId, packed);
        _ship(orderId, order, packed);
    }

    /// @inheritdoc IEscrow
    function confirmDelivery(Order calldata order, bytes32 code) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireDeliverable(orderId, order, packed);
        if (order.carrier == address(0)) _requireShopManager(order);
        else _requireCarrier(orderId, order);
        if (keccak256(abi.encode(code)) != order.codeHash) revert WrongDeliveryCode(orderId);
        _deliver(orderId, order, packed, msg.sender, PackedOrderLib.DELIVERED_WITH_CODE);
    }

    // ─── Timeouts ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function expire(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        OrderStatus status = packed.status();
        if (status != OrderStatus.Paid && status != OrderStatus.Accepted) {
            _revertInvalidStatus(orderId, status, PAID_OR_ACCEPTED);
        }
        _requireAfterDeadline(orderId, packed.deadline());
        _orders[orderId] = packed.moveTo(OrderStatus.Expired, packed.flags(), 0).closedNow();
        emit OrderExpired(orderId, status);
        _refund(orderId, order);
    }

    /// @inheritdoc IEscrow
    function complete(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        OrderStatus status = packed.status();
        if (status == OrderStatus.Delivered) {
            _requireAfterDeadline(orderId, packed.deadline());
        } else if (status == OrderStatus.Shipped) {
            _requireAfterDeadline(orderId, packed.deadline() + _hours(order.returnHours));
        } else {
            _revertInvalidStatus(orderId, status, SHIPPED_OR_DELIVERED);
        }
        _complete(orderId, order, packed, msg.sender);
    }

    // ─── Disputes ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function openDispute(Order calldata order) external payable nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _openDispute(orderId, order, packed, msg.sender);
    }

    function _openDispute(uint256 orderId, Order calldata order, PackedOrder packed, address actor) private {
        OrderStatus status = packed.status();
        uint40 deadline = packed.deadline();
        if (status == OrderStatus.Delivered) {
            _requireBuyer(orderId, order, actor);
            _requireBeforeDeadline(orderId, packed);
        } else if (status == OrderStatus.Shipped) {
            if (actor != order.buyer && !registry.isShopManager(order.shopId, actor)) {
                revert NotDisputeParty(orderId, actor);
            }
            if (block.timestamp <= deadline) revert DeadlineNotReached(orderId, deadline);
            uint40 disputeWindowEnd = deadline + _hours(order.returnHours);
            if (block.timestamp > disputeWindowEnd) revert DeadlinePassed(orderId, disputeWindowEnd);
        } else {
            _revertInvalidStatus(orderId, status, SHIPPED_OR_DELIVERED);
        }

        uint40 disputeDeadline = uint40(block.timestamp) + DISPUTE_TIMEOUT;
        uint256 flags = packed.flags();
        // Marked disputed before calling the arbitrator (checks-effects-interactions), then given its dispute id.
        packed = packed.moveTo(OrderStatus.Disputed, flags, disputeDeadline);
        _orders[orderId] = packed;
        bool isArbitrated;
        uint256 disputeId;
        if (order.arbitrator == address(0)) {
            if (msg.value != 0) revert IncorrectPayment(0, msg.value);
        } else {
            bool isCalled;
            (isCalled, isArbitrated, disputeId) = _createArbitration(order.arbitrator);
            if (isArbitrated) {
                _orders[orderId] = packed.moveTo(OrderStatus.Disputed, flags | PackedOrderLib.ARBITRATED, disputeDeadline)
                    .withDisputeId(disputeId);
            } else {
                disputeId = 0;
                // A reverted call returned the value; an arbitrator that answered unusably kept it.
                if (!isCalled && msg.value != 0) _credit(orderId, msg.sender, address(0), msg.value);
            }
        }
        emit DisputeOpened(orderId, actor, isArbitrated, disputeId, disputeDeadline);
    }

    /// @inheritdoc IEscrow
    function requestArbitration(Order calldata order) external payable nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        if (order.arbitrator == address(0) || packed.isArbitrated()) revert ArbitrationUnavailable(orderId);
        _requireBeforeDeadline(orderId, packed);
        (, bool isArbitrated, uint256 disputeId) = _createArbitration(order.arbitrator);
        if (!isArbitrated) revert ArbitrationFailed(orderId, order.arbitrator);
        uint40 disputeDeadline = uint40(block.timestamp) + DISPUTE_TIMEOUT;
        uint256 flags = packed.flags() | PackedOrderLib.ARBITRATED;
        _orders[orderId] = packed.moveTo(OrderStatus.Disputed, flags, disputeDeadline).withDisputeId(disputeId);
        emit ArbitrationRequested(orderId, msg.sender, disputeId, disputeDeadline);
    }

    /// @dev Asks `arbitrator` for a dispute, paying `msg.value`, with a gas cap the caller must leave in full (else a
    ///  caller could starve the arbitrator to avoid arbitration). The id must fit the order's slot and be above every
    ///  id this arbitrator gave before, so that one id never serves two orders.
    /// @return isCalled Whether the call ran (so the value was spent); false for an address without code.
    /// @return isUsable Whether the arbitrator created a dispute the order can record.
    /// @return disputeId The arbitrator's id for it.
    function _createArbitration(address arbitrator)
        private
        returns (bool isCalled, bool isUsable, uint256 disputeId)
    {
        if (arbitrator.code.length == 0) return (false, false, 0);
        uint256 required = ARBITRATOR_GAS_LIMIT + ARBITRATOR_GAS_LIMIT / 63 + 10_000;
        if (gasleft() < required) revert InsufficientGasForArbitrator(gasleft(), required);
        bytes memory returned;
        // A low-level call, not a typed one: an arbitrator that reverts or answers badly must not revert the dispute.
        // solhint-disable-next-line avoid-low-level-calls
        (isCalled, returned) = arbitrator.call{value: msg.value, gas: ARBITRATOR_GAS_LIMIT}(
            abi.encodeCall(IArbitrator.createDispute, (RULING_CHOICES, ""))
        );
        if (!isCalled || returned.length < 32) return (isCalled, false, 0);
        disputeId = abi.decode(returned, (uint256));
        if (disputeId < _nextDisputeIds[arbitrator] || disputeId > PackedOrderLib.MAX_DISPUTE_ID) {
            return (true, false, disputeId);
        }
        _nextDisputeIds[arbitrator] = disputeId + 1;
        return (true, true, disputeId);
    }

    /// @inheritdoc IEscrow
    function proposeSettlement(Order calldata order, uint128 buyerAmount) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _proposeSettlement(orderId, order, packed, msg.sender, buyerAmount);
    }

    /// @inheritdoc IEscrow
    function acceptSettlement(Order calldata order, uint128 buyerAmount) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _acceptSettlement(orderId, order, packed, msg.sender, buyerAmount);
    }

    function _proposeSettlement(
        uint256 orderId,
        Order calldata order,
        PackedOrder packed,
        address actor,
        uint128 buyerAmount
    ) private {
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        bool isBuyer = _requireParty(orderId, order, packed, actor);
        if (buyerAmount > order.amount) revert SettlementTooLarge(buyerAmount, order.amount);
        if (!packed.hasOffer()) {
            uint256 flags = packed.flags() | PackedOrderLib.HAS_OFFER;
            _orders[orderId] = packed.moveTo(OrderStatus.Disputed, flags, packed.deadline());
        }
        _offers[orderId] = SettlementOffer({proposer: actor, isByBuyer: isBuyer, buyerAmount: buyerAmount});
        emit SettlementProposed(orderId, actor, buyerAmount);
    }

    function _acceptSettlement(
        uint256 orderId,
        Order calldata order,
        PackedOrder packed,
        address actor,
        uint128 buyerAmount
    ) private {
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        bool isBuyer = _requireParty(orderId, order, packed, actor);
        SettlementOffer memory offer = _offers[orderId];
        if (offer.proposer == address(0) || offer.isByBuyer == isBuyer || offer.buyerAmount != buyerAmount) {
            revert NoSettlementOffer(orderId);
        }
        _resolve(orderId, order, packed, Resolution.Settlement, buyerAmount, false);
    }

    /// @notice Records an ERC-792 ruling and when it came; anyone then pays it out with {executeRuling}. It counts for
    ///  the order whose dispute this is only if recorded by that dispute's deadline; for a dispute that was settled
    ///  or timed out meanwhile it changes nothing.
    /// @dev Emits {IArbitrable-Ruling}. Reverts if `ruling` is above 2 → InvalidRuling(ruling).
    function rule(uint256 disputeId, uint256 ruling) external nonReentrant {
        if (ruling > RULING_CHOICES) revert InvalidRuling(ruling);
        _rulings[msg.sender][disputeId] = (block.timestamp << 8) | (ruling + 1);
        emit Ruling(IArbitrator(msg.sender), disputeId, ruling);
    }

    /// @inheritdoc IOrderArbitrable
    function ruleOrder(uint256 disputeId, Order calldata order, uint256 ruling) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        if (msg.sender != order.arbitrator) revert NotArbitrator(orderId, msg.sender);
        if (!packed.isArbitrated() || packed.disputeId() != disputeId) revert DisputeMismatch(orderId, disputeId);
        if (ruling > RULING_CHOICES) revert InvalidRuling(ruling);
        _requireBeforeDeadline(orderId, packed);
        emit Ruling(IArbitrator(msg.sender), disputeId, ruling);
        _executeRuling(orderId, order, packed, ruling);
    }

    /// @inheritdoc IEscrow
    function executeRuling(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        (bool isRuled, uint256 ruling) = _rulingInTime(order, packed);
        if (!isRuled) revert NoRuling(orderId);
        _executeRuling(orderId, order, packed, ruling);
    }

    /// @inheritdoc IEscrow
    function resolveTimedOut(Order calldata order) external nonReentrant {
        (uint256 orderId, PackedOrder packed) = _load(order);
        _requireStatus(orderId, packed, OrderStatus.Disputed);
        _requireAfterDeadline(orderId, packed.deadline());
        (bool isRuled, uint256 ruling) = _rulingInTime(order, packed);
        if (isRuled) return _executeRuling(orderId, order, packed, ruling);
        // No one gains by stalling: delivered goods pay the shop, goods never delivered refund the buyer.
        if (packed.deliveredAt() != 0) _resolve(orderId, order, packed, Resolution.Timeout, 0, true);
        else _resolve(orderId, order, packed, Resolution.Timeout, order.amount, false);
    }

    /// @dev The ruling the order's arbitrator recorded for the order's dispute by its deadline, if any.
    function _rulingInTime(Order calldata order, PackedOrder packed)
        private
        view
        returns (bool isRuled, uint256 ruling)
    {
        if (!packed.isArbitrated()) return (false, 0);
        uint256 record = _rulings[order.arbitrator][packed.disputeId()];
        if (record == 0 || uint40(record >> 8) > packed.deadline()) return (false, 0);
        return (true, uint8(record) - 1);
    }

    function _executeRuling(uint256 orderId, Order calldata order, PackedOrder packed, uint256 ruling) private {
        if (ruling == RULING_REFUND_BUYER) {
            _resolve(orderId, order, packed, Resolution.Ruling, order.amount, false);
        } else if (ruling == RULING_PAY_SHOP) {
            _resolve(orderId, order, packed, Resolution.Ruling, 0, true);
        } else {
            _resolve(orderId, order, packed, Resolution.Ruling, order.amount / 2, false);
        }
    }

    // ─── Credits ────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function withdraw(address token, address to) external nonReentrant {
        _sendCredit(msg.sender, token, to);
    }

    /// @inheritdoc IEscrow
    function pushCredit(address account, address token) external nonReentrant {
        _sendCredit(account, token, account);
    }

    function _sendCredit(address account, address token, address to) private {
        uint256 amount = _credits[account][token];
        if (amount == 0) revert NothingToWithdraw(account, token);
        _credits[account][token] = 0;
        bool isSent;
        // solhint-disable-next-line avoid-low-level-calls
        if (token == address(0)) (isSent,) = payable(to).call{value: amount}("");
        else isSent = SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        if (!isSent) revert WithdrawalFailed(to, token, amount);
        emit CreditWithdrawn(account, token, to, amount);
    }

    // ─── Views ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IEscrow
    function orderFacts(uint256 orderId) external view returns (OrderFacts memory) {
        return _orders[orderId].facts();
    }

    /// @inheritdoc IEscrow
    function isShopAccepted(uint256 orderId) external view returns (bool) {
        return _orders[orderId].flags() & PackedOrderLib.SHOP_ACCEPTED != 0;
    }

    /// @inheritdoc IEscrow
    function verifyOrder(uint256 orderId, Order calldata order) external view returns (bool) {
        return _orderIdOf(order) == orderId && PackedOrder.unwrap(_orders[orderId]) != 0;
    }

    /// @inheritdoc IEscrow
    function rulingOf(address arbitrator, uint256 disputeId)
        external
        view
        returns (bool isRuled, uint256 ruling, uint40 ruledAt)
    {
        uint256 record = _rulings[arbitrator][disputeId];
        if (record == 0) return (false, 0, 0);
        return (true, uint8(record) - 1, uint40(record >> 8));
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

    /// @inheritdoc IEscrow
    function limits() external pure returns (EscrowLimits memory) {
        return EscrowLimits({
            maxOrdersPerCheckout: MAX_ORDERS_PER_CHECKOUT,
            maxReasonLength: MAX_REASON_LENGTH,
            disputeTimeout: DISPUTE_TIMEOUT,
            ethTransferGas: ETH_TRANSFER_GAS,
            hookGasLimit: HOOK_GAS_LIMIT,
            arbitratorGasLimit: ARBITRATOR_GAS_LIMIT,
            maxTerms: ShopWindows.maxima()
        });
    }

    // ─── Signatures ─────────────────────────────────────────────────────────────────────────────────────────

    /// @dev Checks, in order: deadline, nonce (consumed), digest, signature (ECDSA or EIP-1271).
    function _requireBuyerSignature(address buyer, bytes32 structHash, BuyerAuthorization calldata authorization)
        private
    {
        if (block.timestamp > authorization.deadline) revert SignatureExpired(authorization.deadline);
        _useNonce(buyer, authorization.nonce);
        if (!isValidSignatureNow(buyer, _hashTypedDataV4(structHash), authorization.signature)) {
            revert InvalidSignature(buyer);
        }
    }

    function _checkoutStructHash(
        address buyer,
        OrderRequest[] calldata requests,
        BuyerAuthorization calldata authorization
    ) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                CHECKOUT_TYPEHASH,
                buyer,
                _hashRequests(requests),
                authorization.maxFee,
                authorization.nonce,
                authorization.deadline
            )
        );
    }

    /// @dev EIP-712 `encodeData` of an array of structs: the hash of their concatenated struct hashes.
    function _hashRequests(OrderRequest[] calldata requests) private pure returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](requests.length);
        for (uint256 i; i < requests.length; ++i) {
            hashes[i] = _hashRequest(requests[i]);
        }
        return keccak256(abi.encodePacked(hashes));
    }

    function _hashRequest(OrderRequest calldata request) private pure returns (bytes32) {
        ShopTerms calldata terms = request.terms;
        bytes32 termsHash = keccak256(
            abi.encode(SHOP_TERMS_TYPEHASH, terms.acceptHours, terms.shipHours, terms.deliveryHours, terms.returnHours)
        );
        return keccak256(
            abi.encode(
                ORDER_REQUEST_TYPEHASH,
                request.shopId,
                request.payout,
                request.token,
                request.amount,
                request.deliveryFee,
                request.carrier,
                request.arbitrator,
                request.hook,
                termsHash,
                request.itemsDigest,
                request.shippingDigest,
                request.codeHash
            )
        );
    }

    /// @dev Settlements sign their amount; the other actions only the order. A `buyerAmount` passed with another
    ///  action is not signed and not used.
    function _actionStructHash(
        BuyerAction action,
        uint256 orderId,
        uint128 buyerAmount,
        BuyerAuthorization calldata authorization
    ) private pure returns (bytes32) {
        uint256 maxFee = authorization.maxFee;
        uint256 nonce = authorization.nonce;
        uint256 deadline = authorization.deadline;
        if (action == BuyerAction.ProposeSettlement || action == BuyerAction.AcceptSettlement) {
            bytes32 settlementTypehash =
                action == BuyerAction.ProposeSettlement ? PROPOSE_SETTLEMENT_TYPEHASH : ACCEPT_SETTLEMENT_TYPEHASH;
            return keccak256(abi.encode(settlementTypehash, orderId, buyerAmount, maxFee, nonce, deadline));
        }
        bytes32 typehash;
        if (action == BuyerAction.Cancel) typehash = CANCEL_TYPEHASH;
        else if (action == BuyerAction.ConfirmReceipt) typehash = CONFIRM_RECEIPT_TYPEHASH;
        else if (action == BuyerAction.Release) typehash = RELEASE_TYPEHASH;
        else typehash = OPEN_DISPUTE_TYPEHASH;
        return keccak256(abi.encode(typehash, orderId, maxFee, nonce, deadline));
    }

    // ─── Transitions ────────────────────────────────────────────────────────────────────────────────────────

    function _ship(uint256 orderId, Order calldata order, PackedOrder packed) private {
        uint40 deliveryDeadline = _after(order.deliveryHours);
        _orders[orderId] = packed.moveTo(OrderStatus.Shipped, packed.flags(), deliveryDeadline).shippedNow();
        emit OrderShipped(orderId, msg.sender, deliveryDeadline);
    }

    /// @param proofFlag `DELIVERED_WITH_CODE` when the buyer's code proved it, 0 when the buyer confirmed receipt.
    function _deliver(uint256 orderId, Order calldata order, PackedOrder packed, address by, uint256 proofFlag)
        private
    {
        uint40 returnDeadline = _after(order.returnHours);
        uint256 flags = packed.flags() | PackedOrderLib.FEE_PAID | proofFlag;
        _orders[orderId] = packed.moveTo(OrderStatus.Delivered, flags, returnDeadline).deliveredNow();
        emit OrderDelivered(orderId, by, returnDeadline);
        if (order.carrier != address(0)) _pay(orderId, order.carrier, order.token, order.deliveryFee);
        _callHook(orderId, order, OrderMoment.Delivered, 0, 0);
    }

    function _complete(uint256 orderId, Order calldata order, PackedOrder packed, address by) private {
        OrderStatus status = packed.status();
        uint256 flags = packed.flags() | PackedOrderLib.FEE_PAID | PackedOrderLib.SHOP_PAID;
        _orders[orderId] = packed.moveTo(OrderStatus.Completed, flags, 0).closedNow();
        emit OrderCompleted(orderId, by);
        _pay(orderId, order.payout, order.token, order.amount);
        if (!packed.isFeePaid()) {
            // The carrier earned its fee once it picked the goods up; before that the fee returns to the buyer.
            address feeRecipient = status == OrderStatus.Shipped ? order.carrier : order.buyer;
            _pay(orderId, feeRecipient, order.token, order.deliveryFee);
        }
        _callHook(orderId, order, OrderMoment.Completed, 0, 0);
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
        uint256 shopAmount = order.amount - buyerAmount;
        uint256 flags = (packed.flags() | PackedOrderLib.FEE_PAID) & ~PackedOrderLib.HAS_OFFER;
        if (shopAmount != 0) flags |= PackedOrderLib.SHOP_PAID;
        _orders[orderId] = packed.moveTo(OrderStatus.Resolved, flags, 0).closedNow();
        if (packed.hasOffer()) delete _offers[orderId];
        uint256 unpaidFee = packed.isFeePaid() ? 0 : order.deliveryFee;
        if (isFeeToCarrier) _pay(orderId, order.carrier, order.token, unpaidFee);
        else buyerAmount += unpaidFee;
        emit DisputeResolved(orderId, resolution, buyerAmount, shopAmount);
        _pay(orderId, order.buyer, order.token, buyerAmount);
        _pay(orderId, order.payout, order.token, shopAmount);
        _callHook(orderId, order, OrderMoment.DisputeResolved, buyerAmount, shopAmount);
    }

    /// @dev Pushes a payment; if the receiver reverts, runs out of gas or the token refuses, credits it instead.
    function _pay(uint256 orderId, address to, address token, uint256 amount) private {
        if (amount == 0) return;
        bool isSent;
        // solhint-disable-next-line avoid-low-level-calls
        if (token == address(0)) (isSent,) = payable(to).call{value: amount, gas: ETH_TRANSFER_GAS}("");
        else isSent = SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        if (!isSent) _credit(orderId, to, token, amount);
    }

    function _credit(uint256 orderId, address to, address token, uint256 amount) private {
        _credits[to][token] += amount;
        emit PaymentCredited(orderId, to, token, amount);
    }

    /// @dev Tells the order's hook about `moment`, isolated: a revert or an out-of-gas only emits {HookFailed}.
    function _callHook(uint256 orderId, Order calldata order, OrderMoment moment, uint256 buyerAmount, uint256 shopAmount)
        private
    {
        address hook = order.hook;
        if (hook == address(0)) return;
        // The caller must leave the hook its whole allowance, or a caller could make every hook fail on purpose.
        uint256 required = HOOK_GAS_LIMIT + HOOK_GAS_LIMIT / 63 + 10_000;
        if (gasleft() < required) revert InsufficientGasForHook(gasleft(), required);
        bytes memory callData;
        if (moment == OrderMoment.Delivered) {
            callData = abi.encodeCall(IOrderHook.onOrderDelivered, (orderId, order));
        } else if (moment == OrderMoment.Completed) {
            callData = abi.encodeCall(IOrderHook.onOrderCompleted, (orderId, order));
        } else {
            callData = abi.encodeCall(IOrderHook.onDisputeResolved, (orderId, order, buyerAmount, shopAmount));
        }
        // A low-level call, not a typed one: a hook without code or with a bad return must not revert the order.
        // solhint-disable-next-line avoid-low-level-calls
        (bool isDone,) = hook.call{gas: HOOK_GAS_LIMIT}(callData);
        if (!isDone) emit HookFailed(orderId, hook, moment);
    }

    // ─── Guards ─────────────────────────────────────────────────────────────────────────────────────────────

    function _load(Order calldata order) private view returns (uint256 orderId, PackedOrder packed) {
        orderId = _orderIdOf(order);
        packed = _orders[orderId];
        if (PackedOrder.unwrap(packed) == 0) revert UnknownOrder(orderId);
    }

    function _requireStatus(uint256 orderId, PackedOrder packed, OrderStatus expected) private pure {
        if (packed.status() != expected) {
            _revertInvalidStatus(orderId, packed.status(), bytes32(uint256(1) << uint8(expected)));
        }
    }

    /// @dev With a carrier the goods must have been picked up; without, the shop may hand them over at once.
    function _requireDeliverable(uint256 orderId, Order calldata order, PackedOrder packed) private pure {
        OrderStatus status = packed.status();
        bool isPickupReady = order.carrier == address(0) && status == OrderStatus.Accepted;
        if (status != OrderStatus.Shipped && !isPickupReady) {
            _revertInvalidStatus(orderId, status, order.carrier == address(0) ? ACCEPTED_OR_SHIPPED : SHIPPED_ONLY);
        }
    }

    /// @dev The one revert site of {InvalidStatus}: each action keeps its own cheap check and calls this only when it
    ///  fails (one site instead of one per action keeps the escrow under EIP-170).
    /// @param expected The statuses the action accepts, bit `uint8(status)` set for each.
    function _revertInvalidStatus(uint256 orderId, OrderStatus actual, bytes32 expected) private pure {
        revert InvalidStatus(orderId, actual, expected);
    }

    function _requireBeforeDeadline(uint256 orderId, PackedOrder packed) private view {
        if (block.timestamp > packed.deadline()) revert DeadlinePassed(orderId, packed.deadline());
    }

    function _requireAfterDeadline(uint256 orderId, uint40 deadline) private view {
        if (block.timestamp <= deadline) revert DeadlineNotReached(orderId, deadline);
    }

    function _requireBuyer(uint256 orderId, Order calldata order, address actor) private pure {
        if (actor != order.buyer) revert NotBuyer(orderId, actor);
    }

    /// @dev Running the shop (accept, decline, hand-over, delivery at the counter; a dispute for non-delivery, checked
    ///  in {_openDispute}) is for whoever manages the shop now: one registry read, as accepting is on every order's
    ///  path.
    function _requireShopManager(Order calldata order) private view {
        if (!registry.isShopManager(order.shopId, msg.sender)) revert NotShopManager(order.shopId, msg.sender);
    }

    /// @dev Deciding the order's money (settlements) is for whoever owned the shop when the order was paid, whose
    ///  payout the order pays ({IShopRegistry-isOrderManager}): a new owner cannot give away the old owner's money.
    function _requireOrderOwner(uint256 orderId, Order calldata order, PackedOrder packed) private view {
        if (!registry.isOrderManager(order.shopId, msg.sender, packed.paidAt())) {
            revert NotSettlementParty(orderId, msg.sender);
        }
    }

    function _requireCarrier(uint256 orderId, Order calldata order) private view {
        if (msg.sender != order.carrier && msg.sender != deliveryAttestations) {
            revert NotOrderCarrier(orderId, msg.sender);
        }
    }

    /// @return isBuyer Whether `actor` acts as the buyer (otherwise as the shop's owner at payment, the caller).
    function _requireParty(uint256 orderId, Order calldata order, PackedOrder packed, address actor)
        private
        view
        returns (bool isBuyer)
    {
        if (actor == order.buyer) return true;
        _requireOrderOwner(orderId, order, packed);
        return false;
    }

    function _after(uint16 hoursFromNow) private view returns (uint40) {
        return uint40(block.timestamp) + _hours(hoursFromNow);
    }

    function _hours(uint16 count) private pure returns (uint40) {
        return uint40(count) * 1 hours;
    }
}
