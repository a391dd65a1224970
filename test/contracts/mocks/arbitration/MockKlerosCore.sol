// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IArbitrableV2} from "../../../../contracts/interfaces/IArbitrableV2.sol";
import {IArbitratorV2} from "../../../../contracts/interfaces/IArbitratorV2.sol";

/// @notice A stand-in for Kleros Court v2 (KlerosCore) speaking `IArbitratorV2`: global dispute ids counting up from
///  `nextDisputeId`, a native-currency cost, a current ruling the test sets, and a final ruling sent to the arbitrable.
contract MockKlerosCore is IArbitratorV2 {
    error InsufficientFee(uint256 value, uint256 cost);
    error FeeTokenNotAccepted();

    uint256 public constant COST = 0.02 ether;

    uint256 public nextDisputeId = 1_000;
    bytes public lastExtraData;
    mapping(uint256 disputeId => IArbitrableV2) public arbitrables;
    mapping(uint256 disputeId => uint256) private _currentRulings;

    function createDispute(uint256, bytes calldata extraData) external payable returns (uint256 disputeID) {
        if (msg.value < COST) revert InsufficientFee(msg.value, COST);
        disputeID = nextDisputeId++;
        arbitrables[disputeID] = IArbitrableV2(msg.sender);
        lastExtraData = extraData;
        emit DisputeCreation(disputeID, IArbitrableV2(msg.sender));
    }

    function createDispute(uint256, bytes calldata, IERC20, uint256) external pure returns (uint256) {
        revert FeeTokenNotAccepted();
    }

    function arbitrationCost(bytes calldata) external pure returns (uint256) {
        return COST;
    }

    function arbitrationCost(bytes calldata, IERC20) external pure returns (uint256) {
        revert FeeTokenNotAccepted();
    }

    function currentRuling(uint256 disputeID) external view returns (uint256 ruling, bool tied, bool overridden) {
        return (_currentRulings[disputeID], false, false);
    }

    /// @notice Jurors voted: the ruling as it stands before appeals end.
    function setCurrentRuling(uint256 disputeID, uint256 ruling) external {
        _currentRulings[disputeID] = ruling;
    }

    /// @notice The final ruling, sent to the arbitrable as KlerosCore's `executeRuling` does.
    function executeRuling(uint256 disputeID, uint256 ruling) external {
        emit Ruling(arbitrables[disputeID], disputeID, ruling);
        arbitrables[disputeID].rule(disputeID, ruling);
    }
}
