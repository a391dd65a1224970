// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice An ERC-792 arbitrator stand-in with a fee (the mediator is free) whose dispute ids can be pinned, to show
///  the arbitration cost is forwarded and a reused dispute id is refused. Only the two calls an arbitrable makes.
contract ConfigurableArbitrator {
    uint256 public immutable fee;
    uint256 public disputeCount;
    bool public isIdPinned;
    uint256 public pinnedId;

    constructor(uint256 fee_) {
        fee = fee_;
    }

    /// @notice Every later dispute gets id `disputeId` (a broken or malicious arbitrator).
    function pinDisputeId(uint256 disputeId) external {
        isIdPinned = true;
        pinnedId = disputeId;
    }

    function arbitrationCost(bytes calldata) external view returns (uint256) {
        return fee;
    }

    function createDispute(uint256, bytes calldata) external payable returns (uint256 disputeId) {
        disputeId = isIdPinned ? pinnedId : disputeCount;
        ++disputeCount;
    }
}
