// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IEscrow} from "../interfaces/IEscrow.sol";
import {Order, OrderMoment} from "../types/MarketTypes.sol";
import {IServiceHooks} from "./interfaces/IServiceHooks.sol";

/// @title ServiceHooks
/// @notice A fixed list of up to four services behind one order hook; see {IServiceHooks}.
/// @dev The list lives in immutables (no storage read per call): four addresses and their moments packed in a word.
contract ServiceHooks is IServiceHooks {
    /// @notice Most services one fan-out calls: four allowances fit the escrow's 400,000-gas hook allowance.
    uint256 public constant MAX_SERVICES = 4;
    /// @notice Gas each service receives at each moment.
    uint256 public constant SERVICE_GAS_LIMIT = 90_000;
    uint8 private constant ALL_MOMENTS = 7;

    /// @notice The escrow allowed to call.
    IEscrow public immutable escrow;
    uint256 private immutable _count;
    address private immutable _target0;
    address private immutable _target1;
    address private immutable _target2;
    address private immutable _target3;
    /// @dev Service `i`'s moments in bits `8i` to `8i + 7`.
    uint256 private immutable _moments;

    constructor(IEscrow escrow_, Service[] memory services_) {
        uint256 count = services_.length;
        if (count == 0 || count > MAX_SERVICES) revert InvalidServiceCount(count, MAX_SERVICES);
        address[MAX_SERVICES] memory targets;
        uint256 moments;
        for (uint256 i; i < count; ++i) {
            Service memory service = services_[i];
            bool isValid = service.target != address(0) && service.moments != 0 && service.moments <= ALL_MOMENTS;
            if (!isValid) revert InvalidService(service.target, service.moments);
            targets[i] = service.target;
            moments |= uint256(service.moments) << (8 * i);
        }
        escrow = escrow_;
        _count = count;
        (_target0, _target1, _target2, _target3) = (targets[0], targets[1], targets[2], targets[3]);
        _moments = moments;
    }

    /// @notice Forwards the delivery of `orderId` to the services that hear it.
    function onOrderDelivered(uint256 orderId, Order calldata) external {
        _fanOut(orderId, OrderMoment.Delivered);
    }

    /// @notice Forwards the completion of `orderId` to the services that hear it.
    function onOrderCompleted(uint256 orderId, Order calldata) external {
        _fanOut(orderId, OrderMoment.Completed);
    }

    /// @notice Forwards the end of `orderId`'s dispute to the services that hear it.
    function onDisputeResolved(uint256 orderId, Order calldata, uint256, uint256) external {
        _fanOut(orderId, OrderMoment.DisputeResolved);
    }

    /// @inheritdoc IServiceHooks
    function services() external view returns (Service[] memory list) {
        list = new Service[](_count);
        for (uint256 i; i < list.length; ++i) {
            list[i] = Service({target: _targetAt(i), moments: uint8(_moments >> (8 * i))});
        }
    }

    /// @dev Calls each service that hears `moment` with the escrow's own call data and its own gas allowance.
    function _fanOut(uint256 orderId, OrderMoment moment) private {
        if (msg.sender != address(escrow)) revert NotEscrow(msg.sender);
        uint256 bit = 1 << uint8(moment);
        for (uint256 i; i < _count; ++i) {
            if ((_moments >> (8 * i)) & bit == 0) continue;
            address target = _targetAt(i);
            uint256 required = SERVICE_GAS_LIMIT + SERVICE_GAS_LIMIT / 63 + 5_000;
            if (gasleft() < required) revert InsufficientGasForService(gasleft(), required);
            // A low-level call: a service that reverts, has no code or answers badly must not stop the others.
            // solhint-disable-next-line avoid-low-level-calls
            (bool isDone,) = target.call{gas: SERVICE_GAS_LIMIT}(msg.data);
            if (!isDone) emit ServiceHookFailed(orderId, target, moment);
        }
    }

    function _targetAt(uint256 index) private view returns (address) {
        if (index == 0) return _target0;
        if (index == 1) return _target1;
        if (index == 2) return _target2;
        return _target3;
    }
}
