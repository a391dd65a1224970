// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOrderHook} from "../../interfaces/IOrderHook.sol";
import {IUnorderedNonces} from "../../interfaces/IUnorderedNonces.sol";
import {Order, OrderStatus} from "../../types/MarketTypes.sol";

/// @title Loyalty stamps: a stamp card per shop and buyer, earned only by real purchases
/// @notice Built only on the protocol's public interfaces. A shop opts in with a program (stamps per completed order,
///  stamps per reward, reward description on IPFS) and names this contract as its order hook in the registry (alone,
///  or among its services through a fan-out such as `ServiceHooks`). When one of its orders completes, the escrow
///  calls {onOrderCompleted} and the order's buyer earns stamps on the shop's card — only for completed orders the
///  shop accepted, once per order, checked against the escrow's facts (the hook trusts no caller). Without the hook
///  (another hook, or the order predates the program) anyone stamps a completed order with {claimStamps}.
///  Stamps are balances, not tokens: they cannot be transferred. A reward is redeemed by the shop at the counter with
///  the buyer's EIP-712 signature (the buyer's consent; no gas for the buyer). The shop's count of regulars is a
///  number only. No owner, no admin.
interface ILoyaltyStamps is IOrderHook, IUnorderedNonces {
    /// @notice A shop's program. It exists when `stampsPerOrder` is not zero; `stampsPerOrder` never changes, so a
    ///  card's lifetime stamps are always its stamped orders times it.
    struct Program {
        uint32 stampsPerOrder;
        uint32 rewardThreshold;
        bool isActive;
    }

    /// @notice A buyer's card at one shop.
    /// @param balance Stamps held: earned minus redeemed.
    /// @param orders Orders stamped, ever.
    struct StampCard {
        uint32 balance;
        uint32 orders;
    }

    /// @notice What a buyer signs to let the shop redeem `stamps` (exactly the program's reward threshold) for one
    ///  reward. Unordered nonces: any unused nonce works once.
    struct RewardRedemption {
        uint256 shopId;
        address buyer;
        uint32 stamps;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice `account` does not manage `shopId` in the registry.
    error NotShopManager(uint256 shopId, address account);
    /// @notice The shop already has a program.
    error ProgramExists(uint256 shopId);
    /// @notice The shop has no program.
    error NoProgram(uint256 shopId);
    /// @notice The shop paused its program: no stamps are earned.
    error ProgramInactive(uint256 shopId);
    /// @notice Stamps per order must be 1–`MAX_STAMPS_PER_ORDER`, and a reward needs at least one stamp.
    error InvalidProgram(uint32 stampsPerOrder, uint32 rewardThreshold);
    /// @notice A reward CID that is empty or longer than `MAX_CID_LENGTH` bytes.
    error InvalidCid(uint256 length);
    /// @notice The escrow has no order with this id and these terms.
    error UnknownOrder(uint256 orderId);
    /// @notice The order is not `Completed`.
    error OrderNotCompleted(uint256 orderId, OrderStatus status);
    /// @notice The shop never accepted the order (a buyer can release an order the shop never saw).
    error NotShopAccepted(uint256 orderId);
    /// @notice The order already earned its stamps.
    error AlreadyStamped(uint256 orderId);
    /// @notice The signed redemption expired at `deadline`.
    error RedemptionExpired(uint256 deadline);
    /// @notice The signature is not the buyer's.
    error InvalidSignature(address buyer);
    /// @notice The buyer signed for another number of stamps than the program's reward threshold.
    error WrongRewardStamps(uint32 required, uint32 signed);
    /// @notice The card holds fewer stamps than the reward needs.
    error NotEnoughStamps(uint256 shopId, address buyer, uint32 balance, uint32 required);

    /// @notice A shop opened its program.
    event ProgramRegistered(uint256 indexed shopId, uint32 stampsPerOrder, uint32 rewardThreshold, bytes rewardCid);
    /// @notice A shop changed its reward (stamps needed and description).
    event RewardUpdated(uint256 indexed shopId, uint32 rewardThreshold, bytes rewardCid);
    /// @notice A shop paused or resumed its program.
    event ProgramActiveChanged(uint256 indexed shopId, bool isActive);
    /// @notice An order earned its buyer `stamps`; `balance` is the card's new balance.
    event StampsEarned(
        uint256 indexed shopId, address indexed buyer, uint256 indexed orderId, uint32 stamps, uint32 balance
    );
    /// @notice A manager (`by`) redeemed `stamps` of the buyer's card for one reward; `balance` is what is left.
    event RewardRedeemed(
        uint256 indexed shopId, address indexed buyer, address indexed by, uint32 stamps, uint32 balance, uint256 nonce
    );

    /// @notice A shop manager opens the shop's program (active at once). Name this contract as the shop's order hook
    ///  in the registry (or in its fan-out) for stamps to come automatically.
    /// @dev Emits {ProgramRegistered}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - the shop already has a program                  → ProgramExists(shopId)
    ///  - stamps per order not 1–max, or threshold 0      → InvalidProgram(stampsPerOrder, rewardThreshold)
    ///  - the CID is empty or too long                    → InvalidCid(length)
    function registerProgram(uint256 shopId, uint32 stampsPerOrder, uint32 rewardThreshold, bytes calldata rewardCid)
        external;

    /// @notice A shop manager changes the reward: stamps needed and its description.
    /// @dev Emits {RewardUpdated}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - the shop has no program                         → NoProgram(shopId)
    ///  - `rewardThreshold` is zero                       → InvalidProgram(stampsPerOrder, rewardThreshold)
    ///  - the CID is empty or too long                    → InvalidCid(length)
    function updateReward(uint256 shopId, uint32 rewardThreshold, bytes calldata rewardCid) external;

    /// @notice A shop manager pauses or resumes earning stamps (redeeming stays possible while paused).
    /// @dev Emits {ProgramActiveChanged}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - the shop has no program                         → NoProgram(shopId)
    function setProgramActive(uint256 shopId, bool isActive) external;

    /// @notice The escrow (or a fan-out it called) tells that an order of a shop whose hook is this contract
    ///  completed: its buyer earns the program's stamps. Same checks and effects as {claimStamps}, except that the
    ///  escrow's own call is not asked to prove the terms (the escrow calls its hook only with the order it is
    ///  completing); a revert here never blocks the payment (the escrow isolates hooks). Delivery and dispute
    ///  resolution earn nothing: the other two {IOrderHook} functions do nothing.
    /// @dev Emits {StampsEarned}. Reverts as {claimStamps}.
    function onOrderCompleted(uint256 orderId, Order calldata order) external;

    /// @notice Anyone stamps a completed order that earned nothing at completion (no hook, or another one): the
    ///  stamps go to `order.buyer`. Verified against the escrow, so it mints nothing a real purchase did not earn.
    /// @dev Emits {StampsEarned}. Reverts if:
    ///  - the shop has no program                         → NoProgram(shopId)
    ///  - the program is paused                           → ProgramInactive(shopId)
    ///  - the escrow has no such order                    → UnknownOrder(orderId)
    ///  - the order is not `Completed`                    → OrderNotCompleted(orderId, status)
    ///  - the shop never accepted it                      → NotShopAccepted(orderId)
    ///  - the order already earned its stamps             → AlreadyStamped(orderId)
    function claimStamps(uint256 orderId, Order calldata order) external;

    /// @notice A shop manager redeems one reward with the buyer's signed consent (typically at the counter).
    ///  Checks, in order: manager, deadline, nonce (consumed), digest, signature (ECDSA or EIP-1271), then the card.
    /// @dev Emits {RewardRedeemed}. Reverts if:
    ///  - the caller does not manage the shop            → NotShopManager(shopId, caller)
    ///  - `block.timestamp > redemption.deadline`         → RedemptionExpired(deadline)
    ///  - the nonce was used or revoked                   → NonceAlreadyUsed(buyer, nonce)
    ///  - the signature is not the buyer's                → InvalidSignature(buyer)
    ///  - the shop has no program                         → NoProgram(shopId)
    ///  - `stamps` differs from the reward threshold      → WrongRewardStamps(required, signed)
    ///  - the card holds fewer stamps                     → NotEnoughStamps(shopId, buyer, balance, required)
    function redeemReward(RewardRedemption calldata redemption, bytes calldata signature) external;

    /// @notice The shop's program (`stampsPerOrder` 0 when none).
    function programOf(uint256 shopId) external view returns (Program memory);

    /// @notice The buyer's card at the shop.
    function cardOf(uint256 shopId, address buyer) external view returns (StampCard memory);

    /// @notice Whether the order earned its stamps.
    function isStamped(uint256 orderId) external view returns (bool);

    /// @notice How many buyers earned at least `minStamps` stamps at the shop, ever (redeeming does not lower it):
    ///  a count, nothing else. 0 without program; `minStamps` 0 counts every stamped buyer.
    function regularCount(uint256 shopId, uint32 minStamps) external view returns (uint256);

    /// @notice The EIP-712 digest a buyer signs for `redemption`.
    function redemptionDigest(RewardRedemption calldata redemption) external view returns (bytes32);
}
