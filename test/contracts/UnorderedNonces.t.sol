// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUnorderedNonces} from "../../contracts/interfaces/IUnorderedNonces.sol";
import {UnorderedNonces} from "../../contracts/utils/UnorderedNonces.sol";
import {Test} from "./utils/Vm.sol";

/// @notice Exposes the internal nonce use, as a signature-checking contract would.
contract NonceUser is UnorderedNonces {
    function use(address owner, uint256 nonce) external {
        _useNonce(owner, nonce);
    }
}

/// @notice The one unordered-nonce implementation shared by the escrow, reviews, attestations and loyalty stamps.
contract UnorderedNoncesTest is Test {
    NonceUser internal nonces;
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);

    function setUp() public {
        nonces = new NonceUser();
    }

    function test_useNonce_marksOnlyThatNonceOfThatOwner() public {
        nonces.use(alice, 7);
        assertTrue(nonces.isNonceUsed(alice, 7), "used");
        assertFalse(nonces.isNonceUsed(alice, 6), "neighbour below");
        assertFalse(nonces.isNonceUsed(alice, 8), "neighbour above");
        assertFalse(nonces.isNonceUsed(bob, 7), "another owner");
    }

    function test_useNonce_acrossWordBoundaries() public {
        uint256[6] memory edges = [uint256(0), 255, 256, 511, 512, type(uint256).max];
        for (uint256 i; i < edges.length; ++i) {
            nonces.use(alice, edges[i]);
        }
        for (uint256 i; i < edges.length; ++i) {
            assertTrue(nonces.isNonceUsed(alice, edges[i]), "edge used");
        }
        assertFalse(nonces.isNonceUsed(alice, 1), "bit 1 of word 0");
        assertFalse(nonces.isNonceUsed(alice, 257), "bit 1 of word 1");
        assertFalse(nonces.isNonceUsed(alice, type(uint256).max - 1), "next to last");
    }

    function test_useNonce_revertsWhen_usedTwice() public {
        nonces.use(alice, 300);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 300));
        nonces.use(alice, 300);
    }

    function testFuzz_useNonce_isSingleUsePerOwner(address owner, uint256 nonce, uint256 other) public {
        vm.assume(other != nonce);
        nonces.use(owner, nonce);
        assertTrue(nonces.isNonceUsed(owner, nonce), "used");
        assertFalse(nonces.isNonceUsed(owner, other), "another nonce is free");
        nonces.use(owner, other);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, owner, nonce));
        nonces.use(owner, nonce);
    }

    function test_invalidateNonce_revokesTheCallersNonce() public {
        vm.expectEmit(address(nonces));
        emit IUnorderedNonces.NonceInvalidated(alice, 42);
        vm.prank(alice);
        nonces.invalidateNonce(42);
        assertTrue(nonces.isNonceUsed(alice, 42), "revoked");
        assertFalse(nonces.isNonceUsed(bob, 42), "only the caller's");
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 42));
        nonces.use(alice, 42);
    }

    function test_invalidateNonce_revertsWhen_alreadyUsed() public {
        nonces.use(alice, 42);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, alice, 42));
        vm.prank(alice);
        nonces.invalidateNonce(42);
    }
}
