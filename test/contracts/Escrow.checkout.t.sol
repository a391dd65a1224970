// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Order, OrderRequest, OrderStatus, ShopTerms, TokenPermit} from "../../contracts/types/MarketTypes.sol";
import {EscrowTestBase, FalseTransferFromToken, SkimmingToken} from "./utils/EscrowHelpers.sol";

contract EscrowCheckoutTest is EscrowTestBase {
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    uint256 private signerKey = 0x5161E2;
    address private signer;

    function setUp() public override {
        super.setUp();
        signer = vm.addr(signerKey);
        leman.mint(signer, 100 ether);
        vm.deal(signer, 10 ether);
    }

    // ─── checkout: one order ───────────────────────────────────────────────────────────────────────────────

    function test_checkout_paysOneEthOrder() public {
        uint256 buyerBefore = buyer.balance;

        (uint256 id, Order memory order) = _checkoutEthWithCarrier();

        assertEq(id, uint256(keccak256(abi.encode(order))), "id is the hash of the terms");
        assertEq(buyerBefore - buyer.balance, AMOUNT + FEE, "buyer paid amount and fee");
        assertEq(address(escrow).balance, AMOUNT + FEE, "escrow holds it");
        _assertState(id, OrderStatus.Paid, _now() + _hours(ACCEPT_HOURS), false);
        assertEq(_disputeId(id), 0, "no dispute");
        assertTrue(escrow.verifyOrder(id, order), "terms verify");
    }

    function test_checkout_pullsTokenOrder() public {
        uint256 buyerBefore = leman.balanceOf(buyer);

        (uint256 id, Order memory order) = _checkoutTokenWithCarrier();

        assertEq(buyerBefore - leman.balanceOf(buyer), AMOUNT + FEE, "buyer paid amount and fee");
        assertEq(leman.balanceOf(address(escrow)), AMOUNT + FEE, "escrow holds it");
        _assertState(id, OrderStatus.Paid, _now() + _hours(ACCEPT_HOURS), false);
        assertTrue(escrow.verifyOrder(id, order), "terms verify");
    }

    function test_checkout_emitsOrderPaidWithFullTerms() public {
        OrderRequest memory request = _request(address(0), AMOUNT, FEE, carrier, address(mediator));
        Order memory expected = Order({
            buyer: buyer,
            shopId: shopId,
            payout: payout,
            token: address(0),
            amount: AMOUNT,
            deliveryFee: FEE,
            carrier: carrier,
            arbitrator: address(mediator),
            hook: address(0),
            shipHours: SHIP_HOURS,
            deliveryHours: DELIVERY_HOURS,
            returnHours: RETURN_HOURS,
            codeHash: keccak256(abi.encode(CODE)),
            detailsHash: keccak256(abi.encode(request.itemsDigest, SHIPPING_DIGEST))
        });
        uint256 expectedId = uint256(keccak256(abi.encode(expected)));

        _expectOrderPaid(expected, request.itemsDigest, SHIPPING_DIGEST, _now() + _hours(ACCEPT_HOURS));
        (uint256 id,) = _checkout(request);

        assertEq(id, expectedId, "returned id");
    }

    function test_checkout_commitsPickupOrderWithZeroShippingDigest() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.shippingDigest = bytes32(0);
        Order memory order = _orderFor(request, buyer);

        _expectOrderPaid(order, request.itemsDigest, bytes32(0), _now() + _hours(ACCEPT_HOURS));
        (uint256 id,) = _checkout(request);

        assertEq(order.detailsHash, keccak256(abi.encode(request.itemsDigest, bytes32(0))), "details hash");
        assertTrue(escrow.verifyOrder(id, order), "pickup terms verify");
    }

    function test_checkout_takesTheBuyersTermsAsOffered() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.terms = ShopTerms({acceptHours: 1, shipHours: 2, deliveryHours: 3, returnHours: 4});
        request.payout = address(0xD1FF);

        (uint256 id, Order memory order) = _checkout(request);

        _assertState(id, OrderStatus.Paid, _now() + 1 hours, false);
        assertEq(order.payout, address(0xD1FF), "payout as offered");
        assertEq(order.shipHours, 2, "windows as offered");
        assertTrue(escrow.verifyOrder(id, order), "offer verifies");
    }

    function test_checkout_acceptsOrderForUnknownShop_thatOnlyTheBuyerCanEnd() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.shopId = 99;
        (uint256 id, Order memory order) = _checkout(request);
        _assertStatus(id, OrderStatus.Paid);

        _expectNotShopManager(order.shopId, merchant);
        _accept(order);

        uint256 buyerBefore = buyer.balance;
        vm.prank(buyer);
        escrow.cancel(order);
        assertEq(buyer.balance - buyerBefore, AMOUNT, "refunded");
    }

    // ─── checkout: several orders ──────────────────────────────────────────────────────────────────────────

    function test_checkout_paysSeveralOrdersForSeveralShops() public {
        address bakerPayout = address(0xBA4E);
        address grocerPayout = address(0x6207);
        uint256 bakerShop = _registerShop(address(0xBA), bakerPayout);
        uint256 grocerShop = _registerShop(address(0x62), grocerPayout);
        OrderRequest[] memory requests = new OrderRequest[](3);
        requests[0] = _request(address(0), AMOUNT, FEE, carrier, address(mediator));
        requests[1] = _retarget(_request(address(0), 2 ether, 0, address(0), address(0)), bakerShop);
        requests[2] = _retarget(_request(address(0), 3 ether, 0.02 ether, carrier, address(0)), grocerShop);
        uint256 total = AMOUNT + FEE + 2 ether + 3 ether + 0.02 ether;

        uint256[] memory ids = _checkoutAll(requests, buyer, total);

        assertEq(ids.length, 3, "one id per order");
        assertEq(address(escrow).balance, total, "escrow holds the sum");
        for (uint256 i; i < 3; ++i) {
            Order memory order = _orderFor(requests[i], buyer);
            assertEq(ids[i], orderIdOf(order), "ids in request order");
            assertTrue(escrow.verifyOrder(ids[i], order), "each order has its own terms");
            _assertState(ids[i], OrderStatus.Paid, _now() + _hours(ACCEPT_HOURS), false);
        }
        assertEq(_orderFor(requests[1], buyer).payout, bakerPayout, "baker's payout");
        assertEq(_orderFor(requests[2], buyer).payout, grocerPayout, "grocer's payout");
        _accept(_orderFor(requests[0], buyer));
        vm.prank(address(0xBA));
        escrow.accept(_orderFor(requests[1], buyer));
        _assertStatus(ids[1], OrderStatus.Accepted);
        _assertStatus(ids[2], OrderStatus.Paid);
    }

    function test_checkout_emitsOneOrderPaidPerOrder() public {
        uint256 otherShop = _registerShop(address(0xBA), address(0xBA4E));
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        requests[1] = _retarget(_request(address(0), 2 ether, 0, address(0), address(0)), otherShop);
        Order memory first = _orderFor(requests[0], buyer);
        Order memory second = _orderFor(requests[1], buyer);
        uint40 acceptDeadline = _now() + _hours(ACCEPT_HOURS);

        _expectOrderPaid(first, requests[0].itemsDigest, SHIPPING_DIGEST, acceptDeadline);
        _expectOrderPaid(second, requests[1].itemsDigest, SHIPPING_DIGEST, acceptDeadline);
        _checkoutAll(requests, buyer, 3 ether);
    }

    function test_checkout_givesDistinctIdsToEqualOffersWithDistinctItemsDocuments() public {
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        requests[1] = _request(address(0), AMOUNT, 0, address(0), address(0));

        uint256[] memory ids = _checkoutAll(requests, buyer, 2 * AMOUNT);

        assertTrue(ids[0] != ids[1], "distinct ids");
        _assertStatus(ids[0], OrderStatus.Paid);
        _assertStatus(ids[1], OrderStatus.Paid);
    }

    function test_checkout_mixesEthAndTokenOrders() public {
        OrderRequest[] memory requests = new OrderRequest[](3);
        requests[0] = _request(address(leman), 50 ether, 2 ether, carrier, address(0));
        requests[1] = _request(address(0), AMOUNT, FEE, carrier, address(0));
        requests[2] = _request(address(leman), 30 ether, 0, address(0), address(mediator));
        uint256 lemanBefore = leman.balanceOf(buyer);
        uint256 ethBefore = buyer.balance;

        uint256[] memory ids = _checkoutAll(requests, buyer, AMOUNT + FEE);

        assertEq(lemanBefore - leman.balanceOf(buyer), 82 ether, "tokens pulled for the token orders");
        assertEq(leman.balanceOf(address(escrow)), 82 ether, "escrow holds the tokens");
        assertEq(ethBefore - buyer.balance, AMOUNT + FEE, "ETH only for the ETH order");
        assertEq(address(escrow).balance, AMOUNT + FEE, "escrow holds the ETH");
        for (uint256 i; i < 3; ++i) {
            assertTrue(escrow.verifyOrder(ids[i], _orderFor(requests[i], buyer)), "terms");
        }
    }

    function test_checkout_acceptsMaxOrders() public {
        uint256 max = escrow.limits().maxOrdersPerCheckout;
        OrderRequest[] memory requests = new OrderRequest[](max);
        for (uint256 i; i < max; ++i) {
            requests[i] = _request(address(0), 0.1 ether, 0, address(0), address(0));
        }

        uint256[] memory ids = _checkoutAll(requests, buyer, max * 0.1 ether);

        assertEq(max, 32, "limit");
        assertEq(ids.length, max, "all orders created");
        _assertStatus(ids[max - 1], OrderStatus.Paid);
    }

    // ─── checkout: reverts ─────────────────────────────────────────────────────────────────────────────────

    function test_checkout_revertsWhen_noOrder() public {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidOrderCount.selector, 0));
        _checkoutAll(new OrderRequest[](0), buyer, 0);
    }

    function test_checkout_revertsWhen_tooManyOrders() public {
        OrderRequest[] memory requests = new OrderRequest[](33);
        for (uint256 i; i < 33; ++i) {
            requests[i] = _request(address(0), 0.1 ether, 0, address(0), address(0));
        }

        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidOrderCount.selector, 33));
        _checkoutAll(requests, buyer, 3.3 ether);
    }

    function test_checkout_revertsWhen_amountIsZero() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), 0, FEE, carrier, address(0));

        vm.expectRevert(IEscrow.ZeroAmount.selector);
        _checkoutAll(requests, buyer, FEE);
    }

    function test_checkout_revertsWhen_feeWithoutCarrier() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, FEE, address(0), address(0));

        vm.expectRevert(abi.encodeWithSelector(IEscrow.FeeWithoutCarrier.selector, FEE));
        _checkoutAll(requests, buyer, AMOUNT + FEE);
    }

    function test_checkout_revertsWhen_orderWithSameTermsExists() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        (uint256 id,) = _checkout(request);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;

        vm.expectRevert(abi.encodeWithSelector(IEscrow.OrderExists.selector, id));
        _checkoutAll(requests, buyer, AMOUNT);
    }

    function test_checkout_revertsWhen_sameTermsTwiceInOneCheckout() public {
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        requests[1] = requests[0];

        vm.expectRevert(
            abi.encodeWithSelector(IEscrow.OrderExists.selector, orderIdOf(_orderFor(requests[0], buyer)))
        );
        _checkoutAll(requests, buyer, 2 * AMOUNT);
    }

    function test_checkout_revertsWhen_orderWithSameTermsEnded() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        (uint256 id, Order memory order) = _checkout(request);
        vm.prank(buyer);
        escrow.cancel(order);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;

        vm.expectRevert(abi.encodeWithSelector(IEscrow.OrderExists.selector, id));
        _checkoutAll(requests, buyer, AMOUNT);
    }

    function test_checkout_revertsWhen_tooMuchEth() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, FEE, carrier, address(0));

        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, AMOUNT + FEE, AMOUNT + FEE + 1));
        _checkoutAll(requests, buyer, AMOUNT + FEE + 1);
    }

    function test_checkout_revertsWhen_tooLittleEth() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, FEE, carrier, address(0));

        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, AMOUNT + FEE, AMOUNT));
        _checkoutAll(requests, buyer, AMOUNT);
    }

    function test_checkout_revertsWhen_ethSentWithTokenOrder() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, 0, address(0), address(0));

        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, 0, 1 wei));
        _checkoutAll(requests, buyer, 1 wei);
    }

    function test_checkout_revertsWhen_allowanceTooLow() public {
        vm.prank(buyer);
        leman.approve(address(escrow), AMOUNT);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, FEE, carrier, address(0));

        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), AMOUNT, AMOUNT + FEE
            )
        );
        _checkoutAll(requests, buyer, 0);
    }

    function test_checkout_revertsWhen_tokenTransferReturnsFalse() public {
        FalseTransferFromToken token = new FalseTransferFromToken();
        token.mint(buyer, 10 ether);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(token), AMOUNT, 0, address(0), address(0));

        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(token)));
        _checkoutAll(requests, buyer, 0);
    }

    function test_checkout_revertsWhen_tokenTakesAFeeOnTransfer() public {
        SkimmingToken token = new SkimmingToken();
        token.mint(buyer, 10 ether);
        vm.prank(buyer);
        token.approve(address(escrow), type(uint256).max);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(token), AMOUNT, FEE, carrier, address(0));

        vm.expectRevert(
            abi.encodeWithSelector(
                IEscrow.FeeOnTransferToken.selector, address(token), AMOUNT + FEE, (AMOUNT + FEE) * 99 / 100
            )
        );
        _checkoutAll(requests, buyer, 0);
    }

    function test_checkout_revertsWhen_laterOrderInvalid_createsNone() public {
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        requests[1] = _request(address(0), 0, 0, address(0), address(0));

        vm.expectRevert(IEscrow.ZeroAmount.selector);
        _checkoutAll(requests, buyer, AMOUNT);

        _assertState(orderIdOf(_orderFor(requests[0], buyer)), OrderStatus.None, 0, false);
        assertEq(address(escrow).balance, 0, "nothing held");
    }

    // ─── checkoutWithPermit ────────────────────────────────────────────────────────────────────────────────

    function test_checkoutWithPermit_pullsTokensWithSignature() public {
        TokenPermit[] memory permits = new TokenPermit[](1);
        permits[0] = _signPermit(signerKey, AMOUNT + FEE, _now() + 1 hours);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, FEE, carrier, address(mediator));
        assertEq(leman.allowance(signer, address(escrow)), 0, "no allowance before");

        vm.prank(signer);
        uint256 id = escrow.checkoutWithPermit(requests, permits)[0];

        assertEq(leman.balanceOf(address(escrow)), AMOUNT + FEE, "escrow holds the tokens");
        assertEq(leman.balanceOf(signer), 100 ether - AMOUNT - FEE, "signer paid");
        assertEq(leman.allowance(signer, address(escrow)), 0, "allowance consumed");
        assertEq(leman.nonces(signer), 1, "permit used");
        assertTrue(escrow.verifyOrder(id, _orderFor(requests[0], signer)), "terms with the signer as buyer");
    }

    function test_checkoutWithPermit_emitsOrderPaidAndPaysEthToo() public {
        TokenPermit[] memory permits = new TokenPermit[](1);
        permits[0] = _signPermit(signerKey, 5 ether, _now() + 1 hours);
        OrderRequest[] memory requests = new OrderRequest[](2);
        requests[0] = _request(address(0), AMOUNT, FEE, carrier, address(0));
        requests[1] = _request(address(leman), 5 ether, 0, address(0), address(0));

        Order memory ethOrder = _orderFor(requests[0], signer);
        Order memory tokenOrder = _orderFor(requests[1], signer);
        uint40 acceptDeadline = _now() + _hours(ACCEPT_HOURS);

        _expectOrderPaid(ethOrder, requests[0].itemsDigest, SHIPPING_DIGEST, acceptDeadline);
        _expectOrderPaid(tokenOrder, requests[1].itemsDigest, SHIPPING_DIGEST, acceptDeadline);
        vm.prank(signer);
        uint256[] memory ids = escrow.checkoutWithPermit{value: AMOUNT + FEE}(requests, permits);

        assertEq(ids[1], orderIdOf(tokenOrder), "ids in request order");
        assertEq(address(escrow).balance, AMOUNT + FEE, "ETH order paid");
        assertEq(leman.balanceOf(address(escrow)), 5 ether, "token order paid");
    }

    function test_checkoutWithPermit_ignoresFrontRunPermit() public {
        TokenPermit[] memory permits = new TokenPermit[](1);
        permits[0] = _signPermit(signerKey, AMOUNT, _now() + 1 hours);
        // Someone copies the permit from the mempool and submits it first: the allowance is now set.
        vm.prank(stranger);
        leman.permit(signer, address(escrow), AMOUNT, permits[0].deadline, permits[0].v, permits[0].r, permits[0].s);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, 0, address(0), address(0));

        vm.prank(signer);
        uint256 id = escrow.checkoutWithPermit(requests, permits)[0];

        _assertStatus(id, OrderStatus.Paid);
        assertEq(leman.balanceOf(address(escrow)), AMOUNT, "paid with the front-run allowance");
        assertEq(leman.allowance(signer, address(escrow)), 0, "allowance consumed");
    }

    function test_checkoutWithPermit_skipsAPermitForAnAddressWithoutCode() public {
        TokenPermit[] memory permits = new TokenPermit[](1);
        permits[0] = _signPermit(signerKey, AMOUNT, _now() + 1 hours);
        permits[0].token = address(0xC0DE1E55);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));
        vm.deal(signer, AMOUNT);

        vm.prank(signer);
        uint256 id = escrow.checkoutWithPermit{value: AMOUNT}(requests, permits)[0];

        _assertStatus(id, OrderStatus.Paid);
        assertEq(address(escrow).balance, AMOUNT, "the ETH order is paid despite the permit that went nowhere");
    }

    function test_checkoutWithPermit_revertsWhen_permitInvalidAndNoAllowance() public {
        TokenPermit[] memory permits = new TokenPermit[](1);
        permits[0] = _signPermit(carrierKey, AMOUNT, _now() + 1 hours);
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(leman), AMOUNT, 0, address(0), address(0));

        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, AMOUNT)
        );
        vm.prank(signer);
        escrow.checkoutWithPermit(requests, permits);
    }

    function test_checkoutWithPermit_revertsWhen_noOrder() public {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidOrderCount.selector, 0));
        vm.prank(signer);
        escrow.checkoutWithPermit(new OrderRequest[](0), new TokenPermit[](0));
    }

    function test_checkoutWithPermit_revertsWhen_incorrectPayment() public {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = _request(address(0), AMOUNT, 0, address(0), address(0));

        vm.expectRevert(abi.encodeWithSelector(IEscrow.IncorrectPayment.selector, AMOUNT, AMOUNT - 1));
        vm.prank(signer);
        escrow.checkoutWithPermit{value: AMOUNT - 1}(requests, new TokenPermit[](0));
    }

    /// @notice An EIP-2612 permit of `value` leman for the escrow, signed by `key` for the signer's next nonce.
    function _signPermit(uint256 key, uint256 value, uint256 deadline) private view returns (TokenPermit memory) {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, signer, address(escrow), value, leman.nonces(signer), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", leman.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return TokenPermit({token: address(leman), value: value, deadline: deadline, v: v, r: r, s: s});
    }
}
