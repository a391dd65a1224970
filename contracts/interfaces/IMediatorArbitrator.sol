// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Order} from "../types/MarketTypes.sol";
import {IArbitrator} from "./IArbitrator.sol";

/// @title Mediator arbitrator
/// @notice A minimal ERC-792 arbitrator run by one address or a multisig (e.g. a local cooperative): free, final
///  rulings, no appeal. Only orders whose buyer chose it and whose shop accepted it can reach it.
interface IMediatorArbitrator is IArbitrator {
    /// @notice Only the mediator may rule.
    error NotMediator(address account);
    /// @notice The dispute does not exist.
    error UnknownDispute(uint256 disputeID);
    /// @notice The dispute already has a ruling.
    error DisputeAlreadySolved(uint256 disputeID);
    /// @notice The ruling is above the dispute's number of choices.
    error InvalidRuling(uint256 ruling, uint256 choices);
    /// @notice A dispute may have at most 255 choices.
    error TooManyChoices(uint256 choices);
    /// @notice Mediation is free: no value may be sent.
    error NoFeeRequired(uint256 value);
    /// @notice Rulings are final.
    error NotAppealable(uint256 disputeID);

    /// @notice The mediator ruled.
    event RulingGiven(uint256 indexed disputeID, uint256 ruling);

    /// @notice The mediator gives the final ruling and the arbitrable contract is called back.
    /// @dev Emits {RulingGiven}. Reverts if:
    ///  - caller is not the mediator             → NotMediator(caller)
    ///  - the dispute does not exist             → UnknownDispute(disputeID)
    ///  - it was already ruled                   → DisputeAlreadySolved(disputeID)
    ///  - `ruling` exceeds its choices           → InvalidRuling(ruling, choices)
    ///  - and whatever the arbitrable's `rule` reverts with.
    function giveRuling(uint256 disputeID, uint256 ruling) external;

    /// @notice Like {giveRuling}, for an arbitrable that implements {IOrderArbitrable}: the ruling is passed with the
    ///  order's terms and paid out in the same transaction.
    /// @dev Emits {RulingGiven}. Reverts as {giveRuling}, and with whatever the arbitrable's `ruleOrder` reverts with.
    function giveOrderRuling(uint256 disputeID, Order calldata order, uint256 ruling) external;

    /// @notice The address (EOA or multisig) that rules.
    function mediator() external view returns (address);

    /// @notice The contract a dispute was created by (address(0) for unknown ids).
    function arbitrableOf(uint256 disputeID) external view returns (address);

    /// @notice Number of disputes created (ids run from 0).
    function disputeCount() external view returns (uint256);
}
