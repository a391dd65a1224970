// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title LocalCurrency
/// @notice A development stand-in for a community currency such as the Léman: 18 decimals, EIP-2612 permit, minted
///  by one issuer. Tests and the demo town use it; production uses real stablecoins or community currencies.
contract LocalCurrency is ERC20, ERC20Permit {
    /// @notice Only the issuer may mint.
    error NotIssuer(address account);

    /// @notice The account allowed to mint.
    address public immutable issuer;

    constructor(string memory name_, string memory symbol_, address issuer_) ERC20(name_, symbol_) ERC20Permit(name_) {
        issuer = issuer_;
    }

    /// @notice Mints `amount` to `to`.
    /// @dev Emits {Transfer}. Reverts if the caller is not the issuer → NotIssuer(caller).
    function mint(address to, uint256 amount) external {
        if (msg.sender != issuer) revert NotIssuer(msg.sender);
        _mint(to, amount);
    }
}
