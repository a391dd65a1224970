// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IArbitrable} from "../interfaces/IArbitrable.sol";
import {IArbitratorV2} from "../interfaces/IArbitratorV2.sol";
import {IKlerosCourtAdapter} from "../interfaces/IKlerosCourtAdapter.sol";

/// @title KlerosCourtAdapter
/// @notice A Kleros Court v2 configuration behind ERC-792; see {IKlerosCourtAdapter}.
contract KlerosCourtAdapter is IKlerosCourtAdapter {
    struct Dispute {
        address arbitrable;
        bool isRuled;
        uint8 ruling;
    }

    IArbitratorV2 private immutable _court;
    uint256 private immutable _templateId;
    bytes private _extraData;
    string private _templateUri;
    mapping(uint256 disputeID => Dispute) private _disputes;

    constructor(IArbitratorV2 court_, bytes memory extraData_, uint256 templateId_, string memory templateUri_) {
        _court = court_;
        _extraData = extraData_;
        _templateId = templateId_;
        _templateUri = templateUri_;
    }

    /// @inheritdoc IKlerosCourtAdapter
    function createDispute(uint256 _choices, bytes calldata) external payable returns (uint256 disputeID) {
        disputeID = _court.createDispute{value: msg.value}(_choices, _extraData);
        _disputes[disputeID] = Dispute({arbitrable: msg.sender, isRuled: false, ruling: 0});
        emit DisputeCreation(disputeID, IArbitrable(msg.sender));
        emit DisputeRequest(_court, disputeID, disputeID, _templateId, _templateUri);
    }

    /// @inheritdoc IKlerosCourtAdapter
    function rule(uint256 _disputeID, uint256 _ruling) external {
        if (msg.sender != address(_court)) revert NotCourt(msg.sender);
        Dispute storage dispute = _disputes[_disputeID];
        address arbitrable = dispute.arbitrable;
        if (arbitrable == address(0) || dispute.isRuled) revert UnknownDispute(_disputeID);
        dispute.isRuled = true;
        dispute.ruling = SafeCast.toUint8(_ruling);
        emit Ruling(_court, _disputeID, _ruling);
        IArbitrable(arbitrable).rule(_disputeID, _ruling);
    }

    /// @inheritdoc IKlerosCourtAdapter
    function appeal(uint256 _disputeID, bytes calldata) external payable {
        revert AppealAtTheCourt(_disputeID);
    }

    /// @inheritdoc IKlerosCourtAdapter
    function arbitrationCost(bytes calldata) external view returns (uint256) {
        return _court.arbitrationCost(_extraData);
    }

    /// @notice Appeals are made at the court: an unpayable cost here.
    function appealCost(uint256, bytes calldata) external pure returns (uint256) {
        return type(uint256).max;
    }

    /// @notice Appeal periods are the court's: none here.
    function appealPeriod(uint256) external pure returns (uint256 start, uint256 end) {
        return (0, 0);
    }

    /// @notice Waiting until the court's final ruling reached the adapter, then Solved.
    /// @dev Reverts for an unknown id → UnknownDispute(disputeID).
    function disputeStatus(uint256 _disputeID) external view returns (DisputeStatus) {
        Dispute storage dispute = _disputes[_disputeID];
        if (dispute.arbitrable == address(0)) revert UnknownDispute(_disputeID);
        return dispute.isRuled ? DisputeStatus.Solved : DisputeStatus.Waiting;
    }

    /// @notice The final ruling once given, else the court's current one.
    function currentRuling(uint256 _disputeID) external view returns (uint256) {
        Dispute storage dispute = _disputes[_disputeID];
        if (dispute.isRuled) return dispute.ruling;
        (uint256 ruling,,) = _court.currentRuling(_disputeID);
        return ruling;
    }

    /// @inheritdoc IKlerosCourtAdapter
    function court() external view returns (IArbitratorV2) {
        return _court;
    }

    /// @inheritdoc IKlerosCourtAdapter
    function courtExtraData() external view returns (bytes memory) {
        return _extraData;
    }

    /// @inheritdoc IKlerosCourtAdapter
    function template() external view returns (uint256 templateId, string memory templateUri) {
        return (_templateId, _templateUri);
    }

    /// @inheritdoc IKlerosCourtAdapter
    function arbitrableOf(uint256 disputeID) external view returns (address) {
        return _disputes[disputeID].arbitrable;
    }
}
