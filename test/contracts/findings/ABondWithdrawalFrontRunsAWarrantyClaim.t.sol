// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../../../contracts/types/MarketTypes.sol";
import {ServicesFixture} from "../services/utils/ServicesFixture.sol";

/// @notice Finding (issue 11, hole 9): once a bond withdrawal's notice had run, the shop could see a buyer's warranty
///  claim in the mempool and withdraw first, emptying the bond so the claim failed, although docs/composing.md said a
///  withdrawal could never front-run a claim. Whether a claim is covered no longer depends on transaction order: from
///  the end of the notice the announced amount is out of claims' reach, withdrawn or not; claims filed during the
///  notice lock their amount before it ends.
contract ABondWithdrawalFrontRunsAWarrantyClaimTest is ServicesFixture {
    uint40 internal constant PERIOD = 365 days;
    uint256 internal orderId;
    Order internal order;

    function setUp() public override {
        super.setUp();
        vm.startPrank(merchant);
        bonds.setWarrantyPeriod(shopId, address(0), PERIOD);
        vm.deal(merchant, 1 ether);
        bonds.deposit{value: 1 ether}(shopId, address(0), 1 ether);
        vm.stopPrank();
        (orderId, order) = _completedEthOrder();
        vm.prank(merchant);
        bonds.registerOrder(orderId, order);
        vm.prank(merchant);
        bonds.announceWithdrawal(shopId, address(0), 1 ether);
        vm.warp(block.timestamp + bonds.WITHDRAWAL_NOTICE());
    }

    function test_aClaimsOutcomeDoesNotDependOnWhetherTheWithdrawalCameFirst() public {
        uint256 snapshot = vm.snapshotState();
        bool isFiledBeforeWithdrawal = _fileClaim();
        vm.revertToState(snapshot);

        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), merchant);
        bool isFiledAfterWithdrawal = _fileClaim();

        assertEq(isFiledBeforeWithdrawal, isFiledAfterWithdrawal, "the order of the two transactions decides nothing");
    }

    function test_aClaimFiledDuringTheNoticeStaysCovered() public {
        vm.warp(block.timestamp - 1);
        assertTrue(_fileClaim(), "filed during the notice");
        vm.warp(block.timestamp + 1);
        vm.prank(merchant);
        bonds.withdraw(shopId, address(0), merchant);
        assertEq(bonds.bondOf(shopId, address(0)).balance, 0.5 ether, "the claim's amount stayed");
    }

    function _fileClaim() private returns (bool isFiled) {
        vm.prank(buyer);
        (isFiled,) = address(bonds).call(abi.encodeCall(bonds.fileClaim, (orderId, order, 0.5 ether, EVIDENCE_CID)));
    }
}
