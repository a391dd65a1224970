// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A USDC-like token that reverts any transfer from or to a blocklisted address. A blocklisted payout must
///  get a credit it can withdraw to another address.
contract BlocklistToken is ERC20 {
    error Blocklisted(address account);

    mapping(address account => bool) public isBlocked;

    constructor() ERC20("Blocklist", "BLOCK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool isBlocked_) external {
        isBlocked[account] = isBlocked_;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (isBlocked[from]) revert Blocklisted(from);
        if (isBlocked[to]) revert Blocklisted(to);
        super._update(from, to, value);
    }
}
