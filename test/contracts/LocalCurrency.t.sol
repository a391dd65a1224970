// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {LocalCurrency} from "../../contracts/tokens/LocalCurrency.sol";
import {Test} from "./utils/Vm.sol";

contract LocalCurrencyTest is Test {
    string internal constant NAME = unicode"Léman (dev)";
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    address internal issuer = address(0x1551E2);
    address internal stranger = address(0x5742);
    address internal spender = address(0xE5C0);
    uint256 internal ownerKey = 0xB0EE;
    address internal owner;
    LocalCurrency internal token;

    function setUp() public {
        vm.warp(1_800_000_000);
        owner = vm.addr(ownerKey);
        token = new LocalCurrency(NAME, "LEM", issuer);
    }

    // ─── metadata ───────────────────────────────────────────────────────────────────────────────────────────

    function test_metadata_isTheCommunityCurrencys() public view {
        assertEq(keccak256(bytes(token.name())), keccak256(bytes(NAME)), "name");
        assertEq(keccak256(bytes(token.symbol())), keccak256("LEM"), "symbol");
        assertEq(token.decimals(), 18, "decimals");
        assertEq(token.issuer(), issuer, "issuer");
        assertEq(token.totalSupply(), 0, "nothing minted");
    }

    // ─── mint ───────────────────────────────────────────────────────────────────────────────────────────────

    function test_mint_creditsTheRecipient() public {
        testFuzz_mint_creditsTheRecipient(owner, 1_000 ether);
    }

    function testFuzz_mint_creditsTheRecipient(address to, uint256 amount) public {
        if (to == address(0)) to = owner;
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), to, amount);
        vm.prank(issuer);
        token.mint(to, amount);
        assertEq(token.balanceOf(to), amount, "balance");
        assertEq(token.totalSupply(), amount, "supply");
    }

    function test_mint_revertsWhen_callerIsNotTheIssuer() public {
        vm.expectRevert(abi.encodeWithSelector(LocalCurrency.NotIssuer.selector, stranger));
        vm.prank(stranger);
        token.mint(stranger, 1 ether);
    }

    function test_mint_revertsWhen_recipientIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(issuer);
        token.mint(address(0), 1 ether);
    }

    // ─── permit (EIP-2612) ──────────────────────────────────────────────────────────────────────────────────

    function test_domainSeparator_matchesAnIndependentEip712Domain() public view {
        bytes32 expected = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256("1"), block.chainid, address(token))
        );
        assertEq(token.DOMAIN_SEPARATOR(), expected, "domain separator");
    }

    function test_permit_setsTheAllowanceFromASignature() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, spender, 5 ether, 0, deadline));
        vm.expectEmit(address(token));
        emit IERC20.Approval(owner, spender, 5 ether);
        vm.prank(stranger);
        token.permit(owner, spender, 5 ether, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), 5 ether, "allowance");
        assertEq(token.nonces(owner), 1, "nonce moved on");
    }

    function test_permit_letsTheSpenderPullTheTokens() public {
        vm.prank(issuer);
        token.mint(owner, 5 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, spender, 5 ether, 0, deadline));
        token.permit(owner, spender, 5 ether, deadline, v, r, s);
        vm.prank(spender);
        token.transferFrom(owner, spender, 5 ether);
        assertEq(token.balanceOf(spender), 5 ether, "pulled");
        assertEq(token.allowance(owner, spender), 0, "allowance used");
    }

    function test_permit_acceptsAtTheDeadline() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, spender, 1 ether, 0, deadline));
        vm.warp(deadline);
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), 1 ether, "allowance");
    }

    function test_permit_revertsWhen_deadlinePassed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, spender, 1 ether, 0, deadline));
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permit_revertsWhen_signerIsNotTheOwner() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(0xBAD5, _permitDigest(owner, spender, 1 ether, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(0xBAD5), owner));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permit_revertsWhen_replayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ownerKey, _permitDigest(owner, spender, 1 ether, 0, deadline));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
        address recovered = ecrecover(_permitDigest(owner, spender, 1 ether, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _permitDigest(address owner_, address spender_, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner_, spender_, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }
}
