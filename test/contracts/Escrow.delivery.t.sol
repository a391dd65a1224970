// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Checkpoint, Order, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {statuses} from "./utils/OrderStatusSets.sol";
import {EscrowTestBase} from "./utils/EscrowHelpers.sol";

/// @notice Pickup and delivery: confirmPickup, confirmDelivery.
contract EscrowDeliveryTest is EscrowTestBase {
    // ─── confirmPickup ─────────────────────────────────────────────────────────────────────────────────────

    function test_confirmPickup_movesAcceptedToShipped() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(block.timestamp + 3 hours);
        uint40 deliveryDeadline = _now() + _hours(DELIVERY_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderShipped(id, carrier, deliveryDeadline);
        _pickup(order);

        _assertState(id, OrderStatus.Shipped, deliveryDeadline, false);
        assertEq(carrier.balance, 0, "fee paid only at delivery");
    }

    function test_confirmPickup_succeedsWhenRelayedByAttestationsContract() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderShipped(id, address(attestations), _now() + _hours(DELIVERY_HOURS));
        vm.prank(address(attestations));
        escrow.confirmPickup(order);

        _assertStatus(id, OrderStatus.Shipped);
    }

    function test_confirmPickup_succeedsThroughCarrierAttestation() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        vm.prank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));

        _assertState(id, OrderStatus.Shipped, _now() + _hours(DELIVERY_HOURS), false);
    }

    function test_confirmPickup_succeedsOneSecondBeforeShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(_deadline(id) - 1);

        _pickup(order);

        _assertState(id, OrderStatus.Shipped, _now() + _hours(DELIVERY_HOURS), false);
    }

    function test_confirmPickup_succeedsAtShipDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        vm.warp(_deadline(id));

        _pickup(order);

        _assertState(id, OrderStatus.Shipped, _now() + _hours(DELIVERY_HOURS), false);
    }

    function test_confirmPickup_revertsWhen_shipDeadlinePassed() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        uint40 deadline = _deadline(id);
        vm.warp(deadline + 1);

        _expectDeadlinePassed(id, deadline);
        _pickup(order);
    }

    function test_confirmPickup_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);
        Order memory tampered = _copy(order);
        tampered.carrier = stranger;

        _expectUnknownOrder(tampered);
        vm.prank(stranger);
        escrow.confirmPickup(tampered);
    }

    function test_confirmPickup_revertsWhen_notAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Accepted));
        _pickup(order);
    }

    function test_confirmPickup_revertsWhen_alreadyShipped() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        _expectInvalidStatus(id, OrderStatus.Shipped, statuses(OrderStatus.Accepted));
        _pickup(order);
    }

    function test_confirmPickup_revertsWhen_callerIsStranger() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectNotOrderCarrier(id, stranger);
        vm.prank(stranger);
        escrow.confirmPickup(order);
    }

    function test_confirmPickup_revertsWhen_callerIsShop() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectNotOrderCarrier(id, merchant);
        vm.prank(merchant);
        escrow.confirmPickup(order);
    }

    function test_confirmPickup_revertsWhen_orderHasNoCarrier() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotOrderCarrier(id, carrier);
        vm.prank(carrier);
        escrow.confirmPickup(order);
    }

    // ─── confirmDelivery ───────────────────────────────────────────────────────────────────────────────────

    function test_confirmDelivery_byCarrierWithCode_paysFeeAndStartsReturnWindow() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(block.timestamp + 5 hours);
        uint40 returnDeadline = _now() + _hours(RETURN_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDelivered(id, carrier, returnDeadline);
        _deliver(order);

        _assertState(id, OrderStatus.Delivered, returnDeadline, true);
        assertEq(carrier.balance, FEE, "carrier paid");
        assertEq(address(escrow).balance, AMOUNT, "amount held for the return window");
    }

    function test_confirmDelivery_paysTokenFeeToCarrier() public {
        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();
        _ship(id, order);

        _deliver(order);

        assertEq(leman.balanceOf(carrier), FEE, "carrier paid in tokens");
        assertEq(leman.balanceOf(address(escrow)), AMOUNT, "amount held");
    }

    function test_confirmDelivery_succeedsWhenRelayedByAttestationsContract() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDelivered(id, address(attestations), _now() + _hours(RETURN_HOURS));
        vm.prank(address(attestations));
        escrow.confirmDelivery(order, CODE);

        assertEq(carrier.balance, FEE, "carrier paid");
    }

    function test_confirmDelivery_succeedsThroughCarrierAttestation() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        vm.prank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.Delivered, CODE);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
        assertEq(carrier.balance, FEE, "carrier paid");
    }

    function test_confirmDelivery_succeedsAfterDeliveryDeadline() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        vm.warp(_deadline(id) + 1);

        _deliver(order);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
    }

    function test_confirmDelivery_byShopAtTheCounter_fromAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        uint40 returnDeadline = _now() + _hours(RETURN_HOURS);

        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDelivered(id, merchant, returnDeadline);
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);

        _assertState(id, OrderStatus.Delivered, returnDeadline, true);
        assertEq(address(escrow).balance, AMOUNT, "amount held");
    }

    function test_confirmDelivery_byShopOnItsOwnRound_fromShipped() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _ship(id, order);

        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);

        _assertState(id, OrderStatus.Delivered, _now() + _hours(RETURN_HOURS), true);
    }

    function test_confirmDelivery_byShopOperator() public {
        address operator = address(0x0BE2);
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        vm.prank(operator);
        escrow.confirmDelivery(order, CODE);

        _assertStatus(id, OrderStatus.Delivered);
    }

    function test_confirmDelivery_revertsWhen_wrongCode() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.WrongDeliveryCode.selector, id));
        vm.prank(carrier);
        escrow.confirmDelivery(order, keccak256("guessed code"));
    }

    function test_confirmDelivery_revertsWhen_codeHashPassedAsCode() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.WrongDeliveryCode.selector, id));
        vm.prank(merchant);
        escrow.confirmDelivery(order, order.codeHash);
    }

    function test_confirmDelivery_revertsWhen_termsAreUnknown() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);
        Order memory tampered = _copy(order);
        tampered.codeHash = keccak256(abi.encode(bytes32(0)));

        _expectUnknownOrder(tampered);
        vm.prank(carrier);
        escrow.confirmDelivery(tampered, bytes32(0));
    }

    function test_confirmDelivery_revertsWhen_carrierOrderNotPickedUp() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _accept(order);

        _expectInvalidStatus(id, OrderStatus.Accepted, statuses(OrderStatus.Shipped));
        _deliver(order);
    }

    function test_confirmDelivery_revertsWhen_pickupOrderNotAccepted() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();

        _expectInvalidStatus(id, OrderStatus.Paid, statuses(OrderStatus.Accepted, OrderStatus.Shipped));
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_alreadyDelivered() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _shipAndDeliver(id, order);

        _expectInvalidStatus(id, OrderStatus.Delivered, statuses(OrderStatus.Shipped));
        _deliver(order);
    }

    function test_confirmDelivery_revertsWhen_expired() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);
        vm.warp(_deadline(id) + 1);
        escrow.expire(order);

        _expectInvalidStatus(id, OrderStatus.Expired, statuses(OrderStatus.Accepted, OrderStatus.Shipped));
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_strangerDeliversCarrierOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        _expectNotOrderCarrier(id, stranger);
        vm.prank(stranger);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_shopDeliversCarrierOrder() public {
        (uint256 id, Order memory order) = _checkoutEthWithCarrier();
        _ship(id, order);

        _expectNotOrderCarrier(id, merchant);
        vm.prank(merchant);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_strangerDeliversPickupOrder() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotShopManager(order.shopId, stranger);
        vm.prank(stranger);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_buyerPresentsOwnCode() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotShopManager(order.shopId, buyer);
        vm.prank(buyer);
        escrow.confirmDelivery(order, CODE);
    }

    function test_confirmDelivery_revertsWhen_attestationsContractRelaysPickupOrder() public {
        (uint256 id, Order memory order) = _checkoutEthPickup();
        _accept(order);

        _expectNotShopManager(order.shopId, address(attestations));
        vm.prank(address(attestations));
        escrow.confirmDelivery(order, CODE);
    }
}
