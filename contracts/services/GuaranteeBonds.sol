// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IArbitrator} from "../interfaces/IArbitrator.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";
import {IShopRegistry} from "../interfaces/IShopRegistry.sol";
import {Order, OrderFacts, OrderStatus} from "../types/MarketTypes.sol";
import {IGuaranteeBonds} from "./interfaces/IGuaranteeBonds.sol";

/// @title GuaranteeBonds
/// @notice Shop collateral for warranty claims decided by each order's arbitrator; see {IGuaranteeBonds}.
contract GuaranteeBonds is IGuaranteeBonds, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Time between announcing a withdrawal and making it: buyers see it coming and can file claims first.
    uint40 public constant WITHDRAWAL_NOTICE = 14 days;
    /// @notice Time an announced withdrawal stays possible once the notice ran, so a notice cannot be kept for later.
    uint40 public constant WITHDRAWAL_WINDOW = 7 days;
    /// @notice Time a claim may wait for a ruling before anyone may let it lapse.
    uint40 public constant CLAIM_TIMEOUT = 90 days;
    /// @notice Longest warranty period a bond may give.
    uint40 public constant MAX_WARRANTY_PERIOD = 10 * 365 days;
    /// @dev Longest evidence CID, in bytes (private like the constants below: see there).
    uint256 private constant MAX_CID_LENGTH = 128;
    /// @dev Gas forwarded with an ETH payout: enough for smart-contract wallets, too little to grief the caller.
    ///  This and the ruling constants are private: each public getter whose selector sorts before a function's costs
    ///  that function 22 gas of dispatch on every call.
    uint256 private constant ETH_TRANSFER_GAS = 50_000;
    /// @dev ERC-792 choices: 1 pays the buyer, 2 dismisses the claim; 0 (refused) dismisses it too.
    uint256 private constant RULING_CHOICES = 2;
    uint256 private constant RULING_PAY_BUYER = 1;

    /// @notice The escrow whose completed orders are covered.
    IEscrow public immutable escrow;
    /// @notice The registry that says who manages a shop.
    IShopRegistry public immutable registry;

    mapping(uint256 shopId => mapping(address token => Bond)) private _bonds;
    mapping(uint256 orderId => uint40 endsAt) private _warrantyEnds;
    mapping(uint256 orderId => Claim) private _claims;
    /// @dev Claim disputes by arbitrator and dispute id. Order ids are hashes, so 0 means none.
    mapping(address arbitrator => mapping(uint256 disputeId => uint256 orderId)) private _disputeOrders;
    mapping(address account => mapping(address token => uint256 amount)) private _credits;

    constructor(IEscrow escrow_, IShopRegistry registry_) {
        escrow = escrow_;
        registry = registry_;
    }

    // ─── Bond management ────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IGuaranteeBonds
    function setWarrantyPeriod(uint256 shopId, address token, uint40 period) external {
        _requireShopManager(shopId);
        if (period > MAX_WARRANTY_PERIOD) revert InvalidWarrantyPeriod(period, MAX_WARRANTY_PERIOD);
        _bonds[shopId][token].warrantyPeriod = period;
        emit WarrantyPeriodSet(shopId, token, period);
    }

    /// @inheritdoc IGuaranteeBonds
    function deposit(uint256 shopId, address token, uint256 amount) external payable nonReentrant {
        _requireShopManager(shopId);
        if (amount == 0) revert ZeroAmount();
        uint256 expectedValue = token == address(0) ? amount : 0;
        if (msg.value != expectedValue) revert IncorrectPayment(expectedValue, msg.value);
        Bond storage bond = _bonds[shopId][token];
        uint96 balance = SafeCast.toUint96(bond.balance + amount);
        bond.balance = balance;
        emit BondDeposited(shopId, token, msg.sender, amount, balance);
        if (token != address(0)) _pullToken(IERC20(token), amount);
    }

    /// @inheritdoc IGuaranteeBonds
    function announceWithdrawal(uint256 shopId, address token, uint256 amount) external {
        _requireShopManager(shopId);
        Bond storage bond = _bonds[shopId][token];
        uint40 withdrawableAt = amount == 0 ? 0 : uint40(block.timestamp) + WITHDRAWAL_NOTICE;
        bond.announcedAmount = SafeCast.toUint128(amount);
        bond.withdrawableAt = withdrawableAt;
        emit WithdrawalAnnounced(shopId, token, amount, withdrawableAt);
    }

    /// @inheritdoc IGuaranteeBonds
    function withdraw(uint256 shopId, address token, address to) external nonReentrant {
        _requireShopManager(shopId);
        Bond storage bond = _bonds[shopId][token];
        uint128 announced = bond.announcedAmount;
        if (announced == 0) revert NoWithdrawalAnnounced(shopId, token);
        uint40 withdrawableAt = bond.withdrawableAt;
        if (block.timestamp < withdrawableAt) revert WithdrawalNotReady(shopId, token, withdrawableAt);
        uint40 closedAt = withdrawableAt + WITHDRAWAL_WINDOW;
        if (block.timestamp > closedAt) revert WithdrawalWindowClosed(shopId, token, closedAt);
        uint96 free = bond.balance - bond.locked;
        // Below `free`, the announced amount fits its 96 bits.
        uint96 amount = announced < free ? uint96(announced) : free;
        if (amount == 0) revert NothingToWithdraw(shopId, token);

        uint96 balance = bond.balance - amount;
        bond.balance = balance;
        bond.announcedAmount = 0;
        bond.withdrawableAt = 0;
        emit BondWithdrawn(shopId, token, to, amount, balance);
        if (!_trySend(to, token, amount)) revert WithdrawalFailed(to, token, amount);
    }

    // ─── Warranty coverage ──────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IGuaranteeBonds
    function registerOrder(uint256 orderId, Order calldata order) external {
        _startWarranty(orderId, order);
    }

    /// @inheritdoc IGuaranteeBonds
    function onOrderCompleted(uint256 orderId, Order calldata order) external {
        _startWarranty(orderId, order);
    }

    /// @notice Delivery starts nothing: a warranty runs from completion.
    function onOrderDelivered(uint256, Order calldata) external pure {}

    /// @notice A dispute's end starts nothing: only completed orders are covered.
    function onDisputeResolved(uint256, Order calldata, uint256, uint256) external pure {}

    // ─── Claims ─────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IGuaranteeBonds
    function fileClaim(uint256 orderId, Order calldata order, uint128 amount, bytes calldata evidenceCid)
        external
        payable
        nonReentrant
    {
        if (uint256(keccak256(abi.encode(order))) != orderId) revert OrderMismatch(orderId);
        if (msg.sender != order.buyer) revert NotBuyer(orderId, msg.sender);
        uint40 endsAt = _warrantyEnds[orderId];
        if (endsAt == 0) revert NotCovered(orderId);
        if (block.timestamp > endsAt) revert WarrantyExpired(orderId, endsAt);
        if (_claims[orderId].status != ClaimStatus.None) revert ClaimExists(orderId);
        if (order.arbitrator == address(0)) revert NoArbitrator(orderId);
        if (amount == 0 || amount > order.amount) revert InvalidClaimAmount(amount, order.amount);
        if (evidenceCid.length == 0 || evidenceCid.length > MAX_CID_LENGTH) revert InvalidCid(evidenceCid.length);
        Bond storage bond = _bonds[order.shopId][order.token];
        uint128 free = _claimable(bond);
        if (free < amount) revert InsufficientBond(free, amount);
        IArbitrator arbitrator = IArbitrator(order.arbitrator);
        uint256 cost = arbitrator.arbitrationCost("");
        if (msg.value != cost) revert IncorrectPayment(cost, msg.value);

        // Locked and recorded before calling the arbitrator (checks-effects-interactions), then given its dispute id.
        // `amount` is at most the free collateral (checked above), so it fits the bond's 96 bits.
        uint96 lockedAmount = uint96(amount);
        bond.locked += lockedAmount;
        Claim storage claim = _claims[orderId];
        claim.buyer = order.buyer;
        claim.filedAt = uint40(block.timestamp);
        claim.status = ClaimStatus.Open;
        claim.token = order.token;
        claim.amount = lockedAmount;
        claim.shopId = order.shopId;
        claim.arbitrator = order.arbitrator;
        uint256 disputeId = arbitrator.createDispute{value: cost}(RULING_CHOICES, "");
        if (_disputeOrders[order.arbitrator][disputeId] != 0) revert DuplicateDispute(order.arbitrator, disputeId);
        claim.disputeId = disputeId;
        _disputeOrders[order.arbitrator][disputeId] = orderId;
        emit ClaimFiled(
            orderId, order.shopId, order.buyer, order.token, amount, order.arbitrator, disputeId, evidenceCid
        );
    }

    /// @inheritdoc IGuaranteeBonds
    function rule(uint256 disputeId, uint256 ruling) external nonReentrant {
        uint256 orderId = _disputeOrders[msg.sender][disputeId];
        if (orderId == 0) revert UnknownDispute(msg.sender, disputeId);
        Claim storage claim = _claims[orderId];
        if (claim.status != ClaimStatus.Open) revert ClaimNotOpen(orderId, claim.status);
        if (ruling > RULING_CHOICES) revert InvalidRuling(ruling);

        bool isUpheld = ruling == RULING_PAY_BUYER;
        uint96 amount = claim.amount;
        Bond storage bond = _bonds[claim.shopId][claim.token];
        bond.locked -= amount;
        uint96 paid = isUpheld ? amount : 0;
        bond.balance -= paid;
        ClaimStatus outcome = isUpheld ? ClaimStatus.Upheld : ClaimStatus.Dismissed;
        claim.status = outcome;
        emit Ruling(IArbitrator(msg.sender), disputeId, ruling);
        emit ClaimResolved(orderId, claim.shopId, outcome, paid);
        if (isUpheld) _payOrCredit(claim.buyer, claim.token, paid);
    }

    /// @inheritdoc IGuaranteeBonds
    function closeLapsedClaim(uint256 orderId) external {
        Claim storage claim = _claims[orderId];
        if (claim.status != ClaimStatus.Open) revert ClaimNotOpen(orderId, claim.status);
        uint40 lapsesAt = claim.filedAt + CLAIM_TIMEOUT;
        if (block.timestamp <= lapsesAt) revert ClaimNotLapsed(orderId, lapsesAt);
        _bonds[claim.shopId][claim.token].locked -= claim.amount;
        claim.status = ClaimStatus.Lapsed;
        emit ClaimResolved(orderId, claim.shopId, ClaimStatus.Lapsed, 0);
    }

    /// @inheritdoc IGuaranteeBonds
    function withdrawCredit(address token, address to) external nonReentrant {
        uint256 amount = _credits[msg.sender][token];
        if (amount == 0) revert NoCredit(msg.sender, token);
        _credits[msg.sender][token] = 0;
        emit CreditWithdrawn(msg.sender, token, to, amount);
        if (!_trySend(to, token, amount)) revert WithdrawalFailed(to, token, amount);
    }

    // ─── Views ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc IGuaranteeBonds
    function bondOf(uint256 shopId, address token) external view returns (Bond memory) {
        return _bonds[shopId][token];
    }

    /// @inheritdoc IGuaranteeBonds
    function warrantyEndOf(uint256 orderId) external view returns (uint40) {
        return _warrantyEnds[orderId];
    }

    /// @inheritdoc IGuaranteeBonds
    function claimOf(uint256 orderId) external view returns (Claim memory) {
        return _claims[orderId];
    }

    /// @inheritdoc IGuaranteeBonds
    function creditOf(address account, address token) external view returns (uint256) {
        return _credits[account][token];
    }

    // ─── Internals ──────────────────────────────────────────────────────────────────────────────────────────

    /// @dev Both registration paths: the escrow's facts (real order, completed, accepted), once, then the clock from
    ///  the completion.
    function _startWarranty(uint256 orderId, Order calldata order) private {
        // The escrow calls its hook only with the terms of the order it is completing: other callers prove them.
        if (msg.sender != address(escrow) && !escrow.verifyOrder(orderId, order)) revert UnknownOrder(orderId);
        OrderFacts memory facts = escrow.orderFacts(orderId);
        if (facts.status != OrderStatus.Completed) revert OrderNotCompleted(orderId, facts.status);
        if (!facts.isShopAccepted) revert NotShopAccepted(orderId);
        if (_warrantyEnds[orderId] != 0) revert AlreadyCovered(orderId);
        uint40 period = _bonds[order.shopId][order.token].warrantyPeriod;
        if (period == 0) revert NoWarranty(order.shopId, order.token);
        uint40 endsAt = facts.closedAt + period;
        if (endsAt < block.timestamp) revert WarrantyOver(orderId, endsAt);
        _warrantyEnds[orderId] = endsAt;
        emit WarrantyStarted(orderId, order.shopId, order.buyer, order.token, endsAt);
    }

    /// @dev What new claims may lock: the free collateral, minus an announced withdrawal from the end of its notice to
    ///  the end of its window, so that a claim never races the withdrawal.
    function _claimable(Bond storage bond) private view returns (uint96) {
        uint96 free = bond.balance - bond.locked;
        uint40 withdrawableAt = bond.withdrawableAt;
        bool isReserved = withdrawableAt != 0 && block.timestamp >= withdrawableAt
            && block.timestamp <= withdrawableAt + WITHDRAWAL_WINDOW;
        if (!isReserved) return free;
        uint128 reserved = bond.announcedAmount;
        return reserved < free ? free - uint96(reserved) : 0;
    }

    function _pullToken(IERC20 token, uint256 amount) private {
        uint256 balanceBefore = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert FeeOnTransferToken(address(token), amount, received);
    }

    /// @dev Pushes a claim payout; if the receiver reverts, runs out of gas or the token refuses, credits it instead,
    ///  so a ruling can always be recorded.
    function _payOrCredit(address to, address token, uint256 amount) private {
        bool isSent = token == address(0)
            ? _sendEth(to, amount, ETH_TRANSFER_GAS)
            : SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        if (isSent) return;
        _credits[to][token] += amount;
        emit PaymentCredited(to, token, amount);
    }

    /// @dev A withdrawal by its owner, who chose `to`: all the gas is forwarded.
    function _trySend(address to, address token, uint256 amount) private returns (bool) {
        if (token == address(0)) return _sendEth(to, amount, gasleft());
        return SafeERC20.trySafeTransfer(IERC20(token), to, amount);
    }

    function _sendEth(address to, uint256 amount, uint256 gas) private returns (bool isSent) {
        // solhint-disable-next-line avoid-low-level-calls
        (isSent,) = payable(to).call{value: amount, gas: gas}("");
    }

    function _requireShopManager(uint256 shopId) private view {
        if (!registry.isShopManager(shopId, msg.sender)) revert NotShopManager(shopId, msg.sender);
    }
}
