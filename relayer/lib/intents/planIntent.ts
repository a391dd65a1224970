import {
  buyerActionTypedData,
  buyerActionValue,
  checkoutTypedData,
  checkpointTypedData,
  cidToHex,
  type Deployment,
  encodeCreateAccountAndExecute,
  encodeExecute,
  orderIdOf,
  type RelayerIntent,
  reviewTypedData,
} from "@grandrue/sdk";
import { deliveryAttestationsAbi, escrowAbi, reviewsAbi } from "@grandrue/sdk/abis";
import {
  type Address,
  decodeFunctionData,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  isAddressEqual,
  type TypedDataDefinition,
} from "viem";

/** What the relayer needs to know of an intent to check it, charge for it and send it. */
export type IntentPlan = {
  /** Who signed it: the buyer, the order's carrier, or the passkey account. */
  signer: Address;
  /**
   * The signer's nonce and the contract that keeps it (`isNonceUsed`); for a passkey batch the account itself, whose
   * keyed nonces only the simulation checks.
   */
  nonce: { contract: Address; value: bigint; isUnordered: boolean };
  deadline: bigint;
  /** Carrier checkpoints are signed offline days ahead: the relayer's longest deadline does not apply to them. */
  isDeadlineCapped: boolean;
  /** The fee's token and amount; `fee` 0 means the shop's sponsorship pays the gas. */
  fee: bigint;
  feeToken?: Address;
  /** The shop whose sponsorship pays a zero-fee intent (none for a passkey batch). */
  shopId?: bigint;
  /** What the signer signed, checked off-chain (ECDSA, then EIP-1271); none for a passkey batch (the account checks). */
  typedData?: TypedDataDefinition;
  signature: Hex;
  /** The transaction the relayer sends. */
  call: { to: Address; data: Hex; value: bigint };
};

/** The fee a passkey batch pays the relayer: its `transfer(relayer, amount)` call on an accepted token, if any. */
function passkeyFee(
  calls: readonly { to: Address; data?: Hex }[],
  relayer: Address,
  acceptedTokens: readonly Address[],
): { feeToken?: Address; fee: bigint } {
  for (const call of calls) {
    if (!call.data || !acceptedTokens.some((token) => isAddressEqual(token, call.to))) continue;
    try {
      const { functionName, args } = decodeFunctionData({ abi: erc20Abi, data: call.data });
      if (functionName === "transfer" && isAddressEqual(args[0], relayer)) return { feeToken: call.to, fee: args[1] };
    } catch {
      // Not an ERC-20 call: keep looking.
    }
  }
  return { fee: 0n };
}

/**
 * The plan of an intent: its signer, nonce, deadline, fee, typed data and the exact transaction that submits it, all
 * from the SDK's typed-data builders and the generated ABIs.
 */
export function planIntent(
  intent: RelayerIntent,
  {
    deployment,
    relayer,
    acceptedTokens,
  }: { deployment: Deployment; relayer: Address; acceptedTokens: readonly Address[] },
): IntentPlan {
  const escrow = deployment.contracts.Escrow.address;
  switch (intent.kind) {
    case "checkout": {
      const { buyer, requests, authorization, fee, tokenPull } = intent;
      const { signature, ...signed } = authorization;
      return {
        signer: buyer,
        nonce: { contract: escrow, value: signed.nonce, isUnordered: true },
        deadline: signed.deadline,
        isDeadlineCapped: true,
        fee,
        feeToken: requests[0]!.token,
        shopId: requests[0]!.shopId,
        typedData: checkoutTypedData(deployment, {
          buyer,
          orders: requests,
          ...signed,
        }) as unknown as TypedDataDefinition,
        signature,
        call: {
          to: escrow,
          data: encodeFunctionData({
            abi: escrowAbi,
            functionName: "checkoutBySig",
            args: [buyer, requests, authorization, fee, tokenPull],
          }),
          value: 0n,
        },
      };
    }
    case "buyerAction": {
      const { action, terms, buyerAmount, authorization, fee, feePull } = intent;
      const { signature, ...signed } = authorization;
      return {
        signer: terms.buyer,
        nonce: { contract: escrow, value: signed.nonce, isUnordered: true },
        deadline: signed.deadline,
        isDeadlineCapped: true,
        fee,
        feeToken: terms.token,
        shopId: terms.shopId,
        typedData: buyerActionTypedData(deployment, {
          action,
          orderId: orderIdOf(terms),
          buyerAmount,
          ...signed,
        }) as unknown as TypedDataDefinition,
        signature,
        call: {
          to: escrow,
          data: encodeFunctionData({
            abi: escrowAbi,
            functionName: "relayBuyerAction",
            args: [buyerActionValue(action), terms, buyerAmount, authorization, fee, feePull],
          }),
          value: 0n,
        },
      };
    }
    case "review": {
      const { terms, rating, textCid, nonce, deadline, signature } = intent;
      const reviews = deployment.contracts.Reviews.address;
      return {
        signer: terms.buyer,
        nonce: { contract: reviews, value: nonce, isUnordered: true },
        deadline,
        isDeadlineCapped: true,
        fee: 0n,
        shopId: terms.shopId,
        typedData: reviewTypedData(deployment, {
          orderId: orderIdOf(terms),
          rating,
          textCid,
          nonce,
          deadline,
        }) as unknown as TypedDataDefinition,
        signature,
        call: {
          to: reviews,
          data: encodeFunctionData({
            abi: reviewsAbi,
            functionName: "reviewBySig",
            args: [terms, rating, cidToHex(textCid), nonce, deadline, signature],
          }),
          value: 0n,
        },
      };
    }
    case "carrierCheckpoint": {
      const { attestation, terms, signature } = intent;
      const attestations = deployment.contracts.DeliveryAttestations.address;
      return {
        signer: terms.carrier,
        nonce: { contract: attestations, value: attestation.nonce, isUnordered: true },
        deadline: attestation.deadline,
        isDeadlineCapped: false,
        fee: 0n,
        shopId: terms.shopId,
        typedData: checkpointTypedData(deployment, attestation) as unknown as TypedDataDefinition,
        signature,
        call: {
          to: attestations,
          data: encodeFunctionData({
            abi: deliveryAttestationsAbi,
            functionName: "attestBySig",
            args: [attestation, terms, signature],
          }),
          value: 0n,
        },
      };
    }
    case "passkeyBatch": {
      const { account, calls, nonce, deadline, signature, create } = intent;
      const batch = { calls, nonce, deadline, signature };
      return {
        signer: account,
        nonce: { contract: account, value: nonce, isUnordered: false },
        deadline,
        isDeadlineCapped: true,
        ...passkeyFee(calls, relayer, acceptedTokens),
        signature,
        call: create
          ? {
              to: create.factory,
              data: encodeCreateAccountAndExecute({ ...batch, passkey: create.passkey, salt: create.salt }),
              value: 0n,
            }
          : { to: account, data: encodeExecute(batch), value: 0n },
      };
    }
  }
}
