// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Escrow} from "../../../contracts/Escrow.sol";
import {ShopRegistry} from "../../../contracts/ShopRegistry.sol";
import {LoyaltyStamps} from "../../../contracts/services/LoyaltyStamps.sol";
import {ILoyaltyStamps} from "../../../contracts/services/interfaces/ILoyaltyStamps.sol";
import {Order, OrderRequest, ShopTerms} from "../../../contracts/types/MarketTypes.sol";
import {Test} from "../utils/Vm.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Drives three buyers and the shop through purchases (accepted or not, with the hook or without), late
///  stamp claims, reward redemptions and forgery attempts, and keeps the ledger the invariants compare cards with.
contract LoyaltyHandler is Test {
    LoyaltyStamps internal immutable loyalty;
    Escrow internal immutable escrow;
    ShopRegistry internal immutable registry;
    uint256 internal immutable shopId;
    address internal immutable merchant;
    uint32 public immutable stampsPerOrder;
    uint32 public immutable rewardThreshold;

    uint256[3] internal _keys = [uint256(0xB1), 0xB2, 0xB3];
    address[3] internal _buyers;
    /// @notice Completed orders the shop accepted, per buyer.
    mapping(address buyer => uint256) public acceptedOrders;
    /// @notice Of those, the ones still waiting for a late claim (completed without the hook).
    mapping(address buyer => uint256) public unclaimedOrders;
    mapping(address buyer => uint256) public redeemedStamps;
    /// @notice Calls that minted stamps without a real, first-time completed purchase (must stay 0).
    uint256 public forgeries;
    uint256 internal _nonce;
    uint256[] internal _unclaimed;
    mapping(uint256 orderId => Order) internal _orders;
    uint256[] internal _unaccepted;
    uint256[] internal _stamped;
    mapping(string action => uint256) public successes;

    constructor(LoyaltyStamps loyalty_, Escrow escrow_, ShopRegistry registry_, uint256 shopId_, address merchant_) {
        loyalty = loyalty_;
        escrow = escrow_;
        registry = registry_;
        shopId = shopId_;
        merchant = merchant_;
        for (uint256 i; i < 3; ++i) {
            _buyers[i] = vm.addr(_keys[i]);
        }
        ILoyaltyStamps.Program memory program = loyalty_.programOf(shopId_);
        stampsPerOrder = program.stampsPerOrder;
        rewardThreshold = program.rewardThreshold;
    }

    function selectors() external pure returns (bytes4[] memory list) {
        list = new bytes4[](4);
        list[0] = this.buy.selector;
        list[1] = this.claimLate.selector;
        list[2] = this.redeem.selector;
        list[3] = this.forge.selector;
    }

    function buyer(uint256 index) public view returns (address) {
        return _buyers[index % 3];
    }

    /// @notice A buyer completes an order; the shop accepts it or not, and its hook is this contract or nothing.
    function buy(uint256 buyerSeed, uint256 flags) external {
        address buyer_ = buyer(buyerSeed);
        bool isAccepted = flags & 1 == 0;
        bool isHooked = flags & 2 == 0;
        vm.prank(merchant);
        registry.setOrderHook(shopId, isHooked ? address(loyalty) : address(0));
        (uint256 orderId, Order memory order) = _place(buyer_);
        if (isAccepted) {
            vm.prank(merchant);
            escrow.accept(order);
        }
        vm.prank(buyer_);
        escrow.release(order);
        _orders[orderId] = order;
        if (!isAccepted) {
            _unaccepted.push(orderId);
        } else {
            ++acceptedOrders[buyer_];
            if (isHooked) {
                _stamped.push(orderId);
            } else {
                ++unclaimedOrders[buyer_];
                _unclaimed.push(orderId);
            }
        }
        ++successes["buy"];
    }

    /// @notice Anyone stamps a real purchase that completed without the hook.
    function claimLate(uint256 indexSeed) external {
        if (_unclaimed.length == 0) return;
        uint256 index = indexSeed % _unclaimed.length;
        uint256 orderId = _unclaimed[index];
        _unclaimed[index] = _unclaimed[_unclaimed.length - 1];
        _unclaimed.pop();
        Order memory order = _orders[orderId];
        loyalty.claimStamps(orderId, order);
        --unclaimedOrders[order.buyer];
        _stamped.push(orderId);
        ++successes["claimLate"];
    }

    /// @notice The shop redeems one reward of a buyer who holds enough stamps, with the buyer's signature.
    function redeem(uint256 buyerSeed) external {
        uint256 key = _keys[buyerSeed % 3];
        address buyer_ = _buyers[buyerSeed % 3];
        if (loyalty.cardOf(shopId, buyer_).balance < rewardThreshold) return;
        ILoyaltyStamps.RewardRedemption memory redemption = ILoyaltyStamps.RewardRedemption({
            shopId: shopId,
            buyer: buyer_,
            stamps: rewardThreshold,
            nonce: ++_nonce,
            deadline: block.timestamp
        });
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, loyalty.redemptionDigest(redemption));
        vm.prank(merchant);
        loyalty.redeemReward(redemption, abi.encodePacked(r, s, v));
        redeemedStamps[buyer_] += rewardThreshold;
        ++successes["redeem"];
    }

    /// @notice Tries to mint stamps without a real, first-time purchase: a claim for an order the shop never
    ///  accepted, a second claim for a stamped order, or a hook call that does not come from the escrow. Each
    ///  success is a forgery.
    function forge(uint256 seed) external {
        uint256 attempt = seed % 3;
        uint256[] storage pool = attempt == 0 ? _unaccepted : _stamped;
        if (pool.length == 0) return;
        uint256 orderId = pool[(seed >> 8) % pool.length];
        Order memory order = _orders[orderId];
        if (attempt == 2) {
            vm.prank(order.buyer);
            try loyalty.onOrderCompleted(orderId, order) {
                ++forgeries;
            } catch {}
        } else {
            try loyalty.claimStamps(orderId, order) {
                ++forgeries;
            } catch {}
        }
        ++successes["forge"];
    }

    function _place(address buyer_) private returns (uint256 orderId, Order memory order) {
        (address payout, ShopTerms memory terms, address hook) = registry.checkoutTerms(shopId);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = OrderRequest({
            shopId: shopId,
            payout: payout,
            token: address(0),
            amount: 0.01 ether,
            deliveryFee: 0,
            carrier: address(0),
            arbitrator: address(0),
            hook: hook,
            terms: terms,
            itemsDigest: keccak256(abi.encode("loyalty handler order", ++_nonce)),
            shippingDigest: bytes32(0),
            codeHash: keccak256(abi.encode(bytes32("code")))
        });
        order = Order({
            buyer: buyer_,
            shopId: shopId,
            payout: payout,
            token: address(0),
            amount: 0.01 ether,
            deliveryFee: 0,
            carrier: address(0),
            arbitrator: address(0),
            hook: hook,
            shipHours: terms.shipHours,
            deliveryHours: terms.deliveryHours,
            returnHours: terms.returnHours,
            codeHash: requests[0].codeHash,
            detailsHash: keccak256(abi.encode(requests[0].itemsDigest, requests[0].shippingDigest))
        });
        vm.deal(buyer_, buyer_.balance + 0.01 ether);
        vm.prank(buyer_);
        orderId = escrow.checkout{value: 0.01 ether}(requests)[0];
    }
}

/// @notice The loyalty invariants under random sequences of purchases, late claims, redemptions and forgeries.
contract LoyaltyStampsInvariantTest is ServicesFixture {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    LoyaltyHandler internal handler;

    function setUp() public override {
        super.setUp();
        vm.prank(merchant);
        loyalty.registerProgram(shopId, 3, 9, REWARD_CID);
        handler = new LoyaltyHandler(loyalty, escrow, registry, shopId, merchant);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: handler.selectors()});
    }

    /// @notice Every card holds exactly (completed accepted orders stamped) × stamps per order − stamps redeemed, and
    ///  counts those orders (every such order is stamped once its late claim is made); no call ever minted stamps
    ///  without a real, first-time purchase; the regulars count matches the cards. (One invariant function: each
    ///  runs its own fuzzing campaign.)
    function invariant_stampsAreAcceptedCompletedOrdersTimesRateMinusRedeemed() public view {
        uint256 rate = handler.stampsPerOrder();
        uint256[3] memory lifetimes;
        for (uint256 i; i < 3; ++i) {
            address buyer_ = handler.buyer(i);
            uint256 stampedOrders = handler.acceptedOrders(buyer_) - handler.unclaimedOrders(buyer_);
            ILoyaltyStamps.StampCard memory card = loyalty.cardOf(shopId, buyer_);
            assertEq(card.orders, stampedOrders, "orders stamped");
            assertEq(card.balance, stampedOrders * rate - handler.redeemedStamps(buyer_), "stamp balance");
            lifetimes[i] = stampedOrders * rate;
        }
        assertEq(handler.forgeries(), 0, "a forgery minted stamps");
        // The regulars count at a few thresholds (rounding up between multiples of the rate) matches the cards.
        uint32[3] memory thresholds = [uint32(1), uint32(rate + 1), uint32(4 * rate)];
        for (uint256 t; t < 3; ++t) {
            uint256 expected;
            for (uint256 i; i < 3; ++i) {
                if (lifetimes[i] >= thresholds[t]) ++expected;
            }
            assertEq(loyalty.regularCount(shopId, thresholds[t]), expected, "regulars");
        }
    }

    /// @notice The handler reaches every action's success path, so the invariants above are not vacuous.
    function test_handler_reachesEveryAction() public {
        bytes4[] memory actions = handler.selectors();
        for (uint256 i; i < 200; ++i) {
            bytes32 entropy = keccak256(abi.encode("loyalty step", i));
            bytes4 action = actions[uint256(entropy) % actions.length];
            (bool isDone,) = address(handler).call(
                abi.encodePacked(action, keccak256(abi.encode(entropy, 1)), keccak256(abi.encode(entropy, 2)))
            );
            assertTrue(isDone, "handler action reverted");
        }
        string[4] memory reached = ["buy", "claimLate", "redeem", "forge"];
        for (uint256 i; i < reached.length; ++i) {
            assertGe(handler.successes(reached[i]), 1, reached[i]);
        }
        invariant_stampsAreAcceptedCompletedOrdersTimesRateMinusRedeemed();
    }
}
