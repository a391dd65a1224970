// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrable} from "./IArbitrable.sol";

/// @title ERC-792 arbitrator
/// @notice The standard Kleros-compatible interface: an arbitrable contract creates disputes, the arbitrator rules
///  by calling back {IArbitrable-rule}.
interface IArbitrator {
    /// @notice Progress of a dispute.
    enum DisputeStatus {
        Waiting,
        Appealable,
        Solved
    }

    /// @notice A dispute was created.
    event DisputeCreation(uint256 indexed _disputeID, IArbitrable indexed _arbitrable);

    /// @notice A ruling may be appealed.
    event AppealPossible(uint256 indexed _disputeID, IArbitrable indexed _arbitrable);

    /// @notice A ruling was appealed.
    event AppealDecision(uint256 indexed _disputeID, IArbitrable indexed _arbitrable);

    /// @notice Creates a dispute. Must be called by the arbitrable contract and paid `arbitrationCost(_extraData)`.
    /// @param _choices Number of ruling options (0 means "refused to arbitrate").
    /// @param _extraData Arbitrator-specific parameters.
    /// @return disputeID The identifier of the new dispute.
    function createDispute(uint256 _choices, bytes calldata _extraData) external payable returns (uint256 disputeID);

    /// @notice Cost of arbitration for the given parameters.
    function arbitrationCost(bytes calldata _extraData) external view returns (uint256 cost);

    /// @notice Appeals the ruling of a dispute, paid `appealCost`.
    function appeal(uint256 _disputeID, bytes calldata _extraData) external payable;

    /// @notice Cost of appealing a dispute.
    function appealCost(uint256 _disputeID, bytes calldata _extraData) external view returns (uint256 cost);

    /// @notice Start and end of the appeal period, (0, 0) when there is none.
    function appealPeriod(uint256 _disputeID) external view returns (uint256 start, uint256 end);

    /// @notice Status of a dispute.
    function disputeStatus(uint256 _disputeID) external view returns (DisputeStatus status);

    /// @notice Current ruling of a dispute.
    function currentRuling(uint256 _disputeID) external view returns (uint256 ruling);
}
