// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ServiceHooks} from "../../../contracts/services/ServiceHooks.sol";
import {IServiceHooks} from "../../../contracts/services/interfaces/IServiceHooks.sol";
import {Order, OrderMoment} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase, GasBurningHook, RecordingHook, RevertingHook} from "../utils/EscrowHelpers.sol";

/// @notice A shop names one fan-out as its order hook and gets up to four services, each hearing only its moments,
///  each with its own gas and isolated from the others.
contract ServiceHooksTest is EscrowTestBase {
    uint8 private constant DELIVERED = uint8(1) << uint8(OrderMoment.Delivered);
    uint8 private constant COMPLETED = uint8(1) << uint8(OrderMoment.Completed);
    uint8 private constant RESOLVED = uint8(1) << uint8(OrderMoment.DisputeResolved);

    RecordingHook[4] private recorders;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 4; ++i) {
            recorders[i] = new RecordingHook();
        }
    }

    // ─── Construction ──────────────────────────────────────────────────────────────────────────────────────

    function test_constructor_withNoService_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.InvalidServiceCount.selector, 0, 4));
        new ServiceHooks(escrow, new IServiceHooks.Service[](0));
    }

    function test_constructor_withFiveServices_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.InvalidServiceCount.selector, 5, 4));
        new ServiceHooks(escrow, new IServiceHooks.Service[](5));
    }

    function test_constructor_refusesAZeroTargetNoMomentOrAnUnknownMoment() public {
        IServiceHooks.Service[] memory list = new IServiceHooks.Service[](1);
        list[0] = IServiceHooks.Service({target: address(0), moments: COMPLETED});
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.InvalidService.selector, address(0), COMPLETED));
        new ServiceHooks(escrow, list);

        list[0] = IServiceHooks.Service({target: address(recorders[0]), moments: 0});
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.InvalidService.selector, address(recorders[0]), 0));
        new ServiceHooks(escrow, list);

        list[0] = IServiceHooks.Service({target: address(recorders[0]), moments: 8});
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.InvalidService.selector, address(recorders[0]), 8));
        new ServiceHooks(escrow, list);
    }

    function test_services_listsTheServicesInCallingOrder() public {
        ServiceHooks fanOut = _fanOut([DELIVERED, COMPLETED, RESOLVED, DELIVERED | COMPLETED | RESOLVED]);
        IServiceHooks.Service[] memory list = fanOut.services();
        assertEq(list.length, 4);
        for (uint256 i; i < 4; ++i) {
            assertEq(list[i].target, address(recorders[i]));
        }
        assertEq(list[3].moments, DELIVERED | COMPLETED | RESOLVED);
        assertEq(fanOut.MAX_SERVICES(), 4);
        assertEq(address(fanOut.escrow()), address(escrow));
    }

    // ─── Fan-out ───────────────────────────────────────────────────────────────────────────────────────────

    function test_delivery_andCompletion_reachOnlyTheServicesThatHearThem() public {
        ServiceHooks fanOut = _fanOut([DELIVERED, COMPLETED, RESOLVED, DELIVERED | COMPLETED]);
        _nameHook(address(fanOut));
        (uint256 orderId, Order memory order) = _checkoutEthWithCarrier();

        _shipAndDeliver(orderId, order);
        _assertCalls([uint256(1), 0, 0, 1]);
        assertEq(recorders[0].caller(), address(fanOut), "the fan-out calls");
        assertEq(recorders[0].lastOrderId(), orderId);
        assertEq(recorders[0].lastOrderHash(), keccak256(abi.encode(order)), "with the escrow's own call data");

        vm.prank(buyer);
        escrow.release(order);
        _assertCalls([uint256(1), 1, 0, 2]);
        assertEq(uint256(recorders[3].lastMoment()), uint256(OrderMoment.Completed));
    }

    function test_disputeResolution_reachesTheServicesThatHearIt_withTheAmounts() public {
        ServiceHooks fanOut = _fanOut([DELIVERED, COMPLETED, RESOLVED, RESOLVED]);
        _nameHook(address(fanOut));
        (uint256 orderId, Order memory order) = _checkoutEthWithCarrier();
        _primeRecorders(order);
        _disputeAfterMissedDelivery(orderId, order, buyer);
        vm.warp(_deadline(orderId) + 1);
        escrow.resolveTimedOut(order);

        _assertCalls([uint256(1), 1, 2, 2]);
        assertEq(recorders[2].lastBuyerAmount(), uint256(order.amount) + order.deliveryFee, "never delivered: refunded");
        assertEq(recorders[3].lastShopAmount(), 0);
    }

    function test_aFailingService_isReported_andTheOthersStillRun() public {
        IServiceHooks.Service[] memory list = new IServiceHooks.Service[](3);
        list[0] = IServiceHooks.Service({target: address(new RevertingHook()), moments: COMPLETED});
        list[1] = IServiceHooks.Service({target: address(new GasBurningHook()), moments: COMPLETED});
        list[2] = IServiceHooks.Service({target: address(recorders[0]), moments: COMPLETED});
        ServiceHooks fanOut = new ServiceHooks(escrow, list);
        _nameHook(address(fanOut));
        (, Order memory order) = _checkoutEthPickup();
        uint256 orderId = uint256(keccak256(abi.encode(order)));
        _primeRecorders(order);

        vm.expectEmit(address(fanOut));
        emit IServiceHooks.ServiceHookFailed(orderId, list[0].target, OrderMoment.Completed);
        vm.expectEmit(address(fanOut));
        emit IServiceHooks.ServiceHookFailed(orderId, list[1].target, OrderMoment.Completed);
        vm.prank(buyer);
        escrow.release(order);
        assertEq(recorders[0].callCount(), 2, "the third service ran");
    }

    function test_onlyTheEscrowTellsTheFanOut() public {
        ServiceHooks fanOut = _fanOut([DELIVERED, COMPLETED, RESOLVED, RESOLVED]);
        (, Order memory order) = _checkoutEthPickup();
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.NotEscrow.selector, stranger));
        fanOut.onOrderDelivered(1, order);
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.NotEscrow.selector, stranger));
        fanOut.onOrderCompleted(1, order);
        vm.expectRevert(abi.encodeWithSelector(IServiceHooks.NotEscrow.selector, stranger));
        fanOut.onDisputeResolved(1, order, 0, 0);
        vm.stopPrank();
    }

    function test_tooLittleGasForTheNextService_reverts() public {
        ServiceHooks fanOut = _fanOut([COMPLETED, COMPLETED, COMPLETED, COMPLETED]);
        (, Order memory order) = _checkoutEthPickup();
        uint256 required = fanOut.SERVICE_GAS_LIMIT() + fanOut.SERVICE_GAS_LIMIT() / 63 + 5_000;
        vm.prank(address(escrow));
        (bool isSuccess, bytes memory reason) =
            address(fanOut).call{gas: required}(abi.encodeCall(fanOut.onOrderCompleted, (1, order)));
        assertFalse(isSuccess, "the fan-out refuses to starve a service");
        assertEq(bytes32(bytes4(reason)), bytes32(IServiceHooks.InsufficientGasForService.selector));
    }

    // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────────────

    function _fanOut(uint8[4] memory moments) private returns (ServiceHooks) {
        IServiceHooks.Service[] memory list = new IServiceHooks.Service[](4);
        for (uint256 i; i < 4; ++i) {
            list[i] = IServiceHooks.Service({target: address(recorders[i]), moments: moments[i]});
        }
        return new ServiceHooks(escrow, list);
    }

    /// @dev The recorders write up to seven fresh slots on their first call, more than a service's 90,000 gas: a
    ///  first call outside the escrow makes the slots warm-priced (non-zero to non-zero) for the calls under test.
    function _primeRecorders(Order memory order) private {
        for (uint256 i; i < 4; ++i) {
            recorders[i].onDisputeResolved(1, order, 1, 1);
        }
    }

    function _nameHook(address hook) private {
        vm.prank(merchant);
        registry.setOrderHook(shopId, hook);
    }

    function _assertCalls(uint256[4] memory expected) private view {
        for (uint256 i; i < 4; ++i) {
            assertEq(recorders[i].callCount(), expected[i], "calls per service");
        }
    }
}
