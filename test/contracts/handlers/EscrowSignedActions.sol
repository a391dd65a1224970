// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "../../../contracts/interfaces/IEscrow.sol";
import {
    BuyerAction,
    BuyerAuthorization,
    Order,
    OrderRequest,
    OrderStatus,
    PullMethod,
    TokenPull
} from "../../../contracts/types/MarketTypes.sol";
import {BuyerDigests} from "../utils/BuyerDigests.sol";
import {EscrowOrderActions} from "./EscrowOrderActions.sol";
import {inRange} from "./Range.sol";

/// @notice Handler actions a key-holding buyer signs and the relayer submits, paid a fee: checkout and release.
///  The money invariants then cover fees, which go from the buyer's wallet to the relayer and never through an order.
abstract contract EscrowSignedActions is EscrowOrderActions {
    /// @notice The most a buyer lets the relayer take per signed action.
    uint256 internal constant MAX_RELAYER_FEE = 1e15;
    uint256 private _signatureNonce;

    /// @notice A key-holding buyer signs a checkout of one or two orders in one ERC-20; the relayer submits it with a
    ///  fee of up to the signed maximum, pulled with the buyer's allowance.
    function checkoutBySig(uint256 buyerSeed, uint256 seed, uint256 countSeed, uint256 feeSeed) external {
        if (openIds.length >= MAX_OPEN_ORDERS) return;
        uint256 key = buyerKeys[buyerSeed % 2];
        address buyer = vm.addr(key);
        address token = (seed >> 250) % 2 == 0 ? address(leman) : address(blocklistToken);
        uint256 count = inRange(countSeed, 1, 2);
        OrderRequest[] memory requests = new OrderRequest[](count);
        Order[] memory orders = new Order[](count);
        uint256[3] memory totals;
        for (uint256 i; i < count; ++i) {
            requests[i] = _newRequest(uint256(keccak256(abi.encode(seed, i))));
            requests[i].token = token;
            orders[i] = _orderOf(requests[i], buyer);
            totals[_tokenIndex(token)] += uint256(requests[i].amount) + requests[i].deliveryFee;
        }
        uint256 fee = inRange(feeSeed, 0, MAX_RELAYER_FEE);
        uint256[6] memory before = _checkoutHoldings(buyer);
        uint256 relayerBefore = _balanceOf(token, relayer);

        (bool isSuccess, bytes memory returned) = _submitSignedCheckout(key, requests, fee);

        if (!isSuccess) {
            lastDeviation = "checkoutBySig: a signed checkout the model allows reverted";
            ++modelMismatches;
            return;
        }
        ++successes["checkoutBySig"];
        _recordCheckout(requests, orders, abi.decode(returned, (uint256[])), totals);
        uint256 t = _tokenIndex(token);
        bool isExact = _balanceOf(token, address(escrow)) == before[t] + totals[t]
            && _balanceOf(token, buyer) + totals[t] + fee == before[t + 3]
            && _balanceOf(token, relayer) == relayerBefore + fee;
        if (!isExact) {
            lastDeviation = "checkoutBySig: money moved differently than the orders and the fee";
            ++unexpectedPayments;
        }
    }

    /// @dev Signs `requests` with `key` and has the relayer submit them for `fee` (a function of its own: encoding
    ///  the requests beside the handler's locals is too deep for the stack).
    function _submitSignedCheckout(uint256 key, OrderRequest[] memory requests, uint256 fee)
        private
        returns (bool isSuccess, bytes memory returned)
    {
        address buyer = vm.addr(key);
        BuyerAuthorization memory authorization = _authorization();
        authorization.signature = _sign(
            key,
            BuyerDigests.checkout(
                _domain(), buyer, requests, authorization.maxFee, authorization.nonce, authorization.deadline
            )
        );
        vm.prank(relayer);
        (isSuccess, returned) = address(escrow).call(
            abi.encodeCall(IEscrow.checkoutBySig, (buyer, requests, authorization, fee, _noPull()))
        );
    }

    /// @notice The relayer submits a key-holding buyer's signed release, taking a fee from the buyer's wallet (which
    ///  must revert on an ETH order, whose fee cannot be pulled).
    function relayRelease(uint256 orderSeed, uint256 feeSeed) external {
        uint256 id = _pickOrder(orderSeed, _releasable());
        if (id == 0) return;
        Order storage order = terms[id];
        Ghost storage ghost = ghosts[id];
        uint256 key = _keyOf(order.buyer);
        if (key == 0) return;
        uint256 fee = feeSeed % 4 == 0 ? 0 : inRange(feeSeed >> 2, 1, MAX_RELAYER_FEE);
        bool shouldSucceed = _releasable() & _mask(ghost.status) != 0 && (fee == 0 || order.token != address(0));
        BuyerAuthorization memory authorization = _authorization();
        authorization.signature = _sign(
            key,
            BuyerDigests.actionDigest(
                _domain(),
                BuyerAction.Release,
                id,
                0,
                authorization.maxFee,
                authorization.nonce,
                authorization.deadline
            )
        );
        Step memory step = _begin("relayRelease", id);
        if (shouldSucceed) step.relayerFee = fee;
        bool isSuccess = _call(
            relayer,
            abi.encodeCall(IEscrow.relayBuyerAction, (BuyerAction.Release, order, 0, authorization, fee, _noPull()))
        );
        if (isSuccess) _completed(step, order, ghost);
        _end(step, shouldSucceed, isSuccess);
    }

    function _authorization() private returns (BuyerAuthorization memory) {
        return BuyerAuthorization({
            maxFee: MAX_RELAYER_FEE, nonce: _signatureNonce++, deadline: block.timestamp + 1 hours, signature: ""
        });
    }

    function _domain() private view returns (bytes32) {
        return BuyerDigests.escrowDomain(address(escrow), block.chainid);
    }

    function _sign(uint256 key, bytes32 digest) private pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function _noPull() private pure returns (TokenPull memory) {
        return TokenPull({
            method: PullMethod.Allowance, value: 0, validAfter: 0, validBefore: 0, nonce: bytes32(0), signature: ""
        });
    }

    /// @notice The key of a key-holding buyer, 0 for the others.
    function _keyOf(address buyer) private view returns (uint256) {
        for (uint256 i; i < buyerKeys.length; ++i) {
            if (vm.addr(buyerKeys[i]) == buyer) return buyerKeys[i];
        }
        return 0;
    }
}
