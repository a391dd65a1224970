// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Lifecycle of an order held in escrow.
/// @dev `None` MUST stay at index 0: it is the value of an order that does not exist.
///  Paid → Accepted → Shipped → Delivered → Completed is the happy path; Cancelled, Declined and Expired
///  refund the buyer; Disputed → Resolved pays the split decided by settlement, ruling or timeout.
enum OrderStatus {
    None,
    Paid,
    Accepted,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    Declined,
    Expired,
    Disputed,
    Resolved
}

/// @notice Delivery checkpoints a carrier records. `None` MUST stay at index 0.
enum Checkpoint {
    None,
    PickedUp,
    InTransit,
    OutForDelivery,
    Delivered,
    FailedAttempt,
    Returned
}

/// @notice How a dispute ended, carried by {IEscrow-DisputeResolved}. A timeout follows the facts: goods delivered
///  (the buyer's code presented, or receipt confirmed) pay the shop; goods never delivered refund the buyer.
enum Resolution {
    None,
    Settlement,
    Ruling,
    Timeout
}

/// @notice The moments at which the escrow tells an order's hook ({IOrderHook}).
enum OrderMoment {
    Delivered,
    Completed,
    DisputeResolved
}

/// @notice A shop's service windows, in hours, copied into every order at checkout. Each is at least one hour and at
///  most its maximum ({ShopWindows}): accept 720 h (30 days), ship 2,160 h (90 days), delivery 720 h (30 days),
///  return 2,160 h (90 days).
/// @param acceptHours Time the shop has to accept a paid order before anyone may expire it.
/// @param shipHours Time after acceptance to hand the goods over (to a carrier, own delivery or the counter).
/// @param deliveryHours Time after shipping for the goods to arrive before either side may dispute.
/// @param returnHours Time after delivery during which the buyer may dispute; then anyone may complete.
struct ShopTerms {
    uint16 acceptHours;
    uint16 shipHours;
    uint16 deliveryHours;
    uint16 returnHours;
}

/// @notice A shop as the registry reports it: payout, windows, whether it is active and has an order hook. The SDK
///  copies payout, windows and hook into each order it builds; the escrow reads nothing from the registry at checkout.
struct ShopRecord {
    address payout;
    ShopTerms terms;
    bool isActive;
    bool hasHook;
}

/// @notice A payment token a shop accepts and its rate to the shop's price unit.
/// @param token The ERC-20 token, or address(0) for the chain's native currency.
/// @param rate Token base units per one whole price unit (e.g. 1e18 for a 1:1 local currency with 18 decimals).
struct PaymentOption {
    address token;
    uint256 rate;
}

/// @notice Which tokens, carriers and arbitrators a shop accepts. Published in events for indexers and wallets;
///  the shop enforces it by accepting or declining each order.
struct ShopAcceptance {
    PaymentOption[] payments;
    address[] carriers;
    bool isAnyCarrierAccepted;
    address[] arbitrators;
    bool isAnyArbitratorAccepted;
}

/// @notice Everything needed to open a shop in one transaction.
/// @param geohash The shop's location as up to 12 geohash characters, ASCII, right-padded with zero bytes.
struct ShopRegistration {
    address payout;
    ShopTerms terms;
    bytes metadataCid;
    bytes catalogCid;
    bytes12 geohash;
    ShopAcceptance acceptance;
}

/// @notice What a buyer offers for one order in a checkout. The buyer copies the shop's payout, completion hook
///  and windows from the registry (the SDK does); the shop checks them, with the token, carrier and arbitrator,
///  before accepting — an order it does not agree with is declined and refunded in full.
/// @param itemsDigest sha2-256 digest of the line-items document (which names the catalog CID and carries a
///  random nonce, so that two identical baskets still make two distinct orders).
/// @param shippingDigest sha2-256 digest of the encrypted shipping envelope, or zero for pickup.
/// @param codeHash keccak256 of the 32-byte delivery code only the buyer knows.
struct OrderRequest {
    uint256 shopId;
    address payout;
    address token;
    uint128 amount;
    uint128 deliveryFee;
    address carrier;
    address arbitrator;
    address hook;
    ShopTerms terms;
    bytes32 itemsDigest;
    bytes32 shippingDigest;
    bytes32 codeHash;
}

/// @notice The immutable terms of an order. Its id is `uint256(keccak256(abi.encode(order)))`; the escrow stores only
///  its state and dated facts in one slot ({OrderFacts}), and callers pass the terms back (the SDK rebuilds them from
///  {IEscrow-OrderPaid}), hashed to find the order.
/// @param carrier The carrier (EOA or delivery-service contract) paid the delivery fee, or address(0) for pickup at
///  the shop or the shop's own delivery.
/// @param arbitrator An ERC-792 arbitrator both sides accepted, or address(0) for settlement-or-timeout only.
/// @param hook The shop's order hook at checkout ({IOrderHook}: told of delivery, completion and dispute
///  resolution), or address(0).
/// @param detailsHash keccak256(abi.encode(itemsDigest, shippingDigest)).
struct Order {
    address buyer;
    uint256 shopId;
    address payout;
    address token;
    uint128 amount;
    uint128 deliveryFee;
    address carrier;
    address arbitrator;
    address hook;
    uint16 shipHours;
    uint16 deliveryHours;
    uint16 returnHours;
    bytes32 codeHash;
    bytes32 detailsHash;
}

/// @notice What the escrow holds about an order, readable after the fact ({IEscrow-orderFacts}). Times are block
///  timestamps, 0 when the fact never happened.
/// @param deadline The current status's deadline (accept, ship, delivery, return or dispute), 0 once the order ended.
/// @param paidAt When the order was paid.
/// @param shippedAt When the goods left the shop (carrier pickup or own delivery); 0 for an order handed over at the
///  counter without shipping.
/// @param deliveredAt When delivery was proven: the buyer's code presented, or the buyer confirmed receipt.
/// @param closedAt When the order ended: completed, resolved, cancelled, declined or expired.
/// @param isShopAccepted Whether the shop accepted the order (kept in every later status).
/// @param isFeePaid Whether the delivery fee is settled (paid to the carrier or returned to the buyer).
/// @param isShopPaid Whether the shop's payout received a share: completed, or resolved with a share to the shop.
/// @param isArbitrated Whether the order's arbitrator holds a dispute for it, `disputeId`.
/// @param isDeliveredWithCode Whether delivery was proven with the buyer's code (by the carrier, or the shop for an
///  order without carrier), so `deliveredAt` is the deliverer's own time; false when the buyer confirmed receipt.
struct OrderFacts {
    OrderStatus status;
    uint40 deadline;
    uint40 paidAt;
    uint40 shippedAt;
    uint40 deliveredAt;
    uint40 closedAt;
    bool isShopAccepted;
    bool isFeePaid;
    bool isShopPaid;
    bool isArbitrated;
    bool isDeliveredWithCode;
    uint256 disputeId;
}

/// @notice The escrow's fixed parameters ({IEscrow-limits}), gathered in one view: a public getter per constant would
///  add a selector comparison to every call dispatched after it.
/// @param maxOrdersPerCheckout Most orders one checkout may contain.
/// @param maxReasonLength Longest decline reason, in bytes.
/// @param disputeTimeout Time a dispute may wait for a settlement or a ruling before its timeout applies.
/// @param ethTransferGas Gas forwarded with an ETH payment push (the rest is credited, see {IEscrow-pushCredit}).
/// @param hookGasLimit Gas an order hook receives at each moment.
/// @param arbitratorGasLimit Gas the arbitrator's `createDispute` receives.
/// @param maxTerms The longest windows an order may carry (the registry enforces the same).
struct EscrowLimits {
    uint256 maxOrdersPerCheckout;
    uint256 maxReasonLength;
    uint40 disputeTimeout;
    uint256 ethTransferGas;
    uint256 hookGasLimit;
    uint256 arbitratorGasLimit;
    ShopTerms maxTerms;
}

/// @notice A buyer action that anyone may submit with the buyer's EIP-712 signature ({IEscrow-relayBuyerAction}).
///  Each has its own EIP-712 type, so that a wallet shows which action it signs.
enum BuyerAction {
    Cancel,
    ConfirmReceipt,
    Release,
    OpenDispute,
    ProposeSettlement,
    AcceptSettlement
}

/// @notice How a signed action pulls the buyer's tokens: from an existing allowance, after an EIP-2612 `permit`,
///  or by an ERC-3009 `receiveWithAuthorization` (USDC, EURC). The submitter chooses; the buyer signs the permit or
///  authorization beside the action.
enum PullMethod {
    Allowance,
    Permit,
    Authorization
}

/// @notice The buyer's token signature for one pull, or nothing (`Allowance`).
/// @param value The permit's or the authorization's value. An authorization moves exactly this value, which must
///  then equal what the action pulls; a permit may allow more.
/// @param validAfter The authorization's `validAfter` (unused for a permit).
/// @param validBefore The permit's `deadline`, or the authorization's `validBefore`.
/// @param nonce The authorization's nonce (unused for a permit, whose nonce the token keeps).
/// @param signature 65 bytes (r, s, v) for the standard functions, or any other bytes for the `bytes signature`
///  overloads of tokens that check EIP-1271 wallets (Circle's FiatToken V2_2).
struct TokenPull {
    PullMethod method;
    uint256 value;
    uint256 validAfter;
    uint256 validBefore;
    bytes32 nonce;
    bytes signature;
}

/// @notice What a buyer signs beside an action, and its signature (ECDSA, or EIP-1271 for smart-account wallets).
/// @param maxFee Most the submitter may take as its fee, in the order's token.
/// @param nonce An unused nonce of the buyer at the contract ({IUnorderedNonces}).
/// @param deadline Last second the signature may be submitted.
struct BuyerAuthorization {
    uint256 maxFee;
    uint256 nonce;
    uint256 deadline;
    bytes signature;
}

/// @notice An EIP-2612 permit for one token, used by {IEscrow-checkoutWithPermit}.
struct TokenPermit {
    address token;
    uint256 value;
    uint256 deadline;
    uint8 v;
    bytes32 r;
    bytes32 s;
}

/// @notice A checkpoint signed by a carrier for anyone to relay (EIP-712).
/// @param code The buyer's 32-byte delivery code, required for `Delivered`, zero otherwise.
/// @param recordedAt When the courier recorded it (its own clock), for display only.
struct CheckpointAttestation {
    address escrow;
    uint256 orderId;
    Checkpoint checkpoint;
    bytes32 code;
    uint64 recordedAt;
    uint256 nonce;
    uint256 deadline;
}
