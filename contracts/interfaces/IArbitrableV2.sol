// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitratorV2} from "./IArbitratorV2.sol";

/// @title Kleros v2 arbitrable (`IArbitrableV2`)
/// @notice What a contract that asks Kleros Court v2 for disputes implements: it emits {DisputeRequest} so the court's
///  interface shows the dispute with its template, and receives the final ruling in {rule}.
interface IArbitrableV2 {
    /// @notice A dispute was requested: links the court's dispute to its template (by id in the court's template
    ///  registry, or by URI) and to the arbitrable's own identifier.
    event DisputeRequest(
        IArbitratorV2 indexed _arbitrator,
        uint256 indexed _arbitratorDisputeID,
        uint256 _externalDisputeID,
        uint256 _templateId,
        string _templateUri
    );
    /// @notice The arbitrator gave its final ruling.
    event Ruling(IArbitratorV2 indexed _arbitrator, uint256 indexed _disputeID, uint256 _ruling);

    /// @notice The arbitrator's final ruling (0 = refused to rule). Only the arbitrator may call it.
    function rule(uint256 _disputeID, uint256 _ruling) external;
}
