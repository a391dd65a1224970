// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ITokenAuthorizations} from "../interfaces/ITokenAuthorizations.sol";
import {PullMethod, TokenPull} from "../types/MarketTypes.sol";

/// @title TokenPulls
/// @notice Pulls a signer's ERC-20 tokens with the method a {TokenPull} names: an existing allowance, an EIP-2612
///  permit then `transferFrom`, or an ERC-3009 `receiveWithAuthorization`. Standard 65-byte signatures use the
///  standard functions; other signatures use FiatToken V2_2's `bytes signature` overloads (EIP-1271 wallets).
library TokenPulls {
    using SafeERC20 for IERC20;

    /// @notice Moves `amount` of `token` from `from` to `to`. An authorization always lands here first (ERC-3009 lets
    ///  only the recipient submit it) and is forwarded when `to` is another account; the caller checked that its
    ///  value is `amount`. A permit that fails (already used by a front-runner) is ignored: `transferFrom` decides.
    function pull(IERC20 token, address from, address to, uint256 amount, TokenPull calldata tokenPull) internal {
        if (tokenPull.method == PullMethod.Authorization) {
            _receive(token, from, tokenPull);
            if (to != address(this)) token.safeTransfer(to, amount);
            return;
        }
        if (tokenPull.method == PullMethod.Permit) _tryPermit(token, from, tokenPull);
        token.safeTransferFrom(from, to, amount);
    }

    function _receive(IERC20 token, address from, TokenPull calldata p) private {
        ITokenAuthorizations authorizations = ITokenAuthorizations(address(token));
        bytes calldata signature = p.signature;
        if (signature.length != 65) {
            authorizations.receiveWithAuthorization(
                from, address(this), p.value, p.validAfter, p.validBefore, p.nonce, signature
            );
            return;
        }
        (uint8 v, bytes32 r, bytes32 s) = _split(signature);
        authorizations.receiveWithAuthorization(
            from, address(this), p.value, p.validAfter, p.validBefore, p.nonce, v, r, s
        );
    }

    function _tryPermit(IERC20 token, address from, TokenPull calldata p) private {
        bytes calldata signature = p.signature;
        if (signature.length != 65) {
            try ITokenAuthorizations(address(token)).permit(from, address(this), p.value, p.validBefore, signature) {}
                catch {}
            return;
        }
        (uint8 v, bytes32 r, bytes32 s) = _split(signature);
        try IERC20Permit(address(token)).permit(from, address(this), p.value, p.validBefore, v, r, s) {} catch {}
    }

    /// @dev A 65-byte signature as (v, r, s): r and s first, v last, as wallets produce it.
    function _split(bytes calldata signature) private pure returns (uint8 v, bytes32 r, bytes32 s) {
        r = bytes32(signature[0:32]);
        s = bytes32(signature[32:64]);
        v = uint8(signature[64]);
    }
}
