// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IArbitrable} from "../../../../contracts/interfaces/IArbitrable.sol";

/// @notice A free ERC-792 stand-in that hands out whichever dispute id it was last pinned to (so ids repeat, rise or
///  fall at will) and rules through plain `rule`: the invariant campaign's hostile arbitrator.
contract PinnableArbitrator {
    uint256 public pinnedId;

    function pin(uint256 disputeId) external {
        pinnedId = disputeId;
    }

    function arbitrationCost(bytes calldata) external pure returns (uint256) {
        return 0;
    }

    function createDispute(uint256, bytes calldata) external payable returns (uint256) {
        return pinnedId;
    }

    function giveRuling(IArbitrable arbitrable, uint256 disputeId, uint256 ruling) external {
        arbitrable.rule(disputeId, ruling);
    }
}
