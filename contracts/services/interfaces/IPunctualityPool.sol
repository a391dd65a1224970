// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../../types/MarketTypes.sol";

/// @title Punctuality pool: "on time, or N back"
/// @notice A carrier's public promise, backed by its own money and checked only against the escrow's facts: for every
///  order it carries that was paid while it promised N (in the order's token) and that it delivers after the order's
///  delivery deadline, the buyer gets N back from the carrier's pool. No arbitrator: lateness is a fact the escrow
///  keeps (`shippedAt`, `deliveredAt`, and the order's `deliveryHours`). Built only on the public interfaces (`IEscrow`
///  and `MarketTypes`), as an outside team would.
///
///  - Only deliveries proven with the buyer's code count (`isDeliveredWithCode`): their time is the carrier's own. A
///    buyer confirming receipt late cannot make an order late.
///  - The promise an order gets is the one in force when it was paid (`paidAt`): a carrier cannot lower it under
///    orders already placed.
///  - A claim is paid from what the pool holds, at most the promise, within `CLAIM_WINDOW` of the delivery, once per
///    order, to the order's buyer, by anyone's transaction.
///  - The carrier tops up at any time. It withdraws only after its promise has been 0 for `EXIT_DELAY`, longer than
///    any order paid under a promise can stay open plus the claim window, so a withdrawal never races a claim.
///  No owner, no admin.
interface IPunctualityPool {
    /// @notice A carrier's pool in one token.
    /// @param balance What the pool holds.
    /// @param compensation Compensation per late order for orders paid from now on (0 = none).
    /// @param promiseEndedAt When the compensation promised last dropped to 0 (0 while it stands or never stood).
    struct Pool {
        uint128 balance;
        uint128 compensation;
        uint40 promiseEndedAt;
    }

    /// @notice An amount of zero.
    error ZeroAmount();
    /// @notice ETH sent differs from what the call needs.
    error IncorrectPayment(uint256 expected, uint256 actual);
    /// @notice The pool received less of `token` than transferred: fee-on-transfer tokens are refused.
    error FeeOnTransferToken(address token, uint256 expected, uint256 received);
    /// @notice The escrow has no order with these terms.
    error UnknownOrder(uint256 orderId);
    /// @notice The order was not delivered late with the buyer's code (or has no carrier).
    error NotLate(uint256 orderId);
    /// @notice The claim had to come by `closedAt` (the delivery plus `CLAIM_WINDOW`).
    error ClaimWindowClosed(uint256 orderId, uint256 closedAt);
    /// @notice The order's compensation was paid already.
    error AlreadyCompensated(uint256 orderId);
    /// @notice The carrier promised nothing in the order's token when the order was paid.
    error NoPromise(address carrier, address token);
    /// @notice The pool is empty.
    error EmptyPool(address carrier, address token);
    /// @notice A withdrawal needs the promise at 0 since `availableAt` (0: the promise still stands).
    error ExitNotReady(address carrier, address token, uint256 availableAt);
    /// @notice The pool holds less than asked.
    error InsufficientPool(uint256 available, uint256 requested);
    /// @notice The transfer failed; nothing moved.
    error TransferFailed(address to, address token, uint256 amount);
    /// @notice `account` has no credit in `token`.
    error NoCredit(address account, address token);

    /// @notice The carrier added `amount` to its pool; `balance` is the new balance.
    event PoolFunded(address indexed carrier, address indexed token, uint256 amount, uint256 balance);
    /// @notice The carrier promises `compensation` per late order for orders paid from now on.
    event PromiseSet(address indexed carrier, address indexed token, uint256 compensation);
    /// @notice The carrier took `amount` out of its pool.
    event PoolWithdrawn(address indexed carrier, address indexed token, address to, uint256 amount, uint256 balance);
    /// @notice A late order's buyer got `amount` from the carrier's pool (pushed, or credited if the push failed).
    event LatenessCompensated(
        uint256 indexed orderId, address indexed carrier, address indexed buyer, address token, uint256 amount
    );
    /// @notice A compensation could not be pushed and was credited to `account` for {withdrawCredit}.
    event PaymentCredited(address indexed account, address indexed token, uint256 amount);
    /// @notice A credit was withdrawn.
    event CreditWithdrawn(address indexed account, address indexed token, address to, uint256 amount);

    /// @notice The caller (a carrier) adds to its pool: ETH with `msg.value == amount` (token address(0)), or an ERC-20
    ///  pulled with `transferFrom` (approve first).
    /// @dev Emits {PoolFunded}. Reverts if:
    ///  - `amount` is zero                                → ZeroAmount()
    ///  - ETH: `msg.value != amount`; ERC-20: `msg.value != 0` → IncorrectPayment(expected, actual)
    ///  - the balance would exceed 2^128 - 1              → SafeCastOverflowedUintDowncast(128, value)
    ///  - the token delivers less than `amount`           → FeeOnTransferToken(token, amount, received)
    function fund(address token, uint256 amount) external payable;

    /// @notice The caller (a carrier) promises `compensation` per late order, in `token`, for orders paid from now
    ///  on; 0 withdraws the promise for new orders and starts the exit delay.
    /// @dev Emits {PromiseSet}.
    function setPromise(address token, uint128 compensation) external;

    /// @notice The caller takes `amount` of `token` out of its pool to `to`, once its promise has been 0 for
    ///  `EXIT_DELAY`.
    /// @dev Emits {PoolWithdrawn}. Reverts if:
    ///  - the promise stands or dropped less than `EXIT_DELAY` ago → ExitNotReady(carrier, token, availableAt)
    ///  - the pool holds less than `amount`               → InsufficientPool(balance, amount)
    ///  - the transfer fails                              → TransferFailed(to, token, amount)
    function withdraw(address token, address to, uint256 amount) external;

    /// @notice Anyone claims for a late order: its buyer gets the carrier's promise at payment time, at most what the
    ///  pool holds.
    /// @dev Emits {LatenessCompensated}. Reverts if:
    ///  - the escrow has no order with these terms        → UnknownOrder(orderId)
    ///  - not shipped, not delivered with the code, or on time, or no carrier → NotLate(orderId)
    ///  - the delivery was more than `CLAIM_WINDOW` ago   → ClaimWindowClosed(orderId, closedAt)
    ///  - the order was compensated already               → AlreadyCompensated(orderId)
    ///  - no promise in the order's token at payment      → NoPromise(carrier, token)
    ///  - the pool is empty                               → EmptyPool(carrier, token)
    function claim(uint256 orderId, Order calldata order) external;

    /// @notice Withdraws the caller's credited `token` (a compensation that could not be pushed) to `to`.
    /// @dev Emits {CreditWithdrawn}. Reverts if:
    ///  - nothing is credited                             → NoCredit(caller, token)
    ///  - the transfer fails (credit kept)                → TransferFailed(to, token, amount)
    function withdrawCredit(address token, address to) external;

    /// @notice The carrier's pool in `token`.
    function poolOf(address carrier, address token) external view returns (Pool memory);

    /// @notice What the carrier promised in `token` for orders paid at `timestamp`.
    function promiseAt(address carrier, address token, uint256 timestamp) external view returns (uint256);

    /// @notice Whether `orderId` was compensated.
    function isCompensated(uint256 orderId) external view returns (bool);

    /// @notice Amount of `token` credited to `account`.
    function creditOf(address account, address token) external view returns (uint256);
}
