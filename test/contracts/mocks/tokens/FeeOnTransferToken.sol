// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A token that burns 1% (rounded up, so at least 1 unit) of every transfer: the recipient gets less than
///  was sent. The escrow must refuse it at checkout.
contract FeeOnTransferToken is ERC20 {
    uint256 public constant FEE_BPS = 100;

    constructor() ERC20("Fee on transfer", "FOT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice The fee taken from a transfer of `amount`.
    function feeOf(uint256 amount) public pure returns (uint256) {
        return (amount * FEE_BPS + 9_999) / 10_000;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = feeOf(value);
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
