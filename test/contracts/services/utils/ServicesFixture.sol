// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {GuaranteeBonds} from "../../../../contracts/services/GuaranteeBonds.sol";
import {LabelAttestations} from "../../../../contracts/services/LabelAttestations.sol";
import {LoyaltyStamps} from "../../../../contracts/services/LoyaltyStamps.sol";
import {Order, OrderRequest, OrderStatus} from "../../../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "../../utils/MarketFixture.sol";

/// @notice The whole protocol (from {MarketFixture}) plus the three services deployed on top of it, as an outside
///  team would: constructed with the escrow and registry addresses only. Helpers place and complete orders for any
///  buyer, with or without the shop's acceptance.
abstract contract ServicesFixture is MarketFixture {
    GuaranteeBonds internal bonds;
    LoyaltyStamps internal loyalty;
    LabelAttestations internal labels;

    bytes internal constant EVIDENCE_CID =
        hex"01551220cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";
    bytes internal constant REWARD_CID = hex"01551220dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";
    bytes internal constant PROFILE_CID =
        hex"01551220eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

    function setUp() public virtual override {
        super.setUp();
        bonds = new GuaranteeBonds(escrow, registry);
        loyalty = new LoyaltyStamps(escrow, registry);
        labels = new LabelAttestations(registry);
    }

    /// @notice Places one pickup order of `amount` in `token` at the fixture's shop as `buyer_` (funding them first).
    function _placeOrder(address buyer_, address token, uint128 amount, address arbitrator)
        internal
        returns (uint256 orderId, Order memory order)
    {
        OrderRequest memory request = _request(token, amount, 0, address(0), arbitrator);
        order = _orderFor(request, buyer_);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        uint256 value;
        if (token == address(0)) {
            value = amount;
            vm.deal(buyer_, buyer_.balance + amount);
        } else {
            leman.mint(buyer_, amount);
            vm.prank(buyer_);
            leman.approve(address(escrow), amount);
        }
        vm.prank(buyer_);
        orderId = escrow.checkout{value: value}(requests)[0];
    }

    /// @notice An order the shop accepted and the buyer then released: `Completed`, a real purchase.
    function _completedOrder(address buyer_, address token, uint128 amount, address arbitrator)
        internal
        returns (uint256 orderId, Order memory order)
    {
        (orderId, order) = _placeOrder(buyer_, token, amount, arbitrator);
        _accept(order);
        vm.prank(buyer_);
        escrow.release(order);
    }

    /// @notice An order the buyer released before the shop ever saw it: `Completed`, but not a purchase the shop
    ///  agreed to.
    function _releasedUnacceptedOrder(address buyer_, address token, uint128 amount, address arbitrator)
        internal
        returns (uint256 orderId, Order memory order)
    {
        (orderId, order) = _placeOrder(buyer_, token, amount, arbitrator);
        vm.prank(buyer_);
        escrow.release(order);
    }

    /// @notice A typical real purchase: 1 ether, paid by the fixture's buyer, arbitrated by the mediator.
    function _completedEthOrder() internal returns (uint256, Order memory) {
        return _completedOrder(buyer, address(0), 1 ether, address(mediator));
    }

    function _setHook(address hook) internal {
        vm.prank(merchant);
        registry.setOrderHook(shopId, hook);
    }

    function _status(uint256 orderId) internal view returns (OrderStatus status) {
        status = escrow.orderFacts(orderId).status;
    }
}
