// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IArbitrable} from "../interfaces/IArbitrable.sol";
import {IMediatorArbitrator} from "../interfaces/IMediatorArbitrator.sol";
import {IOrderArbitrable} from "../interfaces/IOrderArbitrable.sol";
import {Order} from "../types/MarketTypes.sol";

/// @title MediatorArbitrator
/// @notice A one-mediator ERC-792 arbitrator; see {IMediatorArbitrator}.
contract MediatorArbitrator is IMediatorArbitrator {
    struct Dispute {
        IArbitrable arbitrable;
        uint8 choices;
        uint8 ruling;
        DisputeStatus status;
    }

    address private immutable _mediator;
    uint256 private _disputeCount;
    mapping(uint256 disputeID => Dispute) private _disputes;

    constructor(address mediator_) {
        _mediator = mediator_;
    }

    /// @inheritdoc IMediatorArbitrator
    function giveRuling(uint256 disputeID, uint256 ruling) external {
        IArbitrable arbitrable = _settle(disputeID, ruling);
        arbitrable.rule(disputeID, ruling);
    }

    /// @inheritdoc IMediatorArbitrator
    function giveOrderRuling(uint256 disputeID, Order calldata order, uint256 ruling) external {
        IArbitrable arbitrable = _settle(disputeID, ruling);
        IOrderArbitrable(address(arbitrable)).ruleOrder(disputeID, order, ruling);
    }

    /// @notice Creates a dispute for the calling arbitrable contract (free).
    /// @dev Emits {DisputeCreation}. Reverts if:
    ///  - value is sent                          → NoFeeRequired(value)
    ///  - more than 255 choices                   → TooManyChoices(choices)
    function createDispute(uint256 choices, bytes calldata) external payable returns (uint256 disputeID) {
        if (msg.value != 0) revert NoFeeRequired(msg.value);
        if (choices > type(uint8).max) revert TooManyChoices(choices);
        disputeID = _disputeCount;
        ++_disputeCount;
        _disputes[disputeID] = Dispute({
            arbitrable: IArbitrable(msg.sender),
            choices: uint8(choices),
            ruling: 0,
            status: DisputeStatus.Waiting
        });
        emit DisputeCreation(disputeID, IArbitrable(msg.sender));
    }

    /// @notice Mediation is free.
    function arbitrationCost(bytes calldata) external pure returns (uint256) {
        return 0;
    }

    /// @notice Rulings are final. Always reverts with NotAppealable(disputeID).
    function appeal(uint256 disputeID, bytes calldata) external payable {
        revert NotAppealable(disputeID);
    }

    /// @notice Rulings are final: an unpayable cost.
    function appealCost(uint256, bytes calldata) external pure returns (uint256) {
        return type(uint256).max;
    }

    /// @notice No appeal period.
    function appealPeriod(uint256) external pure returns (uint256 start, uint256 end) {
        return (0, 0);
    }

    /// @notice Waiting until the mediator rules, then Solved.
    /// @dev Reverts if the dispute does not exist → UnknownDispute(disputeID).
    function disputeStatus(uint256 disputeID) external view returns (DisputeStatus) {
        Dispute storage dispute = _disputes[disputeID];
        if (address(dispute.arbitrable) == address(0)) revert UnknownDispute(disputeID);
        return dispute.status;
    }

    /// @notice The ruling (0 until the mediator rules).
    function currentRuling(uint256 disputeID) external view returns (uint256) {
        return _disputes[disputeID].ruling;
    }

    /// @inheritdoc IMediatorArbitrator
    function mediator() external view returns (address) {
        return _mediator;
    }

    /// @inheritdoc IMediatorArbitrator
    function arbitrableOf(uint256 disputeID) external view returns (address) {
        return address(_disputes[disputeID].arbitrable);
    }

    /// @inheritdoc IMediatorArbitrator
    function disputeCount() external view returns (uint256) {
        return _disputeCount;
    }

    /// @dev Checks the mediator may rule `disputeID` with `ruling`, records it, and returns who to call back.
    function _settle(uint256 disputeID, uint256 ruling) private returns (IArbitrable arbitrable) {
        if (msg.sender != _mediator) revert NotMediator(msg.sender);
        Dispute storage dispute = _disputes[disputeID];
        arbitrable = dispute.arbitrable;
        if (address(arbitrable) == address(0)) revert UnknownDispute(disputeID);
        if (dispute.status == DisputeStatus.Solved) revert DisputeAlreadySolved(disputeID);
        if (ruling > dispute.choices) revert InvalidRuling(ruling, dispute.choices);
        dispute.status = DisputeStatus.Solved;
        dispute.ruling = uint8(ruling);
        emit RulingGiven(disputeID, ruling);
    }
}
