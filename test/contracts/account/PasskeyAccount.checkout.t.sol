// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {PasskeyAccountFactory} from "../../../contracts/account/PasskeyAccountFactory.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {Order, OrderRequest, OrderStatus} from "../../../contracts/types/MarketTypes.sol";
import {Passkey} from "../../../contracts/types/PasskeyTypes.sol";
import {MarketFixture} from "../utils/MarketFixture.sol";
import {PasskeySigning} from "./utils/PasskeySigning.sol";

/// @notice A shopper with a passkey and euros, no native coin: the first relayed batch creates her account, approves
///  the escrow, checks out and pays the relayer; a second one releases the order. Today's escrow sees the account as
///  the buyer (`msg.sender`).
contract PasskeyAccountCheckoutTest is MarketFixture, PasskeySigning {
    uint128 private constant PRICE = 12 ether;
    uint256 private constant RELAYER_FEE = 0.05 ether;

    PasskeyAccountFactory private factory;
    Passkey private alice;
    address private shopper;
    address private relayer = address(0x4E1A7E4);

    function setUp() public override {
        super.setUp();
        factory = new PasskeyAccountFactory();
        alice = _passkey(ALICE_PHONE_KEY);
        shopper = factory.accountAddress(alice, bytes32(0));
        leman.mint(shopper, 100 ether); // euros received before the account exists
    }

    function _relay(Execution[] memory calls, uint256 nonce) private {
        uint256 deadline = block.timestamp + 15 minutes;
        bytes32 digest = _offchainExecutionDigest(shopper, calls, nonce, deadline);
        bytes memory executionData = _executionData(calls, nonce, deadline, _sign(ALICE_PHONE_KEY, digest));
        vm.prank(relayer);
        factory.createAccountAndExecute(alice, bytes32(0), SIGNED_BATCH_MODE, executionData);
    }

    function _checkoutCalls(OrderRequest memory request) private view returns (Execution[] memory calls) {
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        calls = new Execution[](3);
        calls[0] = Execution(address(leman), 0, abi.encodeCall(IERC20.approve, (address(escrow), PRICE)));
        calls[1] = Execution(address(escrow), 0, abi.encodeCall(IEscrow.checkout, (requests)));
        calls[2] = Execution(address(leman), 0, abi.encodeCall(IERC20.transfer, (relayer, RELAYER_FEE)));
    }

    function test_firstBatch_createsTheAccountAndPaysTheOrderAndTheRelayer() public {
        OrderRequest memory request = _request(address(leman), PRICE, 0, address(0), address(0));
        _relay(_checkoutCalls(request), 0);

        uint256 orderId = uint256(keccak256(abi.encode(_orderFor(request, shopper))));
        OrderStatus status = escrow.orderFacts(orderId).status;
        assertEq(uint256(status), uint256(OrderStatus.Paid), "the account is the order's buyer");
        assertEq(leman.balanceOf(shopper), 100 ether - PRICE - RELAYER_FEE);
        assertEq(leman.balanceOf(relayer), RELAYER_FEE, "the relayer is paid in euros");
        assertEq(leman.allowance(shopper, address(escrow)), 0, "no allowance left behind");
        assertEq(shopper.balance, 0, "no native coin needed");
        assertEq(PasskeyAccount(payable(shopper)).passkeyCount(), 1);
    }

    function test_secondBatch_releasesTheOrderToTheShop() public {
        OrderRequest memory request = _request(address(leman), PRICE, 0, address(0), address(0));
        _relay(_checkoutCalls(request), 0);
        Order memory order = _orderFor(request, shopper);
        uint256 orderId = uint256(keccak256(abi.encode(order)));

        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(escrow), 0, abi.encodeCall(IEscrow.release, (order)));
        calls[1] = Execution(address(leman), 0, abi.encodeCall(IERC20.transfer, (relayer, RELAYER_FEE)));
        _relay(calls, 1);

        OrderStatus status = escrow.orderFacts(orderId).status;
        assertEq(uint256(status), uint256(OrderStatus.Completed));
        assertEq(leman.balanceOf(payout), PRICE, "the shop is paid");
        assertEq(leman.balanceOf(relayer), 2 * RELAYER_FEE);
    }

    function test_onlyTheAccountActsAsTheBuyer() public {
        OrderRequest memory request = _request(address(leman), PRICE, 0, address(0), address(0));
        _relay(_checkoutCalls(request), 0);
        Order memory order = _orderFor(request, shopper);
        uint256 orderId = uint256(keccak256(abi.encode(order)));
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotBuyer.selector, orderId, relayer));
        escrow.cancel(order);
    }

    function test_aNativeCoinRefundReachesTheAccount() public {
        vm.deal(shopper, 1 ether);
        OrderRequest memory request = _request(address(0), 0.4 ether, 0, address(0), address(0));
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        _relay(_call(address(escrow), 0.4 ether, abi.encodeCall(IEscrow.checkout, (requests))), 0);
        Order memory order = _orderFor(request, shopper);
        uint256 orderId = uint256(keccak256(abi.encode(order)));

        _relay(_call(address(escrow), 0, abi.encodeCall(IEscrow.cancel, (order))), 1);
        assertEq(shopper.balance, 1 ether, "refunded within the escrow's push gas");
        assertEq(escrow.creditOf(shopper, address(0)), 0, "not left as a credit");
    }
}
