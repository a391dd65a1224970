// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrable} from "../../interfaces/IArbitrable.sol";
import {IOrderHook} from "../../interfaces/IOrderHook.sol";
import {Order, OrderStatus} from "../../types/MarketTypes.sol";

/// @title Guarantee bonds: a shop's collateral for warranty claims after the return window
/// @notice Built only on the protocol's public interfaces. A shop manager locks collateral in a bond per payment
///  token (ETH or an ERC-20) and publishes a warranty period. An order's warranty runs from the order's completion
///  (the escrow's `closedAt`) for the period the bond gives when the order is registered here — by the escrow's call
///  when this contract is the order's hook, or by anyone afterwards — and covers only completed orders the shop
///  accepted, paid in the bond's token, up to the order amount. During the warranty the buyer files one claim, decided
///  by the ERC-792 arbitrator named in the order; this contract is the arbitrable and pays a claim upheld (ruling 1)
///  from the bond in the same `rule` call. The shop tops up at any time but withdraws only after a public notice,
///  within a window, and never the part locked by open claims. Whether a claim is covered never depends on the order
///  of transactions: claims filed during the notice lock their amount first; from the end of the notice the announced
///  amount is out of claims' reach, withdrawn or not, until the window closes. No owner, no admin path to anyone's
///  collateral.
interface IGuaranteeBonds is IArbitrable, IOrderHook {
    /// @notice Lifecycle of an order's warranty claim. `None` MUST stay at index 0.
    ///  Open → Upheld (ruling 1, paid), Dismissed (ruling 2, or 0 = the arbitrator refused) or Lapsed (no ruling
    ///  within `CLAIM_TIMEOUT`). An order has at most one claim.
    enum ClaimStatus {
        None,
        Open,
        Upheld,
        Dismissed,
        Lapsed
    }

    /// @notice A shop's bond in one token. What a claim reads and writes (balance, locked, the announced withdrawal's
    ///  date) shares one storage slot, so filing and ruling a claim touch one slot of the bond.
    /// @param balance Collateral held, the locked part included (at most 2^96 - 1: 7.9·10^10 tokens of 18 decimals).
    /// @param locked Part of `balance` under open claims: never withdrawable.
    /// @param withdrawableAt First second the announced withdrawal may happen (0 when none); it may happen until
    ///  `withdrawableAt + WITHDRAWAL_WINDOW` included, then a new notice is needed.
    /// @param announcedAmount Withdrawal announced by the shop (0 when none).
    /// @param warrantyPeriod Seconds of warranty given to each order registered from now on (0 = none).
    struct Bond {
        uint96 balance;
        uint96 locked;
        uint40 withdrawableAt;
        uint128 announcedAmount;
        uint40 warrantyPeriod;
    }

    /// @notice A warranty claim on an order (5 storage slots: the amount, at most the bond, shares the token's).
    /// @param filedAt When it was filed; it lapses after `filedAt + CLAIM_TIMEOUT` without ruling.
    /// @param amount What the buyer claims (at most the order amount and the bond), locked in the bond while open.
    /// @param disputeId The arbitrator's dispute id.
    struct Claim {
        address buyer;
        uint40 filedAt;
        ClaimStatus status;
        address token;
        uint96 amount;
        uint256 shopId;
        address arbitrator;
        uint256 disputeId;
    }

    /// @notice `account` does not manage `shopId` in the registry.
    error NotShopManager(uint256 shopId, address account);
    /// @notice An amount of zero.
    error ZeroAmount();
    /// @notice ETH sent differs from what the call needs.
    error IncorrectPayment(uint256 expected, uint256 actual);
    /// @notice The bond received less of `token` than transferred: fee-on-transfer tokens are refused.
    error FeeOnTransferToken(address token, uint256 expected, uint256 received);
    /// @notice A warranty period above `maximum` seconds.
    error InvalidWarrantyPeriod(uint256 period, uint256 maximum);
    /// @notice The terms passed do not hash to the order id.
    error OrderMismatch(uint256 orderId);
    /// @notice The escrow has no order with this id and these terms.
    error UnknownOrder(uint256 orderId);
    /// @notice The order is not `Completed`.
    error OrderNotCompleted(uint256 orderId, OrderStatus status);
    /// @notice The shop never accepted the order (a buyer can release an order the shop never saw).
    error NotShopAccepted(uint256 orderId);
    /// @notice The order's warranty already started.
    error AlreadyCovered(uint256 orderId);
    /// @notice The order completed longer ago than the bond's warranty period: registering it would cover nothing.
    error WarrantyOver(uint256 orderId, uint40 endedAt);
    /// @notice The shop's bond in this token gives no warranty (period 0).
    error NoWarranty(uint256 shopId, address token);
    /// @notice The order's warranty never started.
    error NotCovered(uint256 orderId);
    /// @notice Only the order's buyer may claim.
    error NotBuyer(uint256 orderId, address account);
    /// @notice The warranty ended at `endsAt`.
    error WarrantyExpired(uint256 orderId, uint40 endsAt);
    /// @notice The order already has a claim (one per order).
    error ClaimExists(uint256 orderId);
    /// @notice The order names no arbitrator to decide a claim.
    error NoArbitrator(uint256 orderId);
    /// @notice A claim of zero or above the order amount.
    error InvalidClaimAmount(uint256 amount, uint256 maximum);
    /// @notice An evidence CID that is empty or longer than `MAX_CID_LENGTH` bytes.
    error InvalidCid(uint256 length);
    /// @notice The bond's collateral within claims' reach (balance minus locked, minus an announced withdrawal whose
    ///  notice ran) is below the claim.
    error InsufficientBond(uint256 available, uint256 required);
    /// @notice The arbitrator returned a dispute id that an open or past claim already uses.
    error DuplicateDispute(address arbitrator, uint256 disputeId);
    /// @notice The caller created no claim dispute with this id.
    error UnknownDispute(address arbitrator, uint256 disputeId);
    /// @notice A ruling above 2.
    error InvalidRuling(uint256 ruling);
    /// @notice The claim is not `Open`.
    error ClaimNotOpen(uint256 orderId, ClaimStatus status);
    /// @notice The claim may lapse only after `lapsesAt`.
    error ClaimNotLapsed(uint256 orderId, uint40 lapsesAt);
    /// @notice No withdrawal was announced.
    error NoWithdrawalAnnounced(uint256 shopId, address token);
    /// @notice The notice runs until `withdrawableAt`.
    error WithdrawalNotReady(uint256 shopId, address token, uint40 withdrawableAt);
    /// @notice The announced withdrawal had to happen by `closedAt`; announce again.
    error WithdrawalWindowClosed(uint256 shopId, address token, uint40 closedAt);
    /// @notice All of the bond is locked by open claims, or empty.
    error NothingToWithdraw(uint256 shopId, address token);
    /// @notice The transfer failed; nothing moved.
    error WithdrawalFailed(address to, address token, uint256 amount);
    /// @notice `account` has no credit in `token`.
    error NoCredit(address account, address token);

    /// @notice The shop set the warranty its bond in `token` gives to orders registered from now on.
    event WarrantyPeriodSet(uint256 indexed shopId, address indexed token, uint40 period);
    /// @notice Collateral was added; `balance` is the bond's new balance.
    event BondDeposited(
        uint256 indexed shopId, address indexed token, address indexed by, uint256 amount, uint256 balance
    );
    /// @notice The shop announced a withdrawal of up to `amount`, possible from `withdrawableAt` (0, 0 = cancelled).
    event WithdrawalAnnounced(uint256 indexed shopId, address indexed token, uint256 amount, uint40 withdrawableAt);
    /// @notice Collateral left the bond to `to`; `balance` is the bond's new balance.
    event BondWithdrawn(
        uint256 indexed shopId, address indexed token, address indexed to, uint256 amount, uint256 balance
    );
    /// @notice An order's warranty started; claims are possible until `endsAt` included.
    event WarrantyStarted(
        uint256 indexed orderId, uint256 indexed shopId, address indexed buyer, address token, uint40 endsAt
    );
    /// @notice A buyer filed a claim of `amount`, now locked, as dispute `disputeId` of `arbitrator`.
    event ClaimFiled(
        uint256 indexed orderId,
        uint256 indexed shopId,
        address indexed buyer,
        address token,
        uint256 amount,
        address arbitrator,
        uint256 disputeId,
        bytes evidenceCid
    );
    /// @notice A claim ended as `outcome`; `paid` left the bond for the buyer (pushed or credited).
    event ClaimResolved(uint256 indexed orderId, uint256 indexed shopId, ClaimStatus outcome, uint256 paid);
    /// @notice A payout could not be pushed and was credited to `account` for {withdrawCredit}.
    event PaymentCredited(address indexed account, address indexed token, uint256 amount);
    /// @notice A credit was withdrawn to `to`.
    event CreditWithdrawn(address indexed account, address indexed token, address to, uint256 amount);

    /// @notice Sets the warranty period of the shop's bond in `token`, for orders registered from now on (orders
    ///  already covered keep their end). 0 stops new coverage.
    /// @dev Emits {WarrantyPeriodSet}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - `period` exceeds `MAX_WARRANTY_PERIOD`          → InvalidWarrantyPeriod(period, maximum)
    function setWarrantyPeriod(uint256 shopId, address token, uint40 period) external;

    /// @notice A shop manager adds collateral: ETH with `msg.value == amount` (token address(0)), or an ERC-20
    ///  pulled with `transferFrom` (approve first).
    /// @dev Emits {BondDeposited}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - `amount` is zero                                → ZeroAmount()
    ///  - ETH: `msg.value != amount`; ERC-20: `msg.value != 0` → IncorrectPayment(expected, actual)
    ///  - the balance would exceed 2^96 - 1               → SafeCastOverflowedUintDowncast(96, value)
    ///  - the token delivers less than `amount`           → FeeOnTransferToken(token, amount, received)
    function deposit(uint256 shopId, address token, uint256 amount) external payable;

    /// @notice Announces a withdrawal of up to `amount`, possible from `WITHDRAWAL_NOTICE` from now and for
    ///  `WITHDRAWAL_WINDOW`, so buyers can file their claims before it: from the end of the notice to the end of the
    ///  window the announced amount no longer covers new claims. Replaces any previous announcement and restarts the
    ///  notice; `amount` 0 cancels.
    /// @dev Emits {WithdrawalAnnounced}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - `amount` exceeds 2^128 - 1                      → SafeCastOverflowedUintDowncast(128, value)
    function announceWithdrawal(uint256 shopId, address token, uint256 amount) external;

    /// @notice Withdraws the announced amount, capped at the free collateral (balance minus locked), to `to`.
    ///  The announcement is used up.
    /// @dev Emits {BondWithdrawn}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - no withdrawal is announced                      → NoWithdrawalAnnounced(shopId, token)
    ///  - `block.timestamp < withdrawableAt`              → WithdrawalNotReady(shopId, token, withdrawableAt)
    ///  - `block.timestamp > withdrawableAt + WITHDRAWAL_WINDOW` → WithdrawalWindowClosed(shopId, token, closedAt)
    ///  - nothing is free                                 → NothingToWithdraw(shopId, token)
    ///  - the transfer fails                              → WithdrawalFailed(to, token, amount)
    function withdraw(uint256 shopId, address token, address to) external;

    /// @notice Anyone registers a completed order the shop accepted, when this contract was not its hook: the
    ///  warranty runs from the order's completion for the period the shop's bond in the order's token gives now. The
    ///  clock starts at completion whoever registers and whenever, so no one can stretch a warranty by registering late.
    /// @dev Emits {WarrantyStarted}. Reverts if:
    ///  - the escrow has no such order                    → UnknownOrder(orderId)
    ///  - the order is not `Completed`                    → OrderNotCompleted(orderId, status)
    ///  - the shop never accepted it                      → NotShopAccepted(orderId)
    ///  - its warranty already started                    → AlreadyCovered(orderId)
    ///  - the bond in `order.token` has period 0          → NoWarranty(shopId, token)
    ///  - completion plus the period is already past      → WarrantyOver(orderId, endedAt)
    function registerOrder(uint256 orderId, Order calldata order) external;

    /// @notice The escrow (or a fan-out it called) tells that an order whose hook is this contract completed: as
    ///  {registerOrder}, the warranty starts at the completion (the escrow's own call is not asked to prove the terms:
    ///  the escrow calls its hook only with the order it is completing). A revert here never blocks the payment (the
    ///  escrow isolates hooks). Delivery and dispute resolution start nothing: the other {IOrderHook} functions do nothing.
    /// @dev Emits {WarrantyStarted}. Reverts as {registerOrder}.
    function onOrderCompleted(uint256 orderId, Order calldata order) external;

    /// @notice The buyer claims `amount` (at most the order amount) under the order's warranty. The amount is
    ///  locked in the bond and a dispute is created with `order.arbitrator`, paid with `msg.value`
    ///  (its `arbitrationCost("")`); the evidence document's CID is published in {ClaimFiled}.
    /// @dev Emits {ClaimFiled}. Reverts if:
    ///  - `order` does not hash to `orderId`              → OrderMismatch(orderId)
    ///  - the caller is not `order.buyer`                 → NotBuyer(orderId, caller)
    ///  - the warranty never started                      → NotCovered(orderId)
    ///  - `block.timestamp > endsAt`                      → WarrantyExpired(orderId, endsAt)
    ///  - the order already had a claim                   → ClaimExists(orderId)
    ///  - `order.arbitrator` is zero                      → NoArbitrator(orderId)
    ///  - `amount` is zero or above `order.amount`        → InvalidClaimAmount(amount, order.amount)
    ///  - the CID is empty or too long                    → InvalidCid(length)
    ///  - the collateral within claims' reach is below `amount` → InsufficientBond(available, amount)
    ///  - `msg.value` differs from the arbitration cost   → IncorrectPayment(cost, msg.value)
    ///  - the arbitrator reuses a dispute id              → DuplicateDispute(arbitrator, disputeId)
    function fileClaim(uint256 orderId, Order calldata order, uint128 amount, bytes calldata evidenceCid)
        external
        payable;

    /// @notice ERC-792: the claim's arbitrator rules and the claim is settled at once: 1 pays the buyer the claimed
    ///  amount from the bond (pushed, or credited if the transfer fails), 2 dismisses it, 0 (refused to arbitrate)
    ///  dismisses it too. The locked amount is released either way.
    /// @dev Emits {IArbitrable-Ruling} and {ClaimResolved}. Reverts if:
    ///  - the caller created no claim dispute `disputeId` → UnknownDispute(caller, disputeId)
    ///  - the claim is not open (it lapsed)               → ClaimNotOpen(orderId, status)
    ///  - `ruling` is above 2                             → InvalidRuling(ruling)
    function rule(uint256 disputeId, uint256 ruling) external;

    /// @notice Anyone ends a claim that got no ruling within `CLAIM_TIMEOUT`: it lapses unpaid and its amount is
    ///  unlocked, so an arbitrator that never rules cannot freeze a bond forever.
    /// @dev Emits {ClaimResolved}. Reverts if:
    ///  - the claim is not open                           → ClaimNotOpen(orderId, status)
    ///  - `block.timestamp <= filedAt + CLAIM_TIMEOUT`    → ClaimNotLapsed(orderId, lapsesAt)
    function closeLapsedClaim(uint256 orderId) external;

    /// @notice Withdraws the caller's credited `token` (a claim payout that could not be pushed) to `to`.
    /// @dev Emits {CreditWithdrawn}. Reverts if:
    ///  - nothing is credited                             → NoCredit(caller, token)
    ///  - the transfer fails (credit kept)                → WithdrawalFailed(to, token, amount)
    function withdrawCredit(address token, address to) external;

    /// @notice The shop's bond in `token`: balance, locked amount, announced withdrawal, withdrawable-at and
    ///  warranty period.
    function bondOf(uint256 shopId, address token) external view returns (Bond memory);

    /// @notice When the order's warranty ends (0 when it never started).
    function warrantyEndOf(uint256 orderId) external view returns (uint40);

    /// @notice The order's claim (status `None` when there is none).
    function claimOf(uint256 orderId) external view returns (Claim memory);

    /// @notice Amount of `token` credited to `account`.
    function creditOf(address account, address token) external view returns (uint256);
}
