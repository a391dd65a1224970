// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IArbitrableV2} from "./IArbitrableV2.sol";

/// @title Kleros v2 arbitrator (`IArbitratorV2`)
/// @notice The arbitration standard of Kleros Court v2 (KlerosCore), which replaced ERC-792: no appeal functions
///  (each court runs its own appeals), a ruling with tie and override flags, and fees payable in ERC-20s. Its
///  `createDispute(uint256,bytes)` and the arbitrable's `rule(uint256,uint256)` keep ERC-792's selectors; the
///  `extraData` chooses the court, the minimum number of jurors and the dispute kit (three 32-byte words).
interface IArbitratorV2 {
    /// @notice A dispute was created.
    event DisputeCreation(uint256 indexed _disputeID, IArbitrableV2 indexed _arbitrable);
    /// @notice A ruling was given.
    event Ruling(IArbitrableV2 indexed _arbitrable, uint256 indexed _disputeID, uint256 _ruling);
    /// @notice An ERC-20 was added or removed as a way to pay fees.
    event AcceptedFeeToken(IERC20 indexed _token, bool indexed _accepted);
    /// @notice The rate of a fee token changed.
    event NewCurrencyRate(IERC20 indexed _feeToken, uint64 _rateInEth, uint8 _rateDecimals);

    /// @notice Creates a dispute paid in the native currency (at least `arbitrationCost(_extraData)`). Must be called by
    ///  the arbitrable.
    function createDispute(uint256 _numberOfChoices, bytes calldata _extraData)
        external
        payable
        returns (uint256 disputeID);

    /// @notice Creates a dispute paid in a supported ERC-20.
    function createDispute(uint256 _numberOfChoices, bytes calldata _extraData, IERC20 _feeToken, uint256 _feeAmount)
        external
        returns (uint256 disputeID);

    /// @notice Cost of arbitration in the native currency.
    function arbitrationCost(bytes calldata _extraData) external view returns (uint256 cost);

    /// @notice Cost of arbitration in `_feeToken`.
    function arbitrationCost(bytes calldata _extraData, IERC20 _feeToken) external view returns (uint256 cost);

    /// @notice The current ruling of a dispute, whether it is a tie, and whether appeal funding overrode it.
    function currentRuling(uint256 _disputeID) external view returns (uint256 ruling, bool tied, bool overridden);
}
