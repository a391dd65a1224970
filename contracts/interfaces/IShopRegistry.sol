// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ShopAcceptance, ShopRecord, ShopRegistration, ShopTerms} from "../types/MarketTypes.sol";

/// @title Grandrue shop registry
/// @notice Each shop is an ERC-721 token (transferable, like selling a business). The registry stores what the
///  escrow needs in one slot (payout, terms, active flag) and publishes everything else — metadata and catalog
///  CIDs, geohash, accepted tokens with rates, carriers and arbitrators — in events an indexer rebuilds the shop
///  from. The owner or an approved operator manages a shop. There is no owner of the registry itself.
///
///  Selling a shop (transferring its token) hands over the shop and its future orders, not the money of the orders
///  already paid: those keep their payout, and their owner at payment still settles their disputes ({isOrderManager}).
interface IShopRegistry {
    /// @notice `account` may not manage `shopId` (not its owner nor an approved operator).
    error NotShopManager(uint256 shopId, address account);
    /// @notice `shopId` was never registered.
    error UnknownShop(uint256 shopId);
    /// @notice `shopId` is not accepting orders.
    error ShopInactive(uint256 shopId);
    /// @notice A payout address of zero would burn the shop's revenue.
    error ZeroPayout();
    /// @notice Every service window must be at least one hour and at most its maximum: accept 720 h, ship 2,160 h,
    ///  delivery 720 h, return 2,160 h (`contracts/libraries/ShopWindows.sol`).
    error InvalidTerms(ShopTerms terms);
    /// @notice A CID is empty or longer than `MAX_CID_LENGTH` bytes.
    error InvalidCid(uint256 length);
    /// @notice A payment option has a zero rate.
    error InvalidRate(address token);
    /// @notice A list exceeds its bound (`maximum`).
    error TooManyEntries(uint256 count, uint256 maximum);

    /// @notice A shop was opened.
    event ShopRegistered(uint256 indexed shopId, address indexed owner, address payout, ShopTerms terms);
    /// @notice The shop's metadata document and location changed.
    event ShopMetadataUpdated(uint256 indexed shopId, bytes metadataCid, bytes12 geohash);
    /// @notice The shop published a new catalog.
    event CatalogPublished(uint256 indexed shopId, bytes catalogCid);
    /// @notice The shop's accepted tokens (with rates), carriers and arbitrators changed.
    event ShopAcceptanceUpdated(uint256 indexed shopId, ShopAcceptance acceptance);
    /// @notice The shop's payout address changed (future orders only).
    event ShopPayoutUpdated(uint256 indexed shopId, address payout);
    /// @notice The shop's service windows changed (future orders only).
    event ShopTermsUpdated(uint256 indexed shopId, ShopTerms terms);
    /// @notice The shop opened or closed to new orders.
    event ShopActiveChanged(uint256 indexed shopId, bool isActive);
    /// @notice The shop's order hook changed (future orders only); address(0) removes it.
    event OrderHookUpdated(uint256 indexed shopId, address hook);

    /// @notice Opens a shop owned by the caller, mints its token and publishes all its data.
    /// @dev Emits {ShopRegistered}, {ShopMetadataUpdated}, {CatalogPublished}, {ShopAcceptanceUpdated} and
    ///  ERC-721 {Transfer}. Reverts if:
    ///  - `registration.payout` is zero                               → ZeroPayout()
    ///  - a service window is zero or above its maximum                → InvalidTerms(terms)
    ///  - the metadata CID is empty or a CID is too long               → InvalidCid(length)
    ///  - a payment option has a zero rate                             → InvalidRate(token)
    ///  - a list exceeds its bound                                     → TooManyEntries(count, maximum)
    /// @param registration Payout, terms, CIDs, geohash and acceptance lists.
    /// @return shopId The new shop's token id (starting at 1).
    function register(ShopRegistration calldata registration) external returns (uint256 shopId);

    /// @notice Publishes a new metadata document and location.
    /// @dev Emits {ShopMetadataUpdated}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller) (UnknownShop for unknown ids)
    ///  - the CID is empty or too long              → InvalidCid(length)
    function updateMetadata(uint256 shopId, bytes calldata metadataCid, bytes12 geohash) external;

    /// @notice Publishes a new catalog document.
    /// @dev Emits {CatalogPublished}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    ///  - the CID is empty or too long              → InvalidCid(length)
    function publishCatalog(uint256 shopId, bytes calldata catalogCid) external;

    /// @notice Replaces the accepted tokens, carriers and arbitrators.
    /// @dev Emits {ShopAcceptanceUpdated}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    ///  - a payment option has a zero rate          → InvalidRate(token)
    ///  - a list exceeds its bound                  → TooManyEntries(count, maximum)
    function updateAcceptance(uint256 shopId, ShopAcceptance calldata acceptance) external;

    /// @notice Changes where future orders pay out. Orders already paid keep the payout they committed to.
    /// @dev Emits {ShopPayoutUpdated}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    ///  - `payout` is zero                          → ZeroPayout()
    function updatePayout(uint256 shopId, address payout) external;

    /// @notice Changes the service windows of future orders.
    /// @dev Emits {ShopTermsUpdated}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    ///  - a window is zero or above its maximum     → InvalidTerms(terms)
    function updateTerms(uint256 shopId, ShopTerms calldata terms) external;

    /// @notice Opens or closes the shop to new orders; open orders are unaffected.
    /// @dev Emits {ShopActiveChanged}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    function setActive(uint256 shopId, bool isActive) external;

    /// @notice Sets the contract the escrow tells when this shop's future orders are delivered, complete or have a
    ///  dispute resolved ({IOrderHook}); address(0) removes it. Orders already paid keep the hook they carry.
    /// @dev Emits {OrderHookUpdated}. Reverts if:
    ///  - caller does not manage the shop          → NotShopManager(shopId, caller)
    function setOrderHook(uint256 shopId, address hook) external;

    /// @notice A shop's payout, windows, active flag and whether it has an order hook. The escrow does not read it: it
    ///  asks the registry only who manages a shop (`isShopManager`, `isOrderManager`).
    /// @dev Reverts if the shop does not exist → UnknownShop(shopId).
    function shop(uint256 shopId) external view returns (ShopRecord memory record);

    /// @notice What checkout copies into an order: payout, terms and order hook.
    /// @dev Reverts if:
    ///  - the shop does not exist                   → UnknownShop(shopId)
    ///  - the shop is not active                    → ShopInactive(shopId)
    function checkoutTerms(uint256 shopId)
        external
        view
        returns (address payout, ShopTerms memory terms, address hook);

    /// @notice The shop's order hook, address(0) if none.
    function orderHook(uint256 shopId) external view returns (address hook);

    /// @notice Whether `account` is the shop's owner or an approved operator.
    function isShopManager(uint256 shopId, address account) external view returns (bool);

    /// @notice Whether `account` decides the money of an order of the shop paid at `paidAt` (the escrow asks this for
    ///  settlements). While the shop has not changed hands since the order was paid, its managers do (owner and
    ///  approved operators); after a sale, the owner at payment does, whose payout the order pays, and the new owner
    ///  does not. A sale in the same second as the payment counts as before it.
    function isOrderManager(uint256 shopId, address account, uint256 paidAt) external view returns (bool);

    /// @notice Number of shops ever registered (ids run from 1 to this value).
    function shopCount() external view returns (uint256);
}
