// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ServicesFixture} from "../services/utils/ServicesFixture.sol";

/// @notice Finding (issue 11, hole 10): a shop can label itself from a second address; no contract can tell that
///  address from a real certifier. A label is worth what its issuer is worth, so the issuer's record must be visible:
///  since when it issues (`issuerSince`, on-chain) and whom it attests (`LabelAttested` events, indexed by issuer).
contract ALabelIsWorthWhatItsIssuerIsWorthTest is ServicesFixture {
    address internal secondAddress = address(0x5E1F);

    function test_aSelfLabelFromASecondAddressShowsAnIssuerOfTheSameDay() public {
        vm.warp(block.timestamp + 365 days);
        vm.startPrank(secondAddress);
        labels.registerIssuer("Bio Garanti", PROFILE_CID);
        labels.attest(shopId, bytes32("organic"), 0, EVIDENCE_CID);
        vm.stopPrank();

        assertEq(labels.issuerSince(secondAddress), block.timestamp, "a reader sees an issuer registered today");
        assertEq(labels.issuerSince(merchant), 0, "and that the shop's owner is no issuer");
    }
}
