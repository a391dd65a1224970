// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";
import {IShopRegistry} from "../interfaces/IShopRegistry.sol";
import {isValidSignatureNow} from "../libraries/SignatureCheck.sol";
import {Order, OrderFacts, OrderStatus} from "../types/MarketTypes.sol";
import {UnorderedNonces} from "../utils/UnorderedNonces.sol";
import {ILoyaltyStamps} from "./interfaces/ILoyaltyStamps.sol";

/// @title LoyaltyStamps
/// @notice Per-shop stamp cards earned by completed, accepted orders; see {ILoyaltyStamps}.
contract LoyaltyStamps is ILoyaltyStamps, EIP712, UnorderedNonces {
    /// @notice EIP-712 type of a buyer's consent to redeem a reward.
    bytes32 public constant REDEMPTION_TYPEHASH =
        keccak256("RewardRedemption(uint256 shopId,address buyer,uint32 stamps,uint256 nonce,uint256 deadline)");
    /// @notice Most stamps one order may earn.
    uint32 public constant MAX_STAMPS_PER_ORDER = 100;
    /// @notice Longest reward CID, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;

    /// @notice The escrow whose completed orders earn stamps.
    IEscrow public immutable escrow;
    /// @notice The registry that says who manages a shop.
    IShopRegistry public immutable registry;

    mapping(uint256 shopId => Program) private _programs;
    mapping(uint256 shopId => mapping(address buyer => StampCard)) private _cards;
    mapping(uint256 orderId => bool) private _isStamped;
    /// @dev Number of buyers with at least `orders` stamped orders at the shop: the regulars histogram.
    mapping(uint256 shopId => mapping(uint256 orders => uint256 buyers)) private _buyersWithOrders;

    constructor(IEscrow escrow_, IShopRegistry registry_) EIP712("Grandrue Loyalty", "1") {
        escrow = escrow_;
        registry = registry_;
    }

    // ─── Programs ───────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILoyaltyStamps
    function registerProgram(uint256 shopId, uint32 stampsPerOrder, uint32 rewardThreshold, bytes calldata rewardCid)
        external
    {
        _requireShopManager(shopId);
        if (_programs[shopId].stampsPerOrder != 0) revert ProgramExists(shopId);
        if (stampsPerOrder == 0 || stampsPerOrder > MAX_STAMPS_PER_ORDER || rewardThreshold == 0) {
            revert InvalidProgram(stampsPerOrder, rewardThreshold);
        }
        _checkCid(rewardCid);
        _programs[shopId] =
            Program({stampsPerOrder: stampsPerOrder, rewardThreshold: rewardThreshold, isActive: true});
        emit ProgramRegistered(shopId, stampsPerOrder, rewardThreshold, rewardCid);
    }

    /// @inheritdoc ILoyaltyStamps
    function updateReward(uint256 shopId, uint32 rewardThreshold, bytes calldata rewardCid) external {
        _requireShopManager(shopId);
        Program storage program = _requireProgram(shopId);
        if (rewardThreshold == 0) revert InvalidProgram(program.stampsPerOrder, rewardThreshold);
        _checkCid(rewardCid);
        program.rewardThreshold = rewardThreshold;
        emit RewardUpdated(shopId, rewardThreshold, rewardCid);
    }

    /// @inheritdoc ILoyaltyStamps
    function setProgramActive(uint256 shopId, bool isActive) external {
        _requireShopManager(shopId);
        _requireProgram(shopId).isActive = isActive;
        emit ProgramActiveChanged(shopId, isActive);
    }

    // ─── Earning ────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILoyaltyStamps
    function onOrderCompleted(uint256 orderId, Order calldata order) external {
        _stamp(orderId, order);
    }

    /// @notice Delivery earns nothing: the stamp comes at completion.
    function onOrderDelivered(uint256, Order calldata) external pure {}

    /// @notice A dispute's end earns nothing: only completed orders earn stamps.
    function onDisputeResolved(uint256, Order calldata, uint256, uint256) external pure {}

    /// @inheritdoc ILoyaltyStamps
    function claimStamps(uint256 orderId, Order calldata order) external {
        _stamp(orderId, order);
    }

    // ─── Redeeming ──────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILoyaltyStamps
    function redeemReward(RewardRedemption calldata redemption, bytes calldata signature) external {
        uint256 shopId = redemption.shopId;
        address buyer = redemption.buyer;
        _requireShopManager(shopId);
        if (block.timestamp > redemption.deadline) revert RedemptionExpired(redemption.deadline);
        _useNonce(buyer, redemption.nonce);
        if (!isValidSignatureNow(buyer, redemptionDigest(redemption), signature)) revert InvalidSignature(buyer);
        uint32 required = _requireProgram(shopId).rewardThreshold;
        if (redemption.stamps != required) revert WrongRewardStamps(required, redemption.stamps);
        StampCard storage card = _cards[shopId][buyer];
        uint32 balance = card.balance;
        if (balance < required) revert NotEnoughStamps(shopId, buyer, balance, required);

        balance -= required;
        card.balance = balance;
        emit RewardRedeemed(shopId, buyer, msg.sender, required, balance, redemption.nonce);
    }

    // ─── Views ──────────────────────────────────────────────────────────────────────────────────────────────

    /// @inheritdoc ILoyaltyStamps
    function programOf(uint256 shopId) external view returns (Program memory) {
        return _programs[shopId];
    }

    /// @inheritdoc ILoyaltyStamps
    function cardOf(uint256 shopId, address buyer) external view returns (StampCard memory) {
        return _cards[shopId][buyer];
    }

    /// @inheritdoc ILoyaltyStamps
    function isStamped(uint256 orderId) external view returns (bool) {
        return _isStamped[orderId];
    }

    /// @inheritdoc ILoyaltyStamps
    function regularCount(uint256 shopId, uint32 minStamps) external view returns (uint256) {
        uint256 stampsPerOrder = _programs[shopId].stampsPerOrder;
        if (stampsPerOrder == 0) return 0;
        // Lifetime stamps are orders × stampsPerOrder (fixed per program): round the orders needed up, at least 1.
        uint256 ordersNeeded = (uint256(minStamps) + stampsPerOrder - 1) / stampsPerOrder;
        return _buyersWithOrders[shopId][ordersNeeded == 0 ? 1 : ordersNeeded];
    }

    /// @inheritdoc ILoyaltyStamps
    function redemptionDigest(RewardRedemption calldata redemption) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    REDEMPTION_TYPEHASH,
                    redemption.shopId,
                    redemption.buyer,
                    redemption.stamps,
                    redemption.nonce,
                    redemption.deadline
                )
            )
        );
    }

    /// @notice The EIP-712 domain separator (chain id and this contract's address are part of it).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ─── Internals ──────────────────────────────────────────────────────────────────────────────────────────

    /// @dev Both earning paths: the program, then the escrow's facts (real order, completed, accepted), once. The
    ///  escrow calls its hook only with the terms of the order it is completing, so its own call needs only the
    ///  shop's acceptance; other callers (a fan-out, {claimStamps}) prove the terms and the completion.
    function _stamp(uint256 orderId, Order calldata order) private {
        uint256 shopId = order.shopId;
        uint32 stamps = _requireActiveProgram(shopId).stampsPerOrder;
        if (msg.sender == address(escrow)) {
            if (!escrow.isShopAccepted(orderId)) revert NotShopAccepted(orderId);
        } else {
            _requireCompletedAndAccepted(orderId, order);
        }
        if (_isStamped[orderId]) revert AlreadyStamped(orderId);

        _isStamped[orderId] = true;
        StampCard storage card = _cards[shopId][order.buyer];
        uint32 balance = card.balance + stamps;
        uint32 orders = card.orders + 1;
        card.balance = balance;
        card.orders = orders;
        ++_buyersWithOrders[shopId][orders];
        emit StampsEarned(shopId, order.buyer, orderId, stamps, balance);
    }

    function _requireCompletedAndAccepted(uint256 orderId, Order calldata order) private view {
        if (!escrow.verifyOrder(orderId, order)) revert UnknownOrder(orderId);
        OrderFacts memory facts = escrow.orderFacts(orderId);
        if (facts.status != OrderStatus.Completed) revert OrderNotCompleted(orderId, facts.status);
        if (!facts.isShopAccepted) revert NotShopAccepted(orderId);
    }

    function _requireActiveProgram(uint256 shopId) private view returns (Program storage program) {
        program = _requireProgram(shopId);
        if (!program.isActive) revert ProgramInactive(shopId);
    }

    function _requireProgram(uint256 shopId) private view returns (Program storage program) {
        program = _programs[shopId];
        if (program.stampsPerOrder == 0) revert NoProgram(shopId);
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }

    function _requireShopManager(uint256 shopId) private view {
        if (!registry.isShopManager(shopId, msg.sender)) revert NotShopManager(shopId, msg.sender);
    }
}
