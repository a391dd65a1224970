// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Escrow} from "../../../contracts/Escrow.sol";
import {Reviews} from "../../../contracts/Reviews.sol";
import {ShopRegistry} from "../../../contracts/ShopRegistry.sol";
import {MediatorArbitrator} from "../../../contracts/arbitration/MediatorArbitrator.sol";
import {LocalCurrency} from "../../../contracts/tokens/LocalCurrency.sol";
import {ShopRegistration} from "../../../contracts/types/MarketTypes.sol";
import {PinnableArbitrator} from "../mocks/arbitration/PinnableArbitrator.sol";
import {RevertingReceiver} from "../mocks/receivers/RevertingReceiver.sol";
import {BlocklistToken} from "../mocks/tokens/BlocklistToken.sol";
import {Test} from "../utils/Vm.sol";
import {inRange} from "./Range.sol";

/// @notice The cast of the invariant campaign and the money they start with: buyers (two of them hold keys and sign
///  actions for a relayer to submit), merchants owning one shop each, payouts, carriers, a relayer, a vault to withdraw
///  credits to, in ETH, the Léman and a blocklisting token; the mediator and a hostile arbitrator that reuses dispute
///  ids. Some of them refuse ETH (contracts without `receive`) or are blocklisted, so payments get credited.
abstract contract EscrowActors is Test {
    uint256 internal constant STARTING_BALANCE = 1e30;

    Escrow public immutable escrow;
    ShopRegistry public immutable registry;
    Reviews public immutable reviews;
    MediatorArbitrator public immutable mediator;
    address public immutable mediatorAccount;
    LocalCurrency public immutable leman;
    BlocklistToken public immutable blocklistToken;
    PinnableArbitrator public immutable pinnableArbitrator;
    /// @notice The keys of the first two buyers, who sign checkouts and releases for the relayer.
    uint256[2] internal buyerKeys = [uint256(0xB1), uint256(0xB2)];
    address internal relayer = address(0xF3);

    address[] internal buyers;
    address[] internal merchants;
    address[] internal payouts;
    address[] internal carriers;
    address internal vault = address(0xF1);
    address internal stranger = address(0xF2);
    /// @notice Everyone money may reach; the money-conservation invariant sums over them and the escrow.
    address[] internal holders;
    address[] internal tokens;
    uint256[] internal shops;

    mapping(address account => bool) internal isRejectingEth;
    /// @notice Per token, everything the holders and the escrow held at the start.
    mapping(address token => uint256) public initialTotal;

    constructor(
        Escrow escrow_,
        ShopRegistry registry_,
        Reviews reviews_,
        MediatorArbitrator mediator_,
        LocalCurrency leman_,
        ShopRegistration memory registration
    ) {
        escrow = escrow_;
        registry = registry_;
        reviews = reviews_;
        mediator = mediator_;
        mediatorAccount = mediator_.mediator();
        leman = leman_;
        blocklistToken = new BlocklistToken();
        pinnableArbitrator = new PinnableArbitrator();
        tokens = [address(0), address(leman_), address(blocklistToken)];

        buyers = [vm.addr(buyerKeys[0]), vm.addr(buyerKeys[1]), _rejectingEth()];
        merchants = [address(0xC1), address(0xC2), address(0xC3)];
        payouts = [address(0xD1), _rejectingEth(), address(0xD3), address(0xD4)];
        carriers = [address(0xE1), address(0xE2), _rejectingEth()];
        blocklistToken.setBlocked(payouts[2], true);
        blocklistToken.setBlocked(carriers[1], true);

        for (uint256 i; i < merchants.length; ++i) {
            registration.payout = payouts[i];
            vm.prank(merchants[i]);
            shops.push(registry_.register(registration));
        }
        _enlist(buyers);
        _enlist(merchants);
        _enlist(payouts);
        _enlist(carriers);
        holders.push(vault);
        holders.push(stranger);
        holders.push(relayer);
        _fundBuyers();
        for (uint256 t; t < tokens.length; ++t) {
            initialTotal[tokens[t]] = _sumHeld(tokens[t]);
        }
    }

    // ─── Views for the invariants ───────────────────────────────────────────────────────────────────────────

    function tokenList() external view returns (address[] memory) {
        return tokens;
    }

    function shopList() external view returns (uint256[] memory) {
        return shops;
    }

    /// @notice Sum of `token` held by every holder and the escrow.
    function sumHeld(address token) external view returns (uint256) {
        return _sumHeld(token);
    }

    /// @notice Sum of `token` credited to every holder.
    function sumCredits(address token) public view returns (uint256 total) {
        for (uint256 i; i < holders.length; ++i) {
            total += escrow.creditOf(holders[i], token);
        }
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Whether a push of `token` to `account` succeeds (otherwise the escrow credits it).
    function _canReceive(address account, address token) internal view returns (bool) {
        if (token == address(0)) return !isRejectingEth[account];
        if (token == address(blocklistToken)) return !blocklistToken.isBlocked(account);
        return true;
    }

    function _balanceOf(address token, address account) internal view returns (uint256) {
        return token == address(0) ? account.balance : IERC20(token).balanceOf(account);
    }

    function _sumHeld(address token) internal view returns (uint256 total) {
        total = _balanceOf(token, address(escrow));
        for (uint256 i; i < holders.length; ++i) {
            total += _balanceOf(token, holders[i]);
        }
    }

    function _pick(address[] storage list, uint256 seed) internal view returns (address) {
        return list[seed % list.length];
    }

    function _token(uint256 seed) internal view returns (address) {
        return tokens[inRange(seed, 0, tokens.length - 1)];
    }

    function _rejectingEth() private returns (address account) {
        account = address(new RevertingReceiver());
        isRejectingEth[account] = true;
    }

    function _enlist(address[] storage list) private {
        for (uint256 i; i < list.length; ++i) {
            holders.push(list[i]);
        }
    }

    function _fundBuyers() private {
        for (uint256 i; i < buyers.length; ++i) {
            address buyer = buyers[i];
            vm.deal(buyer, STARTING_BALANCE);
            vm.prank(leman.issuer());
            leman.mint(buyer, STARTING_BALANCE);
            blocklistToken.mint(buyer, STARTING_BALANCE);
            vm.startPrank(buyer);
            leman.approve(address(escrow), type(uint256).max);
            blocklistToken.approve(address(escrow), type(uint256).max);
            vm.stopPrank();
        }
    }
}
