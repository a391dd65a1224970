// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";
import {Order, OrderFacts} from "../types/MarketTypes.sol";
import {IPunctualityPool} from "./interfaces/IPunctualityPool.sol";

/// @title PunctualityPool
/// @notice "On time, or N back": carriers' promises backed by their own pools, paid on the escrow's facts; see
///  {IPunctualityPool}.
contract PunctualityPool is IPunctualityPool, ReentrancyGuardTransient {
    using Checkpoints for Checkpoints.Trace208;
    using SafeERC20 for IERC20;

    /// @notice Time after a late delivery during which its compensation may be claimed.
    uint40 public constant CLAIM_WINDOW = 30 days;
    /// @notice Time a promise must have been 0 before the carrier withdraws: an order paid under the promise waits at
    ///  most 30 days to be accepted, 90 to ship, 30 to arrive and 90 more before anyone may complete it undelivered
    ///  (the escrow's window maxima), so a late delivery comes within 240 days of payment; plus the claim window.
    uint40 public constant EXIT_DELAY = 270 days;
    /// @notice Gas forwarded with an ETH compensation: enough for smart-contract wallets, too little to grief.
    uint256 public constant ETH_TRANSFER_GAS = 50_000;

    /// @notice The escrow whose facts decide lateness.
    IEscrow public immutable escrow;

    mapping(address carrier => mapping(address token => Pool)) private _pools;
    mapping(address carrier => mapping(address token => Checkpoints.Trace208)) private _promises;
    mapping(uint256 orderId => bool) private _isCompensated;
    mapping(address account => mapping(address token => uint256 amount)) private _credits;

    constructor(IEscrow escrow_) {
        escrow = escrow_;
    }

    /// @inheritdoc IPunctualityPool
    function fund(address token, uint256 amount) external payable nonReentrant {
        if (amount == 0) revert ZeroAmount();
        uint256 expectedValue = token == address(0) ? amount : 0;
        if (msg.value != expectedValue) revert IncorrectPayment(expectedValue, msg.value);
        Pool storage pool = _pools[msg.sender][token];
        uint128 balance = SafeCast.toUint128(pool.balance + amount);
        pool.balance = balance;
        emit PoolFunded(msg.sender, token, amount, balance);
        if (token != address(0)) _pullToken(IERC20(token), amount);
    }

    /// @inheritdoc IPunctualityPool
    function setPromise(address token, uint128 compensation) external {
        Pool storage pool = _pools[msg.sender][token];
        pool.compensation = compensation;
        pool.promiseEndedAt = compensation == 0 ? uint40(block.timestamp) : 0;
        _promises[msg.sender][token].push(uint48(block.timestamp), compensation);
        emit PromiseSet(msg.sender, token, compensation);
    }

    /// @inheritdoc IPunctualityPool
    function withdraw(address token, address to, uint256 amount) external nonReentrant {
        Pool storage pool = _pools[msg.sender][token];
        uint40 endedAt = pool.promiseEndedAt;
        uint256 availableAt = endedAt == 0 ? 0 : uint256(endedAt) + EXIT_DELAY;
        if (availableAt == 0 || block.timestamp < availableAt) revert ExitNotReady(msg.sender, token, availableAt);
        uint128 balance = pool.balance;
        if (amount > balance) revert InsufficientPool(balance, amount);
        balance -= uint128(amount);
        pool.balance = balance;
        emit PoolWithdrawn(msg.sender, token, to, amount, balance);
        if (!_send(to, token, amount, gasleft())) revert TransferFailed(to, token, amount);
    }

    /// @inheritdoc IPunctualityPool
    function claim(uint256 orderId, Order calldata order) external nonReentrant {
        if (!escrow.verifyOrder(orderId, order)) revert UnknownOrder(orderId);
        OrderFacts memory facts = escrow.orderFacts(orderId);
        uint256 deliveryDeadline = uint256(facts.shippedAt) + uint256(order.deliveryHours) * 1 hours;
        bool isLate = order.carrier != address(0) && facts.shippedAt != 0 && facts.isDeliveredWithCode
            && facts.deliveredAt > deliveryDeadline;
        if (!isLate) revert NotLate(orderId);
        uint256 closedAt = uint256(facts.deliveredAt) + CLAIM_WINDOW;
        if (block.timestamp > closedAt) revert ClaimWindowClosed(orderId, closedAt);
        if (_isCompensated[orderId]) revert AlreadyCompensated(orderId);
        uint256 promised = _promises[order.carrier][order.token].upperLookupRecent(facts.paidAt);
        if (promised == 0) revert NoPromise(order.carrier, order.token);
        Pool storage pool = _pools[order.carrier][order.token];
        uint128 balance = pool.balance;
        if (balance == 0) revert EmptyPool(order.carrier, order.token);
        uint128 amount = promised < balance ? uint128(promised) : balance;

        _isCompensated[orderId] = true;
        pool.balance = balance - amount;
        emit LatenessCompensated(orderId, order.carrier, order.buyer, order.token, amount);
        if (!_send(order.buyer, order.token, amount, ETH_TRANSFER_GAS)) {
            _credits[order.buyer][order.token] += amount;
            emit PaymentCredited(order.buyer, order.token, amount);
        }
    }

    /// @inheritdoc IPunctualityPool
    function withdrawCredit(address token, address to) external nonReentrant {
        uint256 amount = _credits[msg.sender][token];
        if (amount == 0) revert NoCredit(msg.sender, token);
        _credits[msg.sender][token] = 0;
        emit CreditWithdrawn(msg.sender, token, to, amount);
        if (!_send(to, token, amount, gasleft())) revert TransferFailed(to, token, amount);
    }

    /// @inheritdoc IPunctualityPool
    function poolOf(address carrier, address token) external view returns (Pool memory) {
        return _pools[carrier][token];
    }

    /// @inheritdoc IPunctualityPool
    function promiseAt(address carrier, address token, uint256 timestamp) external view returns (uint256) {
        return _promises[carrier][token].upperLookupRecent(SafeCast.toUint48(timestamp));
    }

    /// @inheritdoc IPunctualityPool
    function isCompensated(uint256 orderId) external view returns (bool) {
        return _isCompensated[orderId];
    }

    /// @inheritdoc IPunctualityPool
    function creditOf(address account, address token) external view returns (uint256) {
        return _credits[account][token];
    }

    function _pullToken(IERC20 token, uint256 amount) private {
        uint256 balanceBefore = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert FeeOnTransferToken(address(token), amount, received);
    }

    /// @dev ETH with `gas`, or an ERC-20 transfer; false when it failed (nothing moved).
    function _send(address to, address token, uint256 amount, uint256 gas) private returns (bool isSent) {
        if (token != address(0)) return SafeERC20.trySafeTransfer(IERC20(token), to, amount);
        // solhint-disable-next-line avoid-low-level-calls
        (isSent,) = payable(to).call{value: amount, gas: gas}("");
    }
}
