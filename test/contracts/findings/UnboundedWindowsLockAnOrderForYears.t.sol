// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {IShopRegistry} from "../../../contracts/interfaces/IShopRegistry.sol";
import {OrderRequest, ShopRegistration, ShopTerms} from "../../../contracts/types/MarketTypes.sol";
import {EscrowTestBase} from "../utils/EscrowHelpers.sol";

/// @notice Finding (issue 11, hole 6): windows had no maximum, so `shipHours = 65535` locked an accepted order for
///  about 7.5 years. Every window now has a documented maximum, enforced at registration, at every terms update and at
///  checkout.
contract UnboundedWindowsLockAnOrderForYearsTest is EscrowTestBase {
    function test_register_refusesAShipWindowOfSevenYears() public {
        ShopRegistration memory registration = _registration(payout);
        registration.terms.shipHours = type(uint16).max;
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidTerms.selector, registration.terms));
        registry.register(registration);
    }

    function test_updateTerms_refusesAReturnWindowOfSevenYears() public {
        ShopTerms memory terms = _terms();
        terms.returnHours = type(uint16).max;
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidTerms.selector, terms));
        vm.prank(merchant);
        registry.updateTerms(shopId, terms);
    }

    function test_checkout_refusesAnOfferWithASevenYearWindow() public {
        OrderRequest memory request = _request(address(0), AMOUNT, 0, address(0), address(0));
        request.terms.shipHours = type(uint16).max;
        OrderRequest[] memory requests = new OrderRequest[](1);
        requests[0] = request;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.InvalidTerms.selector, request.terms));
        vm.prank(buyer);
        escrow.checkout{value: AMOUNT}(requests);
    }
}
