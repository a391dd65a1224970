// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A passkey (a WebAuthn credential) allowed to sign for a passkey account: its P-256 public key, and the
///  relying party and web origin it was created for. A signature counts only if the authenticator signed for this
///  relying party and the browser reported exactly this origin, so a passkey used on another site, or on another
///  origin of the same site (e.g. a user-content subdomain), signs nothing the account accepts.
///  Its id is `keccak256(abi.encode(qx, qy, rpIdHash, keccak256(bytes(origin))))`.
struct Passkey {
    /// @dev The x coordinate of the P-256 public key (from the credential's COSE key at creation).
    bytes32 qx;
    /// @dev The y coordinate of the P-256 public key.
    bytes32 qy;
    /// @dev sha256 of the WebAuthn relying party id, e.g. sha256("grandrue.example"): the first 32 bytes of the
    ///  authenticator data the passkey signs.
    bytes32 rpIdHash;
    /// @dev The web origin the passkey signs from, as the browser writes it in clientDataJSON
    ///  ("https://grandrue.example", no trailing slash).
    string origin;
}
