// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOrderHook} from "../../interfaces/IOrderHook.sol";
import {OrderMoment} from "../../types/MarketTypes.sol";

/// @title Service hooks: several services behind one order hook
/// @notice A shop names one order hook in the registry; this fan-out lets it name up to four services instead (stamps
///  and warranties and a carrier pool…), each hearing only the moments it asked for. The list is fixed at
///  deployment, with no owner: a shop changes services by deploying (or reusing) another list and naming it, and
///  orders keep the hook they were paid with, so a buyer sees at checkout exactly which services an order calls.
///  Only the escrow may call it. Each service gets its own gas allowance (`SERVICE_GAS_LIMIT`) and is isolated: one
///  that reverts or runs out of gas emits {ServiceHookFailed} and the others still run. Services must not trust
///  their caller (this fan-out forwards what the escrow said, but anyone could deploy another): they verify the order
///  with the escrow, as {IOrderHook} says.
interface IServiceHooks is IOrderHook {
    /// @notice A service and the moments it hears: bit `i` set for `OrderMoment(i)`.
    struct Service {
        address target;
        uint8 moments;
    }

    /// @notice Only the escrow tells this fan-out about orders.
    error NotEscrow(address caller);
    /// @notice A list of services must hold 1 to `MAX_SERVICES` entries.
    error InvalidServiceCount(uint256 count, uint256 maximum);
    /// @notice A service needs an address and at least one of the three moments, and nothing else.
    error InvalidService(address target, uint8 moments);
    /// @notice Less gas is left than the next service's allowance (the escrow always gives enough).
    error InsufficientGasForService(uint256 available, uint256 required);

    /// @notice `service` reverted or ran out of gas at `moment`; the other services ran.
    event ServiceHookFailed(uint256 indexed orderId, address indexed service, OrderMoment moment);

    /// @notice The services, in calling order, with their moments.
    function services() external view returns (Service[] memory);
}
