// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A call target that records who called it, with what value and data, and fails on request.
contract CallRecorder {
    error Refused(uint256 code);

    struct Record {
        address caller;
        uint256 value;
        bytes data;
    }

    Record[] private _records;

    function record(bytes calldata data) external payable {
        _records.push(Record({caller: msg.sender, value: msg.value, data: data}));
    }

    function refuse(uint256 code) external pure {
        revert Refused(code);
    }

    function refuseSilently() external pure {
        revert(); // solhint-disable-line reason-string
    }

    function recordCount() external view returns (uint256) {
        return _records.length;
    }

    function recordAt(uint256 index) external view returns (Record memory) {
        return _records[index];
    }
}
