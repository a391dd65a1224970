// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Escrow} from "../../../contracts/Escrow.sol";
import {ShopRegistry} from "../../../contracts/ShopRegistry.sol";
import {MediatorArbitrator} from "../../../contracts/arbitration/MediatorArbitrator.sol";
import {GuaranteeBonds} from "../../../contracts/services/GuaranteeBonds.sol";
import {IGuaranteeBonds} from "../../../contracts/services/interfaces/IGuaranteeBonds.sol";
import {Order, OrderRequest, ShopTerms} from "../../../contracts/types/MarketTypes.sol";
import {Test} from "../utils/Vm.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Drives the shop, its buyer and the mediator through random deposits, withdrawal notices, withdrawals,
///  claims, rulings and lapses on the ETH bond, and keeps the ledger the invariants compare the bond with.
contract BondsHandler is Test {
    GuaranteeBonds internal immutable bonds;
    Escrow internal immutable escrow;
    ShopRegistry internal immutable registry;
    MediatorArbitrator internal immutable mediator;
    uint256 internal immutable shopId;
    address internal immutable merchant;
    address internal immutable mediatorAccount;
    address internal constant BUYER = address(0xB1);
    address internal constant SINK = address(0x51CC);

    uint256 public totalDeposited;
    uint256 public totalWithdrawn;
    uint256 public totalPaid;
    uint256 public openClaimsTotal;
    uint256[] internal _openClaims;
    uint256 internal _nonce;
    mapping(string action => uint256) public successes;

    constructor(
        GuaranteeBonds bonds_,
        Escrow escrow_,
        ShopRegistry registry_,
        MediatorArbitrator mediator_,
        uint256 shopId_,
        address merchant_,
        address mediatorAccount_
    ) {
        bonds = bonds_;
        escrow = escrow_;
        registry = registry_;
        mediator = mediator_;
        shopId = shopId_;
        merchant = merchant_;
        mediatorAccount = mediatorAccount_;
    }

    function selectors() external pure returns (bytes4[] memory list) {
        list = new bytes4[](7);
        list[0] = this.deposit.selector;
        list[1] = this.announce.selector;
        list[2] = this.withdraw.selector;
        list[3] = this.fileClaim.selector;
        list[4] = this.rule.selector;
        list[5] = this.lapse.selector;
        list[6] = this.wait.selector;
    }

    function deposit(uint256 seed) external {
        uint256 amount = bound(seed, 1, 100 ether);
        vm.deal(merchant, merchant.balance + amount);
        vm.prank(merchant);
        bonds.deposit{value: amount}(shopId, address(0), amount);
        totalDeposited += amount;
        ++successes["deposit"];
    }

    function announce(uint256 seed) external {
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, address(0), bound(seed, 0, 100 ether));
        ++successes["announce"];
    }

    function withdraw(uint256 seed) external {
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        if (bond.announcedAmount == 0 || bond.balance == bond.locked) return;
        uint256 target = uint256(bond.withdrawableAt) + bound(seed, 0, bonds.WITHDRAWAL_WINDOW());
        if (target > block.timestamp) vm.warp(target);
        if (block.timestamp > uint256(bond.withdrawableAt) + bonds.WITHDRAWAL_WINDOW()) return;
        uint256 sinkBefore = SINK.balance;
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), SINK);
        totalWithdrawn += SINK.balance - sinkBefore;
        ++successes["withdraw"];
    }

    function fileClaim(uint256 amountSeed, uint256 claimSeed) external {
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        uint256 free = bond.balance - bond.locked;
        if (free == 0) return;
        uint128 orderAmount = uint128(bound(amountSeed, 1, 10 ether));
        (uint256 orderId, Order memory order) = _completedOrder(orderAmount);
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        uint128 claimAmount = uint128(bound(claimSeed, 1, orderAmount < free ? orderAmount : free));
        vm.prank(BUYER);
        bonds.fileClaim(orderId, order, claimAmount, hex"0155");
        _openClaims.push(orderId);
        openClaimsTotal += claimAmount;
        ++successes["fileClaim"];
    }

    function rule(uint256 indexSeed, uint256 rulingSeed) external {
        if (_openClaims.length == 0) return;
        uint256 orderId = _takeOpenClaim(indexSeed);
        IGuaranteeBonds.Claim memory claim = bonds.claimOf(orderId);
        uint256 ruling = bound(rulingSeed, 0, 2);
        vm.prank(mediatorAccount);
        mediator.giveRuling(claim.disputeId, ruling);
        if (ruling == 1) totalPaid += claim.amount;
        ++successes["rule"];
    }

    function lapse(uint256 indexSeed) external {
        if (_openClaims.length == 0) return;
        uint256 orderId = _takeOpenClaim(indexSeed);
        uint256 lapsesAt = uint256(bonds.claimOf(orderId).filedAt) + bonds.CLAIM_TIMEOUT();
        if (block.timestamp <= lapsesAt) vm.warp(lapsesAt + 1);
        bonds.closeLapsedClaim(orderId);
        ++successes["lapse"];
    }

    function wait(uint256 seed) external {
        vm.warp(block.timestamp + bound(seed, 1 hours, 30 days));
        ++successes["wait"];
    }

    function _takeOpenClaim(uint256 indexSeed) private returns (uint256 orderId) {
        uint256 index = indexSeed % _openClaims.length;
        orderId = _openClaims[index];
        _openClaims[index] = _openClaims[_openClaims.length - 1];
        _openClaims.pop();
        openClaimsTotal -= bonds.claimOf(orderId).amount;
    }

    function _completedOrder(uint128 amount) private returns (uint256 orderId, Order memory order) {
        (address payout, ShopTerms memory terms, address hook) = registry.checkoutTerms(shopId);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = OrderRequest({
            shopId: shopId,
            payout: payout,
            token: address(0),
            amount: amount,
            deliveryFee: 0,
            carrier: address(0),
            arbitrator: address(mediator),
            hook: hook,
            terms: terms,
            itemsDigest: keccak256(abi.encode("bond handler order", ++_nonce)),
            shippingDigest: bytes32(0),
            codeHash: keccak256(abi.encode(bytes32("code")))
        });
        order = Order({
            buyer: BUYER,
            shopId: shopId,
            payout: payout,
            token: address(0),
            amount: amount,
            deliveryFee: 0,
            carrier: address(0),
            arbitrator: address(mediator),
            hook: hook,
            shipHours: terms.shipHours,
            deliveryHours: terms.deliveryHours,
            returnHours: terms.returnHours,
            codeHash: requests[0].codeHash,
            detailsHash: keccak256(abi.encode(requests[0].itemsDigest, requests[0].shippingDigest))
        });
        vm.deal(BUYER, BUYER.balance + amount);
        vm.prank(BUYER);
        orderId = escrow.checkout{value: amount}(requests)[0];
        vm.prank(merchant);
        escrow.accept(order);
        vm.prank(BUYER);
        escrow.release(order);
    }
}

/// @notice The bond's money invariants under random sequences of every bond action.
contract GuaranteeBondsInvariantTest is ServicesFixture {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    BondsHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BondsHandler(bonds, escrow, registry, mediator, shopId, merchant, mediatorAccount);
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), 730 days);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: handler.selectors()});
    }

    /// @notice Bonds never pay out (claims plus withdrawals) more than was deposited — the balance is exactly
    ///  deposits minus what left it, and the contract holds exactly that — and never fall below the amount locked
    ///  by open claims, which is exactly their sum. (One invariant function: each runs its own fuzzing campaign.)
    function invariant_bondsNeverPayMoreThanDepositedNorBelowLockedClaims() public view {
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        uint256 paidOut = handler.totalPaid() + handler.totalWithdrawn();
        assertLe(paidOut, handler.totalDeposited(), "paid out at most what was deposited");
        assertEq(bond.balance, handler.totalDeposited() - paidOut, "balance is deposits minus payouts");
        assertEq(address(bonds).balance, bond.balance, "the contract holds exactly the bond");
        assertGe(bond.balance, bond.locked, "balance covers the locked claims");
        assertEq(bond.locked, handler.openClaimsTotal(), "locked is the open claims' sum");
    }

    /// @notice The handler reaches every action's success path, so the invariants above are not vacuous.
    function test_handler_reachesEveryAction() public {
        bytes4[] memory actions = handler.selectors();
        for (uint256 i; i < 300; ++i) {
            bytes32 entropy = keccak256(abi.encode("bond step", i));
            bytes4 action = actions[uint256(entropy) % actions.length];
            (bool isDone,) = address(handler).call(
                abi.encodePacked(action, keccak256(abi.encode(entropy, 1)), keccak256(abi.encode(entropy, 2)))
            );
            assertTrue(isDone, "handler action reverted");
        }
        string[7] memory reached = ["deposit", "announce", "withdraw", "fileClaim", "rule", "lapse", "wait"];
        for (uint256 i; i < reached.length; ++i) {
            assertGe(handler.successes(reached[i]), 1, reached[i]);
        }
        invariant_bondsNeverPayMoreThanDepositedNorBelowLockedClaims();
    }
}
