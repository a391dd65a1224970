// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {IntentVerifier} from "./mocks/IntentVerifier.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice ERC-1271 through ERC-7739: a passkey's signature for one application, account or chain is worthless to any
///  other, and a bare assertion of a hash is never accepted.
contract PasskeyAccountErc1271Test is PasskeyFixture {
    bytes4 private constant MAGIC = 0x1626ba7e;
    bytes4 private constant INVALID = 0xffffffff;
    string private constant RELEASE_TYPE = "Release(uint256 orderId,uint256 nonce,uint256 deadline)";

    IntentVerifier private escrowV2;
    IntentVerifier private otherApp;
    PasskeyAccount private secondAccount;

    function setUp() public override {
        super.setUp();
        escrowV2 = new IntentVerifier("Grandrue Escrow");
        otherApp = new IntentVerifier("Grandrue Escrow");
        secondAccount = PasskeyAccount(payable(factory.createAccount(_passkey(ALICE_PHONE_KEY), bytes32(uint256(1)))));
    }

    /// @notice What the app asks the passkey to sign for `account_`: TypedDataSign(contents, account's domain) under
    ///  the application's domain (ERC-7739), and the signature it returns.
    function _typedDataSignature(
        uint256 privateKey,
        IntentVerifier app,
        PasskeyAccount account_,
        uint256 orderId
    ) private view returns (bytes memory) {
        bytes32 contentsHash = app.releaseHash(orderId, 0, 2_000_000_000);
        bytes32 typedDataSignHash = keccak256(
            abi.encode(
                keccak256(
                    abi.encodePacked(
                        "TypedDataSign(Release contents,string name,string version,uint256 chainId,",
                        "address verifyingContract,bytes32 salt)",
                        RELEASE_TYPE
                    )
                ),
                contentsHash,
                keccak256("Grandrue Passkey Account"),
                keccak256("1"),
                block.chainid,
                address(account_),
                bytes32(0)
            )
        );
        bytes32 challenge = MessageHashUtils.toTypedDataHash(app.domainSeparator(), typedDataSignHash);
        return abi.encodePacked(
            _sign(privateKey, challenge),
            app.domainSeparator(),
            contentsHash,
            RELEASE_TYPE,
            uint16(bytes(RELEASE_TYPE).length)
        );
    }

    function _personalSignature(uint256 privateKey, PasskeyAccount account_, bytes32 hash)
        private
        view
        returns (bytes memory)
    {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            account_.eip712Domain();
        bytes32 accountSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256(bytes(version)),
                chainId,
                verifyingContract
            )
        );
        bytes32 personalSign = keccak256(abi.encode(keccak256("PersonalSign(bytes prefixed)"), hash));
        return _sign(privateKey, MessageHashUtils.toTypedDataHash(accountSeparator, personalSign));
    }

    function test_isValidSignature_acceptsANestedTypedDataSignatureForItsApplication() public view {
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        assertEq(account.isValidSignature(escrowV2.digest(1, 0, 2_000_000_000), signature), MAGIC);
        assertTrue(escrowV2.isSignedBy(address(account), 1, 0, 2_000_000_000, signature), "through SignatureChecker");
    }

    function test_isValidSignature_refusesTheSignatureInAnotherApplication() public view {
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        assertFalse(otherApp.isSignedBy(address(account), 1, 0, 2_000_000_000, signature));
    }

    function test_isValidSignature_refusesTheSignatureForAnotherAccountOfTheSamePasskey() public view {
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        assertFalse(escrowV2.isSignedBy(address(secondAccount), 1, 0, 2_000_000_000, signature));
    }

    function test_isValidSignature_refusesTheSignatureOfAnotherIntent() public view {
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        assertFalse(escrowV2.isSignedBy(address(account), 2, 0, 2_000_000_000, signature));
    }

    function test_isValidSignature_refusesTheSignatureOnAnotherChain() public {
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        vm.chainId(100);
        assertFalse(escrowV2.isSignedBy(address(account), 1, 0, 2_000_000_000, signature));
    }

    function test_isValidSignature_refusesAnotherPasskey() public view {
        bytes memory signature = _typedDataSignature(MALLORY_KEY, escrowV2, account, 1);
        assertEq(account.isValidSignature(escrowV2.digest(1, 0, 2_000_000_000), signature), INVALID);
    }

    function test_isValidSignature_refusesABareAssertionOfTheHash() public view {
        bytes32 digest = escrowV2.digest(1, 0, 2_000_000_000);
        assertEq(account.isValidSignature(digest, _sign(ALICE_PHONE_KEY, digest)), INVALID);
    }

    function test_isValidSignature_refusesARemovedPasskey() public {
        bytes memory addLaptop = abi.encodeCall(PasskeyAccount.addPasskey, (_passkey(ALICE_LAPTOP_KEY)));
        _execute(ALICE_PHONE_KEY, _call(address(0), 0, addLaptop));
        bytes memory signature = _typedDataSignature(ALICE_PHONE_KEY, escrowV2, account, 1);
        bytes memory removePhone = abi.encodeCall(PasskeyAccount.removePasskey, (_passkeyId(_passkey(ALICE_PHONE_KEY))));
        _execute(ALICE_LAPTOP_KEY, _call(address(0), 0, removePhone));
        assertFalse(escrowV2.isSignedBy(address(account), 1, 0, 2_000_000_000, signature));
    }

    function test_isValidSignature_acceptsANestedPersonalSignature() public view {
        bytes32 hash = MessageHashUtils.toEthSignedMessageHash(bytes("I am Alice"));
        assertEq(account.isValidSignature(hash, _personalSignature(ALICE_PHONE_KEY, account, hash)), MAGIC);
    }

    function test_isValidSignature_refusesAPersonalSignatureForAnotherAccount() public view {
        bytes32 hash = MessageHashUtils.toEthSignedMessageHash(bytes("I am Alice"));
        assertEq(secondAccount.isValidSignature(hash, _personalSignature(ALICE_PHONE_KEY, account, hash)), INVALID);
    }

    function test_isValidSignature_refusesASignedBatchAsASignature() public view {
        Execution[] memory calls = new Execution[](0);
        bytes32 digest = account.executionDigest(calls, 0, 2_000_000_000);
        assertEq(account.isValidSignature(digest, _sign(ALICE_PHONE_KEY, digest)), INVALID);
    }

    function test_isValidSignature_answersTheErc7739DetectionRequest() public view {
        bytes32 detection = 0x7739773977397739773977397739773977397739773977397739773977397739;
        assertEq(account.isValidSignature(detection, ""), bytes4(0x77390001));
    }
}
