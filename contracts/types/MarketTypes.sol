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

/// @notice How a dispute ended, carried by {IEscrow-DisputeResolved}.
enum Resolution {
    None,
    Settlement,
    Ruling,
    Timeout
}

/// @notice A shop's service windows, in hours, copied into every order at checkout.
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

/// @notice The part of a shop the escrow reads at checkout, packed in one storage slot.
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
///  status, deadline and flags in one slot, and callers pass the terms back (the SDK rebuilds them from
///  {IEscrow-OrderPaid}), checked against the id.
/// @param carrier The carrier (EOA or delivery-service contract) paid the delivery fee, or address(0) for pickup at
///  the shop or the shop's own delivery.
/// @param arbitrator An ERC-792 arbitrator both sides accepted, or address(0) for settlement-or-timeout only.
/// @param hook The shop's completion hook at checkout, or address(0).
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
