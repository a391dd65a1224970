// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    BuyerAction,
    BuyerAuthorization,
    EscrowLimits,
    Order,
    OrderFacts,
    OrderMoment,
    OrderRequest,
    OrderStatus,
    Resolution,
    ShopTerms,
    TokenPermit,
    TokenPull
} from "../types/MarketTypes.sol";
import {IUnorderedNonces} from "./IUnorderedNonces.sol";

/// @title Grandrue escrow
/// @notice Holds each order's money until delivery is proven, then pays the shop's payout and the carrier
///  directly. No owner, no fee, no admin path to funds. An order's id is the hash of its {Order} terms and it costs
///  one storage slot: its status, deadline and the dates of its facts ({orderFacts}). Callers pass the terms back (the
///  SDK rebuilds them from {OrderPaid}) and the escrow hashes them to find the order. The escrow guards the money; the
///  shop guards the terms: checkout takes the buyer's offer as is, and the shop accepts or declines it. A payment
///  that fails (reverting receiver, blocklisted holder) is credited for {withdraw} and never blocks the order.
///
///  Who speaks for the shop on an order: whoever manages the shop now runs it (accept, decline, hand-over, delivery
///  at the counter, a dispute for non-delivery); the order's money — settling a dispute — is decided by whoever owned
///  the shop when the order was paid, whose payout the order pays ({IShopRegistry-isOrderManager}). Selling a shop
///  therefore never lets the new owner give away the old owner's money.
///
///  A dispute never depends on the arbitrator answering, and no one gains by stalling it: without a settlement or a
///  ruling recorded by the dispute deadline, the timeout follows the facts — goods delivered (the buyer's code
///  presented, or receipt confirmed) pay the shop; goods never delivered refund the buyer. Orders without an
///  arbitrator therefore give the buyer no recourse after delivery beyond a settlement the shop accepts.
///
///  Every buyer action also exists as an EIP-712 signature that anyone may submit ({checkoutBySig},
///  {relayBuyerAction}; domain "Grandrue Escrow", version "2", this chain and this address), so a buyer holding only
///  an ERC-20 needs no native coin: the submitter is paid a fee in the order's token, at most what the buyer signed,
///  in the same transaction. Signatures carry a deadline and an unordered nonce ({IUnorderedNonces}); EIP-1271
///  smart-account wallets sign too.
interface IEscrow is IUnorderedNonces {
    /// @notice The order is not in a status the action needs.
    /// @param actual The order's status.
    /// @param expected The statuses the action accepts, one bit per status: bit `uint8(status)` is set for each
    ///  (`1 << status`, as OpenZeppelin's `GovernorUnexpectedProposalState`). The "Reverts if" lists below write
    ///  this set `{Paid, Accepted}`.
    error InvalidStatus(uint256 orderId, OrderStatus actual, bytes32 expected);
    /// @notice No order has these terms (they hash to `orderId`, which the escrow never opened).
    error UnknownOrder(uint256 orderId);
    /// @notice An order with exactly these terms exists already (the line-items document carries a nonce).
    error OrderExists(uint256 orderId);
    /// @notice Only the order's buyer may do this (directly, or by signature through {relayBuyerAction}).
    error NotBuyer(uint256 orderId, address account);
    /// @notice Only whoever manages the shop now (its owner or an approved operator) may do this.
    /// @dev Same error as {IShopRegistry-NotShopManager}.
    error NotShopManager(uint256 shopId, address account);
    /// @notice Only the order's carrier (directly, or relayed by the delivery attestations contract) may do this.
    /// @dev Same error as {IDeliveryAttestations-NotOrderCarrier}.
    error NotOrderCarrier(uint256 orderId, address account);
    /// @notice Only the order's arbitrator may rule on its dispute.
    error NotArbitrator(uint256 orderId, address account);
    /// @notice The order names a carrier: the carrier records the pickup ({confirmPickup}), the shop does not hand
    ///  the goods over itself.
    error CarrierHandsOver(uint256 orderId, address carrier);
    /// @notice After a missed delivery deadline, only the buyer or whoever manages the shop now may open a dispute.
    error NotDisputeParty(uint256 orderId, address account);
    /// @notice Only the buyer or whoever owned the shop when the order was paid (or its operator while it still owns
    ///  the shop) may propose or accept a settlement: the order's money is theirs to split.
    error NotSettlementParty(uint256 orderId, address account);
    /// @notice The action is only possible until `deadline`.
    error DeadlinePassed(uint256 orderId, uint40 deadline);
    /// @notice The action is only possible after `deadline`.
    error DeadlineNotReached(uint256 orderId, uint40 deadline);
    /// @notice ETH sent does not equal the ETH the orders need (or is sent where none is expected).
    error IncorrectPayment(uint256 expected, uint256 actual);
    /// @notice The escrow received less of `token` than transferred: fee-on-transfer tokens are refused.
    error FeeOnTransferToken(address token, uint256 expected, uint256 received);
    /// @notice An order must carry a non-zero amount.
    error ZeroAmount();
    /// @notice A checkout must contain between 1 and `maxOrdersPerCheckout` orders.
    error InvalidOrderCount(uint256 count);
    /// @notice A delivery fee needs a carrier to pay it to.
    error FeeWithoutCarrier(uint128 deliveryFee);
    /// @notice An offer's window is zero or above its maximum (`limits().maxTerms`).
    error InvalidTerms(ShopTerms terms);
    /// @notice The delivery code does not match the order's code hash.
    error WrongDeliveryCode(uint256 orderId);
    /// @notice A settlement gives the buyer more than the disputed amount.
    error SettlementTooLarge(uint128 buyerAmount, uint128 amount);
    /// @notice No matching settlement offer from the other party.
    error NoSettlementOffer(uint256 orderId);
    /// @notice The ruling is outside the escrow's choices.
    error InvalidRuling(uint256 ruling);
    /// @notice The order's dispute has no ruling recorded by its deadline (or none at all, or no arbitration).
    error NoRuling(uint256 orderId);
    /// @notice The dispute id is not the one the order recorded, or the order's dispute has no arbitration.
    error DisputeMismatch(uint256 orderId, uint256 disputeId);
    /// @notice The order names no arbitrator, or its dispute already has arbitration.
    error ArbitrationUnavailable(uint256 orderId);
    /// @notice The arbitrator did not create a usable dispute (it has no code, reverted, refused the value sent, or
    ///  returned an id that does not fit or that it gave before).
    error ArbitrationFailed(uint256 orderId, address arbitrator);
    /// @notice The caller left too little gas for an order hook to run with its full allowance.
    error InsufficientGasForHook(uint256 available, uint256 required);
    /// @notice The caller left too little gas for the arbitrator's `createDispute` to run with its full allowance.
    error InsufficientGasForArbitrator(uint256 available, uint256 required);
    /// @notice Nothing to withdraw.
    error NothingToWithdraw(address account, address token);
    /// @notice The withdrawal transfer failed; nothing was lost, try another recipient.
    error WithdrawalFailed(address to, address token, uint256 amount);
    /// @notice A decline reason longer than `maxReasonLength` bytes.
    error ReasonTooLong(uint256 length);
    /// @notice The buyer's signature could be submitted only until `deadline`.
    error SignatureExpired(uint256 deadline);
    /// @notice The signature is not the buyer's over this action (ECDSA or EIP-1271).
    error InvalidSignature(address buyer);
    /// @notice The submitter asked a larger fee than the buyer signed for.
    error FeeTooHigh(uint256 fee, uint256 maxFee);
    /// @notice Native ETH cannot be pulled by signature: a signed checkout pays in an ERC-20, and a fee on an ETH order
    ///  must be zero.
    error NativeTokenNotPullable();
    /// @notice A signed checkout pays every order in one token (its fee's token).
    error TokenMismatch(address expected, address actual);
    /// @notice An ERC-3009 authorization moves exactly its value, which must be what the action pulls.
    error AuthorizationValueMismatch(uint256 expected, uint256 value);

    /// @notice An order was paid into escrow. Carries every field of its {Order}, flat, but `detailsHash`, which is
    ///  `keccak256(abi.encode(itemsDigest, shippingDigest))`; the shop must accept it by `acceptDeadline`.
    /// @dev Flat rather than an `Order` struct plus the digests (v1): no field twice (buyer and shop id are topics,
    ///  the details hash follows from the digests), 770 gas less per order.
    event OrderPaid(
        uint256 indexed orderId,
        uint256 indexed shopId,
        address indexed buyer,
        address payout,
        address token,
        uint128 amount,
        uint128 deliveryFee,
        address carrier,
        address arbitrator,
        address hook,
        uint16 shipHours,
        uint16 deliveryHours,
        uint16 returnHours,
        bytes32 codeHash,
        bytes32 itemsDigest,
        bytes32 shippingDigest,
        uint40 acceptDeadline
    );
    /// @notice The shop accepted the order; it must ship by `shipDeadline`. The order's carrier (address(0) for
    ///  pickup or own delivery) is indexed: a carrier finds the orders it must pick up by this topic.
    event OrderAccepted(uint256 indexed orderId, address indexed carrier, uint40 shipDeadline);
    /// @notice The shop declined the order; the buyer was refunded.
    event OrderDeclined(uint256 indexed orderId, string reason);
    /// @notice The buyer cancelled before acceptance and was refunded.
    event OrderCancelled(uint256 indexed orderId);
    /// @notice A missed accept or ship deadline ended the order; the buyer was refunded.
    event OrderExpired(uint256 indexed orderId, OrderStatus previousStatus);
    /// @notice The goods left the shop (carrier pickup or own delivery); they should arrive by `deliveryDeadline`.
    ///  `by` is the carrier, the shop's manager, or the delivery attestations contract when it relayed the carrier's
    ///  checkpoint (its `CheckpointRecorded` names the relayer).
    event OrderShipped(uint256 indexed orderId, address indexed by, uint40 deliveryDeadline);
    /// @notice Delivery was proven (code presented, or buyer confirmed); the return window ends at `returnDeadline`.
    ///  `by` is the carrier, the shop's manager, the delivery attestations contract (relayed checkpoint) or the buyer
    ///  (confirmed receipt, also when relayed by signature).
    event OrderDelivered(uint256 indexed orderId, address indexed by, uint40 returnDeadline);
    /// @notice The order completed; the shop and the carrier were paid. `by` is the buyer for a release (also by
    ///  signature), otherwise whoever completed it after the window.
    event OrderCompleted(uint256 indexed orderId, address indexed by);
    /// @notice A dispute opened. With arbitration (`isArbitrated`), `disputeId` is the arbitrator's; without (no
    ///  arbitrator, or it did not answer usably), it is 0. Without a settlement or a ruling recorded by
    ///  `disputeDeadline`, the timeout follows the facts.
    event DisputeOpened(
        uint256 indexed orderId, address indexed by, bool isArbitrated, uint256 disputeId, uint40 disputeDeadline
    );
    /// @notice The order's arbitrator was brought into a dispute that opened without it; the deadline restarted.
    event ArbitrationRequested(uint256 indexed orderId, address indexed by, uint256 disputeId, uint40 disputeDeadline);
    /// @notice A party offered to settle, giving `buyerAmount` of the amount back to the buyer.
    event SettlementProposed(uint256 indexed orderId, address indexed by, uint128 buyerAmount);
    /// @notice The dispute ended and the money was paid out.
    event DisputeResolved(uint256 indexed orderId, Resolution resolution, uint256 buyerAmount, uint256 shopAmount);
    /// @notice A payment could not be pushed and was credited to `account` for {withdraw} or {pushCredit}.
    event PaymentCredited(uint256 indexed orderId, address indexed account, address token, uint256 amount);
    /// @notice A credit was withdrawn by its owner, or pushed to it by anyone (then `to` is the owner).
    event CreditWithdrawn(address indexed account, address indexed token, address to, uint256 amount);
    /// @notice The order's hook reverted or ran out of gas at `moment`; the order went on.
    event HookFailed(uint256 indexed orderId, address indexed hook, OrderMoment moment);

    /// @notice Pays one or several orders, for one or several shops, in one transaction. The caller is the buyer.
    ///  ETH orders are paid with `msg.value` (the exact sum of their amounts and delivery fees); ERC-20 orders are
    ///  pulled with `transferFrom` (approve first, or use {checkoutWithPermit} or {checkoutBySig}). The accept
    ///  deadline is `terms.acceptHours` from now.
    /// @dev Emits {OrderPaid} per order. Reverts if:
    ///  - no order, or more than `maxOrdersPerCheckout`               → InvalidOrderCount(count)
    ///  - an order's amount is zero                                   → ZeroAmount()
    ///  - a delivery fee without a carrier                            → FeeWithoutCarrier(fee)
    ///  - a window is zero or above its maximum                       → InvalidTerms(terms)
    ///  - an order with the same terms exists                         → OrderExists(orderId)
    ///  - `msg.value` differs from the ETH needed                     → IncorrectPayment(expected, actual)
    ///  - a token delivers less than transferred                      → FeeOnTransferToken(token, expected, received)
    ///  - a token transfer fails                                      → SafeERC20FailedOperation(token)
    /// @param requests The orders.
    /// @return orderIds The ids of the orders, in request order.
    function checkout(OrderRequest[] calldata requests) external payable returns (uint256[] memory orderIds);

    /// @notice {checkout} with EIP-2612 permits, so one signature per token replaces the approve transaction.
    ///  A permit that fails (e.g. front-run) is ignored: the transfer then needs an existing allowance.
    /// @dev Emits and reverts as {checkout}.
    function checkoutWithPermit(OrderRequest[] calldata requests, TokenPermit[] calldata permits)
        external
        payable
        returns (uint256[] memory orderIds);

    /// @notice Anyone submits a checkout the buyer signed: EIP-712 `Checkout(address buyer,OrderRequest[] orders,
    ///  uint256 maxFee,uint256 nonce,uint256 deadline)`, with `OrderRequest(uint256 shopId,address payout,
    ///  address token,uint128 amount,uint128 deliveryFee,address carrier,address arbitrator,address hook,
    ///  ShopTerms terms,bytes32 itemsDigest,bytes32 shippingDigest,bytes32 codeHash)` and `ShopTerms(uint16
    ///  acceptHours,uint16 shipHours,uint16 deliveryHours,uint16 returnHours)`, so a wallet shows the orders. Every
    ///  order pays in the same ERC-20; the escrow pulls their total plus `fee` from the buyer with `tokenPull` (allowance,
    ///  EIP-2612 permit, or ERC-3009 authorization of exactly that sum) and pays `fee` to the caller at once.
    /// @dev Checks, in order: count, deadline, nonce (consumed), digest, signature, fee, then each order as
    ///  {checkout}. Emits {OrderPaid} per order. Reverts if:
    ///  - no order, or more than `maxOrdersPerCheckout`               → InvalidOrderCount(count)
    ///  - `block.timestamp > authorization.deadline`                  → SignatureExpired(deadline)
    ///  - the nonce was used or revoked                               → NonceAlreadyUsed(buyer, nonce)
    ///  - the signature is not the buyer's                            → InvalidSignature(buyer)
    ///  - `fee > authorization.maxFee`                                → FeeTooHigh(fee, maxFee)
    ///  - the first order pays in ETH                                 → NativeTokenNotPullable()
    ///  - an order pays in another token than the first               → TokenMismatch(expected, actual)
    ///  - an authorization's value differs from orders' total + fee   → AuthorizationValueMismatch(total, value)
    ///  - and as {checkout} for each order, the pull and the fee-on-transfer check.
    /// @param buyer The signer, who pays and owns the orders.
    /// @param fee What the caller takes, in the orders' token, at most `authorization.maxFee`.
    /// @return orderIds The ids of the orders, in request order.
    function checkoutBySig(
        address buyer,
        OrderRequest[] calldata requests,
        BuyerAuthorization calldata authorization,
        uint256 fee,
        TokenPull calldata tokenPull
    ) external returns (uint256[] memory orderIds);

    /// @notice The shop accepts a paid order; it must then ship within its ship window.
    /// @dev Emits {OrderAccepted}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Paid`                          → InvalidStatus(orderId, actual, {Paid})
    ///  - the caller does not manage the shop              → NotShopManager(shopId, caller)
    ///  - the accept deadline passed                       → DeadlinePassed(orderId, deadline)
    function accept(Order calldata order) external;

    /// @notice The shop declines a paid order; the buyer is refunded in full.
    /// @dev Emits {OrderDeclined}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Paid`                          → InvalidStatus(orderId, actual, {Paid})
    ///  - the caller does not manage the shop              → NotShopManager(shopId, caller)
    ///  - `reason` is longer than `maxReasonLength`        → ReasonTooLong(length)
    function decline(Order calldata order, string calldata reason) external;

    /// @notice The buyer cancels an order the shop has not accepted yet; full refund.
    /// @dev Emits {OrderCancelled}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Paid`                          → InvalidStatus(orderId, actual, {Paid})
    ///  - the caller is not the buyer                      → NotBuyer(orderId, caller)
    function cancel(Order calldata order) external;

    /// @notice Anyone ends an order whose accept deadline (when `Paid`) or ship deadline (when `Accepted`) passed;
    ///  full refund.
    /// @dev Emits {OrderExpired}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is neither `Paid` nor `Accepted`       → InvalidStatus(orderId, actual, {Paid, Accepted})
    ///  - the deadline has not passed                      → DeadlineNotReached(orderId, deadline)
    function expire(Order calldata order) external;

    /// @notice The shop hands over an order it delivers itself (no carrier).
    /// @dev Emits {OrderShipped}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Accepted`                      → InvalidStatus(orderId, actual, {Accepted})
    ///  - the order has a carrier (it confirms the pickup) → CarrierHandsOver(orderId, carrier)
    ///  - the caller does not manage the shop              → NotShopManager(shopId, caller)
    ///  - the ship deadline passed                         → DeadlinePassed(orderId, deadline)
    function markShipped(Order calldata order) external;

    /// @notice The order's carrier (directly, or relayed by the delivery attestations contract) picked up the goods.
    /// @dev Emits {OrderShipped}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Accepted`                      → InvalidStatus(orderId, actual, {Accepted})
    ///  - the caller is neither the carrier nor the attestations contract → NotOrderCarrier(orderId, caller)
    ///  - the ship deadline passed                         → DeadlinePassed(orderId, deadline)
    function confirmPickup(Order calldata order) external;

    /// @notice Delivery proven by the buyer's code: presented by the carrier at the door (directly or relayed by the
    ///  attestations contract) when the order has a carrier, or by the shop at the counter / on its own round when
    ///  it has none. The carrier is paid the delivery fee; the return window starts; the order's hook is told.
    /// @dev Emits {OrderDelivered}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - with a carrier: the order is not `Shipped`       → InvalidStatus(orderId, actual, {Shipped})
    ///  - without: neither `Accepted` nor `Shipped`        → InvalidStatus(orderId, actual, {Accepted, Shipped})
    ///  - with a carrier: the caller is neither the carrier nor the attestations contract
    ///                                                     → NotOrderCarrier(orderId, caller)
    ///  - without: the caller does not manage the shop     → NotShopManager(shopId, caller)
    ///  - keccak256(code) differs from the code hash       → WrongDeliveryCode(orderId)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function confirmDelivery(Order calldata order, bytes32 code) external;

    /// @notice The buyer confirms receipt without a code (e.g. a parcel left at the door); same effects as
    ///  {confirmDelivery}.
    /// @dev Emits {OrderDelivered}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - with a carrier: the order is not `Shipped`       → InvalidStatus(orderId, actual, {Shipped})
    ///  - without: neither `Accepted` nor `Shipped`        → InvalidStatus(orderId, actual, {Accepted, Shipped})
    ///  - the caller is not the buyer                      → NotBuyer(orderId, caller)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function confirmReceipt(Order calldata order) external;

    /// @notice The buyer releases the money to the shop at once, from any status before completion. The carrier is
    ///  paid if it picked the goods up; otherwise an unpaid delivery fee returns to the buyer.
    /// @dev Emits {OrderCompleted}; tells the order's hook. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not Paid, Accepted, Shipped or Delivered
    ///                                          → InvalidStatus(orderId, actual, {Paid, Accepted, Shipped, Delivered})
    ///  - the caller is not the buyer                      → NotBuyer(orderId, caller)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function release(Order calldata order) external;

    /// @notice Anyone completes an order whose return window passed: `Delivered` after its return deadline, or
    ///  `Shipped` when the delivery deadline plus the return window passed without dispute.
    /// @dev Emits {OrderCompleted}; tells the order's hook. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is neither `Delivered` nor `Shipped`   → InvalidStatus(orderId, actual, {Shipped, Delivered})
    ///  - the window has not passed                        → DeadlineNotReached(orderId, deadline)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function complete(Order calldata order) external;

    /// @notice Opens a dispute: the buyer within the return window after delivery, or the buyer or the shop after a
    ///  missed delivery deadline (until the return window after it ends). The dispute deadline is `disputeTimeout`
    ///  from now. With an arbitrator, the escrow asks it to create a dispute, paying `msg.value` (send its
    ///  `arbitrationCost("")`) with `arbitratorGasLimit` gas; if it has no code, reverts, refuses the value, or returns
    ///  an id that does not fit 40 bits or is not above every id it gave this escrow before, the dispute opens
    ///  without arbitration and `msg.value` is credited to the caller. Either party may bring the arbitrator in later
    ///  with {requestArbitration}.
    /// @dev Emits {DisputeOpened} (and {PaymentCredited} when value is credited back). Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is neither `Delivered` nor `Shipped`   → InvalidStatus(orderId, actual, {Shipped, Delivered})
    ///  - `Delivered` and the caller is not the buyer      → NotBuyer(orderId, caller)
    ///  - `Shipped` and the caller is neither the buyer nor a manager of the shop → NotDisputeParty(orderId, caller)
    ///  - `Delivered` and the return deadline passed       → DeadlinePassed(orderId, deadline)
    ///  - `Shipped` and the delivery deadline not reached  → DeadlineNotReached(orderId, deadline)
    ///  - `Shipped` and the dispute window after it passed → DeadlinePassed(orderId, deadline)
    ///  - value sent for an order without arbitrator       → IncorrectPayment(0, value)
    ///  - too little gas left for the arbitrator           → InsufficientGasForArbitrator(available, required)
    function openDispute(Order calldata order) external payable;

    /// @notice Anyone brings the order's arbitrator into a dispute that opened without it (it did not answer then),
    ///  paying its cost with `msg.value`; the dispute deadline restarts, `disputeTimeout` from now.
    /// @dev Emits {ArbitrationRequested}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - no arbitrator, or arbitration already exists     → ArbitrationUnavailable(orderId)
    ///  - the dispute deadline passed                      → DeadlinePassed(orderId, deadline)
    ///  - too little gas left for the arbitrator           → InsufficientGasForArbitrator(available, required)
    ///  - the arbitrator still does not answer usably      → ArbitrationFailed(orderId, arbitrator)
    function requestArbitration(Order calldata order) external payable;

    /// @notice The buyer or the shop offers to settle a dispute, `buyerAmount` of the amount going back to the buyer
    ///  (an unpaid delivery fee always returns to the buyer). There is one standing offer per order: a new offer,
    ///  from either side, replaces it (a counter-offer).
    /// @dev Emits {SettlementProposed}. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - the caller is neither the buyer nor the shop's owner at payment (or its operator while it owns the shop)
    ///                                                     → NotSettlementParty(orderId, caller)
    ///  - `buyerAmount` exceeds the amount                 → SettlementTooLarge(buyerAmount, amount)
    function proposeSettlement(Order calldata order, uint128 buyerAmount) external;

    /// @notice The other party accepts the standing offer and the split is paid out.
    /// @dev Emits {DisputeResolved}; tells the order's hook. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - the caller is neither the buyer nor the shop's owner at payment (or its operator while it owns the shop)
    ///                                                     → NotSettlementParty(orderId, caller)
    ///  - no offer with this amount from the other side    → NoSettlementOffer(orderId)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function acceptSettlement(Order calldata order, uint128 buyerAmount) external;

    /// @notice Pays the ruling an ERC-792 arbitrator gave through {IArbitrable-rule}, if it was recorded at or before
    ///  the dispute deadline: 1 refunds the buyer, 2 pays the shop (and the carrier its unpaid fee), 0 (refused)
    ///  splits the amount evenly. Anyone may call it, before or after the deadline.
    /// @dev Emits {DisputeResolved}; tells the order's hook. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - no ruling recorded by the deadline               → NoRuling(orderId)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function executeRuling(Order calldata order) external;

    /// @notice Anyone ends a dispute after its deadline. A ruling recorded by the deadline is paid (as
    ///  {executeRuling}); otherwise the facts decide: goods delivered (code presented or receipt confirmed) pay the
    ///  shop in full, goods never delivered refund the buyer in full, the unpaid delivery fee included.
    /// @dev Emits {DisputeResolved}; tells the order's hook. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - the order is not `Disputed`                      → InvalidStatus(orderId, actual, {Disputed})
    ///  - the dispute deadline has not passed              → DeadlineNotReached(orderId, deadline)
    ///  - too little gas left for the hook                 → InsufficientGasForHook(available, required)
    function resolveTimedOut(Order calldata order) external;

    /// @notice Anyone submits a buyer's signed action on an order: cancel, confirm receipt, release, open a dispute,
    ///  propose or accept a settlement, with the same checks and effects as the buyer's own call (events name the
    ///  buyer as `by`). Each action has its own EIP-712 type, so that a wallet shows what it signs:
    ///  `Cancel(uint256 orderId,uint256 maxFee,uint256 nonce,uint256 deadline)`, and the same fields for
    ///  `ConfirmReceipt`, `Release` and `OpenDispute`; `ProposeSettlement(uint256 orderId,uint128 buyerAmount,
    ///  uint256 maxFee,uint256 nonce,uint256 deadline)` and the same fields for `AcceptSettlement`. The caller takes
    ///  `fee` (at most the signed `maxFee`) in the order's token, pulled from the buyer with `feePull` straight to the
    ///  caller (an ERC-3009 authorization lands in the escrow and is forwarded); a sponsoring caller takes 0 and
    ///  needs no pull. To open a dispute with a paid arbitrator the caller sends the arbitration cost as `msg.value`
    ///  and recovers it through the fee it asked (if the arbitrator refuses it, it is credited to the caller).
    /// @dev Checks, in order: the order, deadline, nonce (consumed), digest, signature, fee, value, then the action.
    ///  Emits what the action emits. Reverts if:
    ///  - no order has these terms                        → UnknownOrder(orderId)
    ///  - `block.timestamp > authorization.deadline`      → SignatureExpired(deadline)
    ///  - the nonce was used or revoked                   → NonceAlreadyUsed(buyer, nonce)
    ///  - the signature is not the buyer's                → InvalidSignature(buyer)
    ///  - `fee > authorization.maxFee`                    → FeeTooHigh(fee, maxFee)
    ///  - value sent with another action than a dispute   → IncorrectPayment(0, value)
    ///  - a fee on an ETH order                           → NativeTokenNotPullable()
    ///  - an authorization's value differs from `fee`     → AuthorizationValueMismatch(fee, value)
    ///  - and whatever the action reverts with when the buyer calls it.
    /// @param buyerAmount The settlement's amount for `ProposeSettlement` and `AcceptSettlement`; unused otherwise.
    function relayBuyerAction(
        BuyerAction action,
        Order calldata order,
        uint128 buyerAmount,
        BuyerAuthorization calldata authorization,
        uint256 fee,
        TokenPull calldata feePull
    ) external payable;

    /// @notice Withdraws the caller's credited `token` (address(0) for ETH) to `to`, with all the gas left.
    /// @dev Emits {CreditWithdrawn}. Reverts if:
    ///  - nothing is credited                             → NothingToWithdraw(account, token)
    ///  - the transfer fails (credit kept)                 → WithdrawalFailed(to, token, amount)
    function withdraw(address token, address to) external;

    /// @notice Anyone sends `account`'s whole credit of `token` to `account` itself, with all the gas the caller
    ///  gives: a payout contract that needs more than the 50,000 gas of a push, and cannot call {withdraw}, still
    ///  collects its money.
    /// @dev Emits {CreditWithdrawn}. Reverts if:
    ///  - nothing is credited                             → NothingToWithdraw(account, token)
    ///  - the transfer fails (credit kept)                 → WithdrawalFailed(account, token, amount)
    function pushCredit(address account, address token) external;

    /// @notice What the escrow holds about an order: status, deadline, when it was paid, shipped, delivered and
    ///  closed, whether the shop accepted it, the fee is settled, the shop was paid, and its arbitration. All zero for
    ///  an unknown id.
    function orderFacts(uint256 orderId) external view returns (OrderFacts memory);

    /// @notice Whether the shop accepted the order (`orderFacts(orderId).isShopAccepted`); false for an unknown id.
    ///  The one fact a completion hook called by the escrow still needs (the order and its completion are given), at
    ///  a third of {orderFacts}' cost.
    /// @dev Its selector (0xfbe6f271) sorts after every other function's, so it adds no dispatch cost to any of them.
    function isShopAccepted(uint256 orderId) external view returns (bool);

    /// @notice Whether `order` are the terms of the existing order `orderId`.
    function verifyOrder(uint256 orderId, Order calldata order) external view returns (bool);

    /// @notice The ruling `arbitrator` gave on `disputeId` through {IArbitrable-rule}, whether it gave one, and when
    ///  it was recorded (a ruling counts for an order only if recorded by its dispute deadline).
    function rulingOf(address arbitrator, uint256 disputeId)
        external
        view
        returns (bool isRuled, uint256 ruling, uint40 ruledAt);

    /// @notice Amount of `token` credited to `account` for withdrawal.
    function creditOf(address account, address token) external view returns (uint256);

    /// @notice The standing settlement offer of a disputed order (proposer zero when none).
    function settlementOffer(uint256 orderId) external view returns (address proposer, uint128 buyerAmount);

    /// @notice The escrow's fixed parameters: orders per checkout, decline reason length, dispute timeout, gas of an
    ///  ETH push, of an order hook and of the arbitrator's `createDispute`, and the windows' maxima.
    function limits() external view returns (EscrowLimits memory);
}
