// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ReentryAttempt} from "../receivers/ReentryAttempt.sol";

/// @notice A token (ERC-777-like) that calls back into the escrow on every `transfer` and `transferFrom` once armed.
///  Bubbling: the transfer fails with the escrow's revert; swallowing: the transfer goes through.
contract ReentrantToken is ERC20, ReentryAttempt {
    constructor() ERC20("Re-entrant", "REENT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0)) _reenter();
    }
}
