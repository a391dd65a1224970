// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DeliveryAttestations} from "../../../contracts/DeliveryAttestations.sol";
import {Escrow} from "../../../contracts/Escrow.sol";
import {Reviews} from "../../../contracts/Reviews.sol";
import {ShopRegistry} from "../../../contracts/ShopRegistry.sol";
import {MediatorArbitrator} from "../../../contracts/arbitration/MediatorArbitrator.sol";
import {LocalCurrency} from "../../../contracts/tokens/LocalCurrency.sol";
import {
    Order,
    OrderRequest,
    PaymentOption,
    ShopAcceptance,
    ShopRegistration,
    ShopTerms
} from "../../../contracts/types/MarketTypes.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {orderIdOf} from "../../../contracts/libraries/PackedOrder.sol";
import {Test} from "./Vm.sol";

/// @notice Deploys the whole protocol and offers helpers to open shops and place orders as a buyer would.
abstract contract MarketFixture is Test {
    ShopRegistry internal registry;
    DeliveryAttestations internal attestations;
    Escrow internal escrow;
    Reviews internal reviews;
    MediatorArbitrator internal mediator;
    LocalCurrency internal leman;

    address internal merchant = address(0xA11CE);
    address internal payout = address(0xB0B);
    address internal buyer = address(0xB0EE);
    uint256 internal carrierKey = 0xCA221E2;
    address internal carrier;
    address internal mediatorAccount = address(0x3ED1A702);
    address internal stranger = address(0x5742);

    bytes32 internal constant CODE = keccak256("delivery code: 7KQ4-M2PX");
    bytes32 internal constant ITEMS_DIGEST = keccak256("line items document");
    bytes32 internal constant SHIPPING_DIGEST = keccak256("encrypted shipping envelope");
    bytes internal constant METADATA_CID = hex"01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    bytes internal constant CATALOG_CID = hex"01551220bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    uint16 internal constant ACCEPT_HOURS = 48;
    uint16 internal constant SHIP_HOURS = 72;
    uint16 internal constant DELIVERY_HOURS = 96;
    uint16 internal constant RETURN_HOURS = 336;

    /// @notice The escrow's ERC-792 choices (private constants there, documented in {IEscrow}).
    uint256 internal constant RULING_CHOICES = 2;
    uint256 internal constant RULING_REFUND_BUYER = 1;
    uint256 internal constant RULING_PAY_SHOP = 2;

    uint256 internal shopId;
    /// @dev Makes every request's items digest unique, as the SDK's line-items nonce does.
    uint256 private _requestNonce;

    function setUp() public virtual {
        vm.warp(1_800_000_000);
        carrier = vm.addr(carrierKey);
        registry = new ShopRegistry();
        attestations = new DeliveryAttestations();
        escrow = new Escrow(registry, address(attestations));
        reviews = new Reviews(escrow, registry);
        mediator = new MediatorArbitrator(mediatorAccount);
        leman = new LocalCurrency(unicode"Léman (dev)", "LEM", address(this));
        shopId = _registerShop(merchant, payout);
        vm.deal(buyer, 1_000 ether);
        leman.mint(buyer, 1_000_000 ether);
        vm.prank(buyer);
        leman.approve(address(escrow), type(uint256).max);
    }

    function _terms() internal pure returns (ShopTerms memory) {
        return ShopTerms({
            acceptHours: ACCEPT_HOURS,
            shipHours: SHIP_HOURS,
            deliveryHours: DELIVERY_HOURS,
            returnHours: RETURN_HOURS
        });
    }

    function _acceptance() internal view returns (ShopAcceptance memory acceptance) {
        acceptance.payments = new PaymentOption[](2);
        acceptance.payments[0] = PaymentOption({token: address(0), rate: 4e14});
        acceptance.payments[1] = PaymentOption({token: address(leman), rate: 1e18});
        acceptance.carriers = new address[](1);
        acceptance.carriers[0] = carrier;
        acceptance.arbitrators = new address[](1);
        acceptance.arbitrators[0] = address(mediator);
    }

    function _registration(address payout_) internal view returns (ShopRegistration memory) {
        return ShopRegistration({
            payout: payout_,
            terms: _terms(),
            metadataCid: METADATA_CID,
            catalogCid: CATALOG_CID,
            geohash: bytes12("u0k8m7q1"),
            acceptance: _acceptance()
        });
    }

    function _registerShop(address owner, address payout_) internal returns (uint256 id) {
        vm.prank(owner);
        id = registry.register(_registration(payout_));
    }

    /// @notice A request paying `amount` + `fee` in `token`, through `carrier_`, arbitrated by `arbitrator`, with the
    ///  shop's current payout, hook and terms copied from the registry (as the SDK does).
    function _request(address token, uint128 amount, uint128 fee, address carrier_, address arbitrator)
        internal
        returns (OrderRequest memory)
    {
        (address payout_, ShopTerms memory terms, address hook) = registry.checkoutTerms(shopId);
        return OrderRequest({
            shopId: shopId,
            payout: payout_,
            token: token,
            amount: amount,
            deliveryFee: fee,
            carrier: carrier_,
            arbitrator: arbitrator,
            hook: hook,
            terms: terms,
            itemsDigest: keccak256(abi.encode(ITEMS_DIGEST, ++_requestNonce)),
            shippingDigest: SHIPPING_DIGEST,
            codeHash: keccak256(abi.encode(CODE))
        });
    }

    /// @notice The terms the escrow builds for `request` placed by `buyer_` (as the SDK rebuilds them from events).
    function _orderFor(OrderRequest memory request, address buyer_) internal pure returns (Order memory) {
        return Order({
            buyer: buyer_,
            shopId: request.shopId,
            payout: request.payout,
            token: request.token,
            amount: request.amount,
            deliveryFee: request.deliveryFee,
            carrier: request.carrier,
            arbitrator: request.arbitrator,
            hook: request.hook,
            shipHours: request.terms.shipHours,
            deliveryHours: request.terms.deliveryHours,
            returnHours: request.terms.returnHours,
            codeHash: request.codeHash,
            detailsHash: keccak256(abi.encode(request.itemsDigest, request.shippingDigest))
        });
    }

    /// @notice Places one order as `buyer` and returns its id and terms.
    function _checkout(OrderRequest memory request) internal returns (uint256 orderId, Order memory order) {
        order = _orderFor(request, buyer);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        uint256 value = request.token == address(0) ? uint256(request.amount) + request.deliveryFee : 0;
        vm.prank(buyer);
        orderId = escrow.checkout{value: value}(requests)[0];
        assertEq(orderId, uint256(keccak256(abi.encode(order))), "order id is the hash of its terms");
    }

    /// @notice An ETH order of 1 ether + 0.01 ether delivery fee with the carrier and the mediator.
    function _checkoutEthWithCarrier() internal returns (uint256, Order memory) {
        return _checkout(_request(address(0), 1 ether, 0.01 ether, carrier, address(mediator)));
    }

    /// @notice An ETH order of 1 ether for pickup at the shop, without arbitrator.
    function _checkoutEthPickup() internal returns (uint256, Order memory) {
        return _checkout(_request(address(0), 1 ether, 0, address(0), address(0)));
    }

    /// @notice Expects the escrow's next event to be the {IEscrow-OrderPaid} of `order`.
    function _expectOrderPaid(Order memory order, bytes32 itemsDigest, bytes32 shippingDigest, uint40 acceptDeadline)
        internal
    {
        vm.expectEmit(address(escrow));
        emit IEscrow.OrderPaid(
            orderIdOf(order),
            order.shopId,
            order.buyer,
            order.payout,
            order.token,
            order.amount,
            order.deliveryFee,
            order.carrier,
            order.arbitrator,
            order.hook,
            order.shipHours,
            order.deliveryHours,
            order.returnHours,
            order.codeHash,
            itemsDigest,
            shippingDigest,
            acceptDeadline
        );
    }

    function _accept(Order memory order) internal {
        vm.prank(merchant);
        escrow.accept(order);
    }

    function _pickup(Order memory order) internal {
        vm.prank(carrier);
        escrow.confirmPickup(order);
    }

    function _deliver(Order memory order) internal {
        vm.prank(carrier);
        escrow.confirmDelivery(order, CODE);
    }
}
