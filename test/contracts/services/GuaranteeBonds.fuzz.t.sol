// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IGuaranteeBonds} from "../../../contracts/services/interfaces/IGuaranteeBonds.sol";
import {Order} from "../../../contracts/types/MarketTypes.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Fuzz tests of the bond's money paths (deposits, claims paid or dismissed, withdrawals), each with a concrete
///  twin that calls it with typical values.
contract GuaranteeBondsFuzzTest is ServicesFixture {
    uint40 internal constant PERIOD = 730 days;
    /// @dev Below a bond's 96 bits, twice over (two top-ups).
    uint128 internal constant MAX_AMOUNT = 1e28;

    function setUp() public override {
        super.setUp();
        vm.prank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), PERIOD);
    }

    function _deposit(uint128 amount) internal {
        vm.deal(merchant, merchant.balance + amount);
        vm.prank(merchant);
        bonds.deposit{value: amount}(shopId, address(0), amount);
    }

    /// @notice A covered order of `orderAmount` with an open claim of `claimAmount`; returns the dispute id.
    function _claim(uint128 orderAmount, uint128 claimAmount) internal returns (uint256 orderId, uint256 disputeId) {
        Order memory order;
        (orderId, order) = _completedOrder(buyer, address(0), orderAmount, address(mediator));
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.prank(buyer);
        bonds.fileClaim(orderId, order, claimAmount, EVIDENCE_CID);
        disputeId = bonds.claimOf(orderId).disputeId;
    }

    // ─── deposit ────────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_deposit_accumulatesEveryTopUp(uint128 first, uint128 second) public {
        first = uint128(bound(first, 1, MAX_AMOUNT));
        second = uint128(bound(second, 1, MAX_AMOUNT));
        _deposit(first);
        _deposit(second);
        assertEq(bonds.bondOf(shopId, address(0)).balance, uint256(first) + second, "bond balance");
        assertEq(address(bonds).balance, uint256(first) + second, "contract balance");
    }

    function test_deposit_accumulatesEveryTopUp() public {
        testFuzz_deposit_accumulatesEveryTopUp(5 ether, 2 ether);
    }

    // ─── rule ───────────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_rule_paysExactlyTheUpheldClaimAndKeepsTheRest(
        uint128 deposited,
        uint128 orderAmount,
        uint128 claimAmount,
        uint8 ruling
    ) public {
        deposited = uint128(bound(deposited, 1, MAX_AMOUNT));
        orderAmount = uint128(bound(orderAmount, 1, MAX_AMOUNT));
        uint128 maxClaim = orderAmount < deposited ? orderAmount : deposited;
        claimAmount = uint128(bound(claimAmount, 1, maxClaim));
        ruling = uint8(bound(ruling, 0, 2));
        _deposit(deposited);
        (uint256 orderId, uint256 disputeId) = _claim(orderAmount, claimAmount);
        uint256 buyerBefore = buyer.balance;

        vm.prank(mediatorAccount);
        mediator.giveRuling(disputeId, ruling);

        uint256 paid = ruling == 1 ? claimAmount : 0;
        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(buyer.balance, buyerBefore + paid, "buyer received the claim only if upheld");
        assertEq(bond.balance, deposited - paid, "bond keeps the rest");
        assertEq(bond.locked, 0, "nothing stays locked");
        assertEq(address(bonds).balance, bond.balance, "the contract holds exactly the bond");
        IGuaranteeBonds.ClaimStatus expected =
            ruling == 1 ? IGuaranteeBonds.ClaimStatus.Upheld : IGuaranteeBonds.ClaimStatus.Dismissed;
        assertEq(uint8(bonds.claimOf(orderId).status), uint8(expected), "claim status");
    }

    function test_rule_paysExactlyTheUpheldClaimAndKeepsTheRest() public {
        testFuzz_rule_paysExactlyTheUpheldClaimAndKeepsTheRest(5 ether, 1 ether, 0.6 ether, 1);
    }

    // ─── withdraw ───────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_withdraw_neverTakesCollateralLockedByAClaim(
        uint128 deposited,
        uint128 claimAmount,
        uint128 announced
    ) public {
        deposited = uint128(bound(deposited, 1, MAX_AMOUNT));
        claimAmount = uint128(bound(claimAmount, 1, deposited));
        announced = uint128(bound(announced, 1, MAX_AMOUNT));
        _deposit(deposited);
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, address(0), announced);
        (, uint256 disputeId) = _claim(claimAmount, claimAmount);
        vm.warp(bonds.bondOf(shopId, address(0)).withdrawableAt);

        uint128 free = deposited - claimAmount;
        uint128 expected = announced < free ? announced : free;
        address to = address(0x7E57);
        if (expected == 0) {
            vm.expectRevert(abi.encodeWithSelector(IGuaranteeBonds.NothingToWithdraw.selector, shopId, address(0)));
        }
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), to);

        IGuaranteeBonds.Bond memory bond = bonds.bondOf(shopId, address(0));
        assertEq(to.balance, expected, "withdrawn: the announced amount, at most the free collateral");
        assertGe(bond.balance, bond.locked, "balance never below the locked claims");
        assertEq(bond.locked, claimAmount, "the claim stays locked");

        uint256 buyerBefore = buyer.balance;
        vm.prank(mediatorAccount);
        mediator.giveRuling(disputeId, 1);
        assertEq(buyer.balance, buyerBefore + claimAmount, "the claim is still paid in full");
    }

    function test_withdraw_neverTakesCollateralLockedByAClaim() public {
        testFuzz_withdraw_neverTakesCollateralLockedByAClaim(5 ether, 1 ether, 5 ether);
    }
}
