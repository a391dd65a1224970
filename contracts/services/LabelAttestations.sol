// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IShopRegistry} from "../interfaces/IShopRegistry.sol";
import {ILabelAttestations} from "./interfaces/ILabelAttestations.sol";

/// @title LabelAttestations
/// @notice Third-party shop labels with expiry and revocation, in the EAS model; see {ILabelAttestations}.
contract LabelAttestations is ILabelAttestations {
    /// @notice Longest issuer name, in bytes.
    uint256 public constant MAX_NAME_LENGTH = 64;
    /// @notice Longest profile or evidence CID, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;

    /// @notice The registry whose shops receive labels and that says who manages them.
    IShopRegistry public immutable registry;

    uint256 private _attestationCount;
    /// @dev When each issuer registered (0 = not an issuer).
    mapping(address account => uint40 registeredAt) private _issuerSince;
    mapping(uint256 attestationId => Attestation) private _attestations;
    mapping(uint256 shopId => uint256[] attestationIds) private _shopAttestations;
    mapping(uint256 shopId => mapping(address issuer => mapping(bytes32 label => uint256 attestationId))) private
        _latest;

    constructor(IShopRegistry registry_) {
        registry = registry_;
    }

    /// @inheritdoc ILabelAttestations
    function registerIssuer(string calldata name, bytes calldata profileCid) external {
        if (_issuerSince[msg.sender] != 0) revert IssuerAlreadyRegistered(msg.sender);
        _checkProfile(name, profileCid);
        _issuerSince[msg.sender] = uint40(block.timestamp);
        emit IssuerRegistered(msg.sender, name, profileCid);
    }

    /// @inheritdoc ILabelAttestations
    function updateIssuer(string calldata name, bytes calldata profileCid) external {
        if (_issuerSince[msg.sender] == 0) revert NotIssuer(msg.sender);
        _checkProfile(name, profileCid);
        emit IssuerUpdated(msg.sender, name, profileCid);
    }

    /// @inheritdoc ILabelAttestations
    function attest(uint256 shopId, bytes32 label, uint64 expiresAt, bytes calldata evidenceCid)
        external
        returns (uint256 attestationId)
    {
        if (_issuerSince[msg.sender] == 0) revert NotIssuer(msg.sender);
        if (!isSlug(label)) revert InvalidLabel(label);
        _requireShop(shopId);
        if (registry.isShopManager(shopId, msg.sender)) revert SelfAttestation(shopId, msg.sender);
        if (expiresAt != 0 && expiresAt <= block.timestamp) revert InvalidExpiry(expiresAt);
        _checkCid(evidenceCid);

        attestationId = ++_attestationCount;
        _attestations[attestationId] = Attestation({
            issuer: msg.sender,
            expiresAt: expiresAt,
            isRevoked: false,
            shopId: shopId,
            label: label
        });
        _shopAttestations[shopId].push(attestationId);
        _latest[shopId][msg.sender][label] = attestationId;
        emit LabelAttested(attestationId, shopId, msg.sender, label, expiresAt, evidenceCid);
    }

    /// @inheritdoc ILabelAttestations
    function revoke(uint256 attestationId) external {
        Attestation storage attestation = _attestations[attestationId];
        address issuer = attestation.issuer;
        if (issuer == address(0)) revert UnknownAttestation(attestationId);
        if (issuer != msg.sender) revert NotAttestationIssuer(attestationId, msg.sender);
        if (attestation.isRevoked) revert AlreadyRevoked(attestationId);
        attestation.isRevoked = true;
        emit LabelRevoked(attestationId, attestation.shopId, issuer);
    }

    /// @inheritdoc ILabelAttestations
    function isIssuer(address account) external view returns (bool) {
        return _issuerSince[account] != 0;
    }

    /// @inheritdoc ILabelAttestations
    function issuerSince(address account) external view returns (uint40) {
        return _issuerSince[account];
    }

    /// @inheritdoc ILabelAttestations
    function attestationOf(uint256 attestationId) external view returns (Attestation memory) {
        return _attestations[attestationId];
    }

    /// @inheritdoc ILabelAttestations
    function isValid(uint256 attestationId) public view returns (bool) {
        Attestation storage attestation = _attestations[attestationId];
        uint64 expiresAt = attestation.expiresAt;
        return attestation.issuer != address(0) && !attestation.isRevoked
            && (expiresAt == 0 || block.timestamp <= expiresAt);
    }

    /// @inheritdoc ILabelAttestations
    function hasValidLabel(uint256 shopId, address issuer, bytes32 label) external view returns (bool) {
        return isValid(_latest[shopId][issuer][label]);
    }

    /// @inheritdoc ILabelAttestations
    function latestAttestation(uint256 shopId, address issuer, bytes32 label) external view returns (uint256) {
        return _latest[shopId][issuer][label];
    }

    /// @inheritdoc ILabelAttestations
    function attestationCountOf(uint256 shopId) external view returns (uint256) {
        return _shopAttestations[shopId].length;
    }

    /// @inheritdoc ILabelAttestations
    function attestationsOf(uint256 shopId, uint256 offset, uint256 limit)
        external
        view
        returns (uint256[] memory ids)
    {
        uint256[] storage all = _shopAttestations[shopId];
        uint256 end = all.length;
        if (offset >= end) return new uint256[](0);
        if (limit < end - offset) end = offset + limit;
        ids = new uint256[](end - offset);
        for (uint256 i; i < ids.length; ++i) {
            ids[i] = all[offset + i];
        }
    }

    /// @inheritdoc ILabelAttestations
    function attestationCount() external view returns (uint256) {
        return _attestationCount;
    }

    /// @inheritdoc ILabelAttestations
    function isSlug(bytes32 label) public pure returns (bool) {
        if (label[0] == 0) return false;
        bool isPadding;
        for (uint256 i; i < 32; ++i) {
            bytes1 char = label[i];
            if (char == 0) {
                isPadding = true;
            } else if (isPadding) {
                return false;
            } else if (!((char >= "a" && char <= "z") || (char >= "0" && char <= "9") || char == "-")) {
                return false;
            }
        }
        return true;
    }

    function _checkProfile(string calldata name, bytes calldata profileCid) private pure {
        uint256 nameLength = bytes(name).length;
        if (nameLength == 0 || nameLength > MAX_NAME_LENGTH) revert InvalidName(nameLength);
        _checkCid(profileCid);
    }

    /// @dev A shop exists while its token has an owner (shops are never burned). Asking the token's owner, which the
    ///  manager check reads next anyway, costs one cold storage read less than comparing with the shop count.
    function _requireShop(uint256 shopId) private view {
        try IERC721(address(registry)).ownerOf(shopId) returns (address) {}
        catch {
            revert UnknownShop(shopId);
        }
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }
}
