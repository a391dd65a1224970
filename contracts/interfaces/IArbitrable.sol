// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrator} from "./IArbitrator.sol";

/// @title ERC-792 arbitrable contract
interface IArbitrable {
    /// @notice The arbitrator gave a final ruling.
    event Ruling(IArbitrator indexed _arbitrator, uint256 indexed _disputeID, uint256 _ruling);

    /// @notice Receives the final ruling of a dispute. Only callable by the arbitrator that created it.
    /// @param _disputeID The arbitrator's dispute identifier.
    /// @param _ruling 0 = refused to arbitrate, otherwise one of the choices.
    function rule(uint256 _disputeID, uint256 _ruling) external;
}
