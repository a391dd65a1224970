// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Label attestations: third parties vouch that a shop holds a label
/// @notice The EAS model (schema, attester, recipient, expiry, revocation) reduced to shop labels and built only on
///  the registry's public interface. The schema is a label slug ("organic", "local-currency"), the attester a
///  registered issuer (an association, a certifier, a local-currency network), the recipient a shop id. An issuer
///  attests with an expiry and an evidence CID and may revoke; an issuer that manages the shop is refused, so a shop
///  cannot vouch for itself from its own address. Anyone may register as an issuer: readers decide whose labels they
///  trust (the SDK returns the issuer with every label). No owner, no admin.
///
///  A label is worth what its issuer is worth. Nothing stops a shop from registering a second address as an issuer
///  and labelling itself; no contract can tell that address from a real certifier. What tells them apart is the
///  issuer's record, all public: its own profile document (who it is, what it checks), since when it issues
///  ({issuerSince}), and how many shops it attests and since when ({LabelAttested}, indexed by issuer, and
///  {LabelRevoked}). An app shows that record beside each label and lets the shopper choose whose labels count.
interface ILabelAttestations {
    /// @notice One attestation.
    /// @param expiresAt Last second it is valid (0 = no expiry).
    struct Attestation {
        address issuer;
        uint64 expiresAt;
        bool isRevoked;
        uint256 shopId;
        bytes32 label;
    }

    /// @notice The caller is already a registered issuer.
    error IssuerAlreadyRegistered(address account);
    /// @notice `account` is not a registered issuer.
    error NotIssuer(address account);
    /// @notice An issuer name that is empty or longer than `MAX_NAME_LENGTH` bytes.
    error InvalidName(uint256 length);
    /// @notice A CID that is empty or longer than `MAX_CID_LENGTH` bytes.
    error InvalidCid(uint256 length);
    /// @notice A label that is not a slug: 1–32 characters of a–z, 0–9 and "-", right-padded with zero bytes.
    error InvalidLabel(bytes32 label);
    /// @notice `shopId` was never registered.
    error UnknownShop(uint256 shopId);
    /// @notice The issuer manages the shop: a shop cannot attest its own third-party label.
    error SelfAttestation(uint256 shopId, address issuer);
    /// @notice An expiry that is not in the future (0 means none).
    error InvalidExpiry(uint64 expiresAt);
    /// @notice No attestation has this id.
    error UnknownAttestation(uint256 attestationId);
    /// @notice Only the attestation's issuer may revoke it.
    error NotAttestationIssuer(uint256 attestationId, address account);
    /// @notice The attestation was already revoked.
    error AlreadyRevoked(uint256 attestationId);

    /// @notice An issuer registered with a display name and a profile document (who they are, what they certify).
    event IssuerRegistered(address indexed issuer, string name, bytes profileCid);
    /// @notice An issuer published a new name or profile.
    event IssuerUpdated(address indexed issuer, string name, bytes profileCid);
    /// @notice `issuer` attested that `shopId` holds `label` until `expiresAt` (0 = no expiry).
    event LabelAttested(
        uint256 indexed attestationId,
        uint256 indexed shopId,
        address indexed issuer,
        bytes32 label,
        uint64 expiresAt,
        bytes evidenceCid
    );
    /// @notice The issuer revoked an attestation.
    event LabelRevoked(uint256 indexed attestationId, uint256 indexed shopId, address indexed issuer);

    /// @notice Registers the caller as an issuer.
    /// @dev Emits {IssuerRegistered}. Reverts if:
    ///  - the caller is already registered               → IssuerAlreadyRegistered(caller)
    ///  - the name is empty or too long                   → InvalidName(length)
    ///  - the CID is empty or too long                    → InvalidCid(length)
    function registerIssuer(string calldata name, bytes calldata profileCid) external;

    /// @notice Publishes a new name and profile for the caller.
    /// @dev Emits {IssuerUpdated}. Reverts if:
    ///  - the caller is not registered                    → NotIssuer(caller)
    ///  - the name is empty or too long                   → InvalidName(length)
    ///  - the CID is empty or too long                    → InvalidCid(length)
    function updateIssuer(string calldata name, bytes calldata profileCid) external;

    /// @notice The caller (an issuer) attests that a shop holds a label. Attesting the same label again adds a new
    ///  attestation, which becomes the issuer's latest for that shop and label.
    /// @dev Emits {LabelAttested}. Reverts if:
    ///  - the caller is not a registered issuer           → NotIssuer(caller)
    ///  - the label is not a slug                         → InvalidLabel(label)
    ///  - the shop was never registered                   → UnknownShop(shopId)
    ///  - the caller manages the shop                     → SelfAttestation(shopId, caller)
    ///  - `expiresAt` is neither 0 nor in the future      → InvalidExpiry(expiresAt)
    ///  - the evidence CID is empty or too long           → InvalidCid(length)
    /// @return attestationId The new attestation's id (starting at 1).
    function attest(uint256 shopId, bytes32 label, uint64 expiresAt, bytes calldata evidenceCid)
        external
        returns (uint256 attestationId);

    /// @notice The issuer revokes one of its attestations.
    /// @dev Emits {LabelRevoked}. Reverts if:
    ///  - no attestation has this id                      → UnknownAttestation(attestationId)
    ///  - the caller is not its issuer                    → NotAttestationIssuer(attestationId, caller)
    ///  - it was already revoked                          → AlreadyRevoked(attestationId)
    function revoke(uint256 attestationId) external;

    /// @notice Whether `account` registered as an issuer.
    function isIssuer(address account) external view returns (bool);

    /// @notice When `account` registered as an issuer (0 if it never did): a self-made issuer is usually new.
    function issuerSince(address account) external view returns (uint40);

    /// @notice An attestation (issuer zero for unknown ids).
    function attestationOf(uint256 attestationId) external view returns (Attestation memory);

    /// @notice Whether the attestation exists, is not revoked and not expired (valid until `expiresAt` included).
    function isValid(uint256 attestationId) external view returns (bool);

    /// @notice Whether `issuer`'s latest attestation of `label` for the shop is valid: the one-call check another
    ///  contract makes ("is this shop organic according to this certifier?").
    function hasValidLabel(uint256 shopId, address issuer, bytes32 label) external view returns (bool);

    /// @notice `issuer`'s latest attestation of `label` for the shop (0 when none).
    function latestAttestation(uint256 shopId, address issuer, bytes32 label) external view returns (uint256);

    /// @notice Number of attestations ever made for the shop (valid or not).
    function attestationCountOf(uint256 shopId) external view returns (uint256);

    /// @notice Up to `limit` of the shop's attestation ids from position `offset`, oldest first (check each with
    ///  {isValid}; a page past the end is empty).
    function attestationsOf(uint256 shopId, uint256 offset, uint256 limit) external view returns (uint256[] memory);

    /// @notice Number of attestations ever made (ids run from 1 to this value).
    function attestationCount() external view returns (uint256);

    /// @notice Whether `label` is a slug: 1–32 characters of a–z, 0–9 and "-", then only zero bytes.
    function isSlug(bytes32 label) external pure returns (bool);
}
