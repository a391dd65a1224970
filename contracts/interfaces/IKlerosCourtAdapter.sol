// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrableV2} from "./IArbitrableV2.sol";
import {IArbitrator} from "./IArbitrator.sol";
import {IArbitratorV2} from "./IArbitratorV2.sol";

/// @title Kleros Court v2 behind ERC-792
/// @notice Lets a shop name a Kleros v2 court as an order's arbitrator. The escrow and the services speak ERC-792
///  (`IArbitrator`); Kleros Court v2 speaks `IArbitratorV2`. One adapter per court configuration — the court, its
///  minimum number of jurors and dispute kit (`extraData`) and the dispute template jurors read — forwards
///  `createDispute` with that configuration, emits the `DisputeRequest` the court's interface needs, and passes the
///  court's final ruling back to the contract that opened the dispute. Dispute ids are the court's own, which count
///  up, as the escrow requires. Appeals happen at the court. No owner: the configuration is fixed at deployment.
interface IKlerosCourtAdapter is IArbitrator, IArbitrableV2 {
    /// @notice Only the court may rule.
    error NotCourt(address caller);
    /// @notice The court never created this dispute through the adapter, or it was ruled already.
    error UnknownDispute(uint256 disputeID);
    /// @notice Appeals are made at the court, not through the adapter.
    error AppealAtTheCourt(uint256 disputeID);

    /// @notice Creates a dispute at the court for the caller (an arbitrable), paid with `msg.value` (at least
    ///  {arbitrationCost}), with the adapter's configuration; `_extraData` is ignored.
    /// @dev Emits {IArbitrator-DisputeCreation} and {IArbitrableV2-DisputeRequest}. Reverts with whatever the court
    ///  reverts with (too little value, for instance).
    function createDispute(uint256 _choices, bytes calldata _extraData) external payable returns (uint256 disputeID);

    /// @notice The court's cost for the adapter's configuration; `_extraData` is ignored.
    function arbitrationCost(bytes calldata _extraData) external view returns (uint256 cost);

    /// @notice The court's final ruling, passed on to the arbitrable that opened the dispute.
    /// @dev Emits {IArbitrableV2-Ruling}. Reverts if:
    ///  - the caller is not the court                     → NotCourt(caller)
    ///  - no open dispute has this id                     → UnknownDispute(disputeID)
    ///  - and whatever the arbitrable's `rule` reverts with.
    function rule(uint256 _disputeID, uint256 _ruling) external;

    /// @notice Appeals are made at the court. Always reverts with AppealAtTheCourt(disputeID).
    function appeal(uint256 _disputeID, bytes calldata _extraData) external payable;

    /// @notice The court the adapter forwards to.
    function court() external view returns (IArbitratorV2);

    /// @notice The court configuration passed with every dispute.
    function courtExtraData() external view returns (bytes memory);

    /// @notice The dispute template, by id in the court's template registry and by URI (one of them is used).
    function template() external view returns (uint256 templateId, string memory templateUri);

    /// @notice The contract that opened `disputeID` through the adapter (address(0) for unknown ids).
    function arbitrableOf(uint256 disputeID) external view returns (address);
}
