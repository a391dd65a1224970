// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A token whose `transfer` returns false without moving anything while `isRefusingTransfers` is set (old
///  tokens signal failure this way); `transferFrom` works, so checkout succeeds and payouts must be credited.
contract FalseReturningToken is ERC20 {
    bool public isRefusingTransfers;

    constructor() ERC20("Returns false", "FALSE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setRefusingTransfers(bool isRefusing) external {
        isRefusingTransfers = isRefusing;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (isRefusingTransfers) return false;
        return super.transfer(to, value);
    }
}
