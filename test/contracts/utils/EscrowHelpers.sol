// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../../contracts/libraries/PackedOrder.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IArbitrable} from "../../../contracts/interfaces/IArbitrable.sol";
import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {IOrderHook} from "../../../contracts/interfaces/IOrderHook.sol";
import {Order, OrderFacts, OrderMoment, OrderRequest, OrderStatus, ShopTerms} from "../../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "./MarketFixture.sol";

/// @notice An order hook that records its last call (one packed slot plus the order id, terms hash and amounts).
contract RecordingHook is IOrderHook {
    address public caller;
    uint48 public callCount;
    uint48 public gasAtEntry;
    OrderMoment public lastMoment;
    uint256 public lastOrderId;
    bytes32 public lastOrderHash;
    uint256 public lastBuyerAmount;
    uint256 public lastShopAmount;

    function onOrderDelivered(uint256 orderId, Order calldata order) external {
        _record(orderId, order, OrderMoment.Delivered);
    }

    function onOrderCompleted(uint256 orderId, Order calldata order) external {
        _record(orderId, order, OrderMoment.Completed);
    }

    function onDisputeResolved(uint256 orderId, Order calldata order, uint256 buyerAmount, uint256 shopAmount)
        external
    {
        _record(orderId, order, OrderMoment.DisputeResolved);
        lastBuyerAmount = buyerAmount;
        lastShopAmount = shopAmount;
    }

    function _record(uint256 orderId, Order calldata order, OrderMoment moment) private {
        gasAtEntry = uint48(gasleft());
        caller = msg.sender;
        ++callCount;
        lastMoment = moment;
        lastOrderId = orderId;
        lastOrderHash = keccak256(abi.encode(order));
    }
}

/// @notice An order hook that always reverts.
contract RevertingHook is IOrderHook {
    error HookRefused();

    function onOrderDelivered(uint256, Order calldata) external pure {
        revert HookRefused();
    }

    function onOrderCompleted(uint256, Order calldata) external pure {
        revert HookRefused();
    }

    function onDisputeResolved(uint256, Order calldata, uint256, uint256) external pure {
        revert HookRefused();
    }
}

/// @notice An order hook that loops until it runs out of gas.
contract GasBurningHook is IOrderHook {
    uint256 public counter;

    function onOrderDelivered(uint256, Order calldata) external {
        _burn();
    }

    function onOrderCompleted(uint256, Order calldata) external {
        _burn();
    }

    function onDisputeResolved(uint256, Order calldata, uint256, uint256) external {
        _burn();
    }

    function _burn() private {
        while (true) {
            ++counter;
        }
    }
}

/// @notice An account that refuses every ETH transfer (a payout or carrier contract without `receive`).
contract RejectingReceiver {
    error NoEthAccepted();

    receive() external payable {
        revert NoEthAccepted();
    }
}

/// @notice A payout contract whose `receive` needs more gas than the escrow forwards with ETH (three new slots).
contract GasHungryReceiver {
    uint256[3] public receipts;

    receive() external payable {
        receipts[0] = msg.value;
        receipts[1] = block.timestamp;
        receipts[2] = block.number;
    }
}

/// @notice An ERC-20 whose `transferFrom` returns false instead of reverting (old tokens signal failure this way).
contract FalseTransferFromToken is ERC20 {
    constructor() ERC20("False transferFrom", "FTF") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function transferFrom(address, address, uint256) public pure override returns (bool) {
        return false;
    }
}

/// @notice An ERC-20 that burns 1% of every transfer between holders, so the receiver gets less than was sent.
contract SkimmingToken is ERC20 {
    constructor() ERC20("Skimming", "SKIM") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 skimmed = value / 100;
        super._update(from, address(0), skimmed);
        super._update(from, to, value - skimmed);
    }
}

/// @notice An ERC-20 that refuses transfers to the accounts it was told to (like a blocklisting stablecoin).
contract RefusingToken is ERC20 {
    error Refused(address account);

    mapping(address account => bool) public isRefused;

    constructor() ERC20("Refusing", "REF") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setRefused(address account, bool refused) external {
        isRefused[account] = refused;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (isRefused[to]) revert Refused(to);
        super._update(from, to, value);
    }
}

/// @notice An ERC-792-style arbitrator that charges `COST` per dispute, hands out the dispute ids it is told to,
///  and rules when told to.
contract CostlyArbitrator {
    error WrongCost(uint256 value);

    uint256 public constant COST = 0.05 ether;

    uint256 public nextDisputeId = 7;

    function setNextDisputeId(uint256 disputeId) external {
        nextDisputeId = disputeId;
    }

    function arbitrationCost(bytes calldata) external pure returns (uint256) {
        return COST;
    }

    function createDispute(uint256, bytes calldata) external payable returns (uint256 disputeId) {
        if (msg.value != COST) revert WrongCost(msg.value);
        disputeId = nextDisputeId;
        ++nextDisputeId;
    }

    function giveRuling(IArbitrable arbitrable, uint256 disputeId, uint256 ruling) external {
        arbitrable.rule(disputeId, ruling);
    }
}

/// @notice Shared state, shortcuts and expectations for the Escrow unit tests.
abstract contract EscrowTestBase is MarketFixture {
    uint128 internal constant AMOUNT = 1 ether;
    uint128 internal constant FEE = 0.01 ether;

    /// @notice Gas spent between the hook's gas check and the `gasleft()` its revert reports.
    uint256 internal constant MAX_GAS_BETWEEN_CHECK_AND_REVERT = 500;

    /// @notice Raised by {probeGas}: whether the call succeeded at that gas, and what it returned.
    error GasProbe(bool isSuccess, bytes returnData);

    // ─── Time ──────────────────────────────────────────────────────────────────────────────────────────────

    function _hours(uint16 count) internal pure returns (uint40) {
        return uint40(count) * 1 hours;
    }

    /// @dev Through the cheatcode: with the IR pipeline, `block.timestamp` read twice in one test may not see a warp
    ///  in between.
    function _now() internal view returns (uint40) {
        return uint40(vm.getBlockTimestamp());
    }

    /// @notice The current deadline of `orderId`.
    function _deadline(uint256 orderId) internal view returns (uint40 deadline) {
        deadline = escrow.orderFacts(orderId).deadline;
    }

    /// @notice The arbitrator's dispute id recorded for `orderId`.
    function _disputeId(uint256 orderId) internal view returns (uint256 disputeId) {
        disputeId = escrow.orderFacts(orderId).disputeId;
    }

    // ─── Orders ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice An ETH order of AMOUNT + FEE through the carrier, without arbitrator.
    function _checkoutEthCarrierNoArbitrator() internal returns (uint256, Order memory) {
        return _checkout(_request(address(0), AMOUNT, FEE, carrier, address(0)));
    }

    /// @notice A leman order of AMOUNT + FEE through the carrier, with the mediator.
    function _checkoutTokenWithCarrier() internal returns (uint256, Order memory) {
        return _checkout(_request(address(leman), AMOUNT, FEE, carrier, address(mediator)));
    }

    /// @notice Points `request` at `targetShop`, with that shop's current payout, hook and terms (as the SDK does).
    function _retarget(OrderRequest memory request, uint256 targetShop) internal view returns (OrderRequest memory) {
        (address payout_, ShopTerms memory terms, address hook) = registry.checkoutTerms(targetShop);
        request.shopId = targetShop;
        request.payout = payout_;
        request.hook = hook;
        request.terms = terms;
        return request;
    }

    /// @notice Places `requests` as `buyer_` paying `value` in ETH.
    function _checkoutAll(OrderRequest[] memory requests, address buyer_, uint256 value)
        internal
        returns (uint256[] memory)
    {
        vm.prank(buyer_);
        return escrow.checkout{value: value}(requests);
    }

    /// @notice A deep copy of `order`, to tamper with without touching the original.
    function _copy(Order memory order) internal pure returns (Order memory) {
        return abi.decode(abi.encode(order), (Order));
    }

    /// @notice Accepts and ships: by the carrier's pickup when there is one, else by the shop itself.
    function _ship(uint256, Order memory order) internal {
        _accept(order);
        if (order.carrier == address(0)) {
            vm.prank(merchant);
            escrow.markShipped(order);
        } else {
            _pickup(order);
        }
    }

    /// @notice Accepts, ships and delivers with the code (carrier at the door, or the shop for its own delivery).
    function _shipAndDeliver(uint256 orderId, Order memory order) internal {
        _ship(orderId, order);
        vm.prank(order.carrier == address(0) ? merchant : order.carrier);
        escrow.confirmDelivery(order, CODE);
    }

    /// @notice Opens a dispute as `by` (no arbitration cost: the mediator is free).
    function _openDispute(uint256, Order memory order, address by) internal {
        vm.prank(by);
        escrow.openDispute(order);
    }

    /// @notice Delivers the order, then the buyer disputes it within the return window.
    function _disputeAfterDelivery(uint256 orderId, Order memory order) internal {
        _shipAndDeliver(orderId, order);
        _openDispute(orderId, order, buyer);
    }

    /// @notice Ships the order, lets the delivery deadline pass, then `by` disputes it (the fee is still unpaid).
    function _disputeAfterMissedDelivery(uint256 orderId, Order memory order, address by) internal {
        _ship(orderId, order);
        vm.warp(_deadline(orderId) + 1);
        _openDispute(orderId, order, by);
    }

    /// @notice A string of `length` bytes.
    function _text(uint256 length) internal pure returns (string memory) {
        bytes memory text = new bytes(length);
        for (uint256 i; i < length; ++i) {
            text[i] = "r";
        }
        return string(text);
    }

    // ─── Assertions ────────────────────────────────────────────────────────────────────────────────────────

    function _assertState(uint256 orderId, OrderStatus expected, uint256 deadline, bool isFeePaid) internal view {
        OrderStatus status = escrow.orderFacts(orderId).status;
        uint40 actualDeadline = escrow.orderFacts(orderId).deadline;
        bool actualIsFeePaid = escrow.orderFacts(orderId).isFeePaid;
        assertEq(uint256(status), uint256(expected), "status");
        assertEq(actualDeadline, deadline, "deadline");
        assertEq(actualIsFeePaid, isFeePaid, "fee-paid flag");
    }

    function _assertStatus(uint256 orderId, OrderStatus expected) internal view {
        OrderStatus status = escrow.orderFacts(orderId).status;
        assertEq(uint256(status), uint256(expected), "status");
    }

    // ─── Expected reverts ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Expects the revert of terms that name no order (e.g. tampered with): they hash to another id.
    function _expectUnknownOrder(Order memory terms) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.UnknownOrder.selector, orderIdOf(terms)));
    }

    /// @param expected The statuses the action accepts, from {statuses}.
    function _expectInvalidStatus(uint256 orderId, OrderStatus actual, bytes32 expected) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidStatus.selector, orderId, actual, expected));
    }

    function _expectNotBuyer(uint256 orderId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotBuyer.selector, orderId, caller));
    }

    function _expectNotShopManager(uint256 shopId_, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotShopManager.selector, shopId_, caller));
    }

    function _expectNotOrderCarrier(uint256 orderId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotOrderCarrier.selector, orderId, caller));
    }

    function _expectNotArbitrator(uint256 orderId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotArbitrator.selector, orderId, caller));
    }

    function _expectNotDisputeParty(uint256 orderId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotDisputeParty.selector, orderId, caller));
    }

    function _expectNotSettlementParty(uint256 orderId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.NotSettlementParty.selector, orderId, caller));
    }

    function _expectCarrierHandsOver(uint256 orderId, address orderCarrier) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.CarrierHandsOver.selector, orderId, orderCarrier));
    }

    function _expectDeadlinePassed(uint256 orderId, uint40 deadline) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlinePassed.selector, orderId, deadline));
    }

    function _expectDeadlineNotReached(uint256 orderId, uint40 deadline) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.DeadlineNotReached.selector, orderId, deadline));
    }

    // ─── Gas ───────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Calls the escrow with `callData` as `caller` and exactly `gasAmount` gas, then always reverts with
    ///  {GasProbe}, so that nothing of the attempt (state, warm accounts) survives it.
    function probeGas(address caller, bytes calldata callData, uint256 gasAmount) external {
        vm.prank(caller);
        (bool isSuccess, bytes memory returnData) = address(escrow).call{gas: gasAmount}(callData);
        revert GasProbe(isSuccess, returnData);
    }

    /// @notice The least gas with which `caller` can make the escrow call `callData` succeed, found by bisection
    ///  between `low` (failing) and `high` (succeeding) without changing any state.
    function _leastGasToSucceed(address caller, bytes memory callData, uint256 low, uint256 high)
        internal
        returns (uint256)
    {
        assertFalse(_succeedsWith(caller, callData, low), "fails with the lower bound");
        assertTrue(_succeedsWith(caller, callData, high), "succeeds with the upper bound");
        while (high - low > 1) {
            uint256 middle = (low + high) / 2;
            if (_succeedsWith(caller, callData, middle)) high = middle;
            else low = middle;
        }
        return high;
    }

    function _succeedsWith(address caller, bytes memory callData, uint256 gasAmount) private returns (bool) {
        try this.probeGas(caller, callData, gasAmount) {
            revert AssertionFailed("probe returned");
        } catch (bytes memory reason) {
            assertEq(bytes4(reason), GasProbe.selector, "probe result");
            (bool isSuccess,) = abi.decode(_arguments(reason), (bool, bytes));
            return isSuccess;
        }
    }

    /// @notice The ABI-encoded arguments of a custom error's revert data (without its selector).
    function _arguments(bytes memory revertData) internal pure returns (bytes memory arguments) {
        arguments = new bytes(revertData.length - 4);
        for (uint256 i; i < arguments.length; ++i) {
            arguments[i] = revertData[i + 4];
        }
    }

    /// @notice Asserts `reason` is InsufficientGasForHook(available, required) with the escrow's exact requirement.
    function _assertInsufficientGasForHook(bytes memory reason) internal view {
        assertEq(bytes4(reason), IEscrow.InsufficientGasForHook.selector, "InsufficientGasForHook selector");
        (uint256 available, uint256 required) = abi.decode(_arguments(reason), (uint256, uint256));
        uint256 hookGas = escrow.limits().hookGasLimit;
        assertEq(required, hookGas + hookGas / 63 + 10_000, "required gas");
        assertLe(available, required - 1, "available gas");
        // Called one gas below the threshold, the check saw exactly `required - 1`; `available` is read a few
        // instructions later (a few hundred gas under coverage instrumentation).
        assertGe(available + MAX_GAS_BETWEEN_CHECK_AND_REVERT, required, "the check is tight");
    }
}
