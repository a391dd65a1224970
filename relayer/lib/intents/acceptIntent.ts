import {
  type Deployment,
  type PasskeyBatchIntent,
  passkeyAccountAddress,
  passkeyAccountCode,
  RelayerError,
  type RelayerIntent,
} from "@grandrue/sdk";
import { escrowAbi } from "@grandrue/sdk/abis";
import { type Address, getAbiItem, isAddressEqual, type PublicClient } from "viem";
import { verifyTypedData } from "viem/actions";
import { findFeeToken, requiredFee } from "../fees/feePolicy.ts";
import { DuplicateNonceError, type IntentStore } from "../queue/intentStore.ts";
import { type RelayerSettings, sponsorshipOf } from "../settings.ts";
import { parseIntent } from "./intentSchema.ts";
import { type IntentPlan, planIntent } from "./planIntent.ts";
import { simulateIntent } from "./simulateIntent.ts";

/** `IUnorderedNonces.isNonceUsed`, the same in the escrow, the reviews and the attestations. */
const isNonceUsedAbi = [getAbiItem({ abi: escrowAbi, name: "isNonceUsed" })] as const;

export type AcceptContext = {
  client: PublicClient;
  deployment: Deployment;
  relayer: Address;
  settings: RelayerSettings;
  store: IntentStore;
  /** Counts one intent of `signer`; throws `RateLimited` beyond the relayer's limit. */
  countSigner: (signer: Address) => void;
  newId: () => string;
};

function plan(context: AcceptContext, intent: RelayerIntent): IntentPlan {
  try {
    return planIntent(intent, {
      deployment: context.deployment,
      relayer: context.relayer,
      acceptedTokens: context.settings.fees.tokens.map((token) => token.address),
    });
  } catch (error) {
    throw new RelayerError("BadRequest", `The intent cannot be encoded: ${(error as Error).message}`, {
      details: { issues: [{ path: "", message: (error as Error).message }] },
    });
  }
}

function checkFeeToken(context: AcceptContext, plan: IntentPlan) {
  if (plan.fee === 0n) {
    const sponsorship = sponsorshipOf(context.settings, plan.shopId);
    if (!sponsorship)
      throw new RelayerError("NotSponsored", `No sponsorship here for shop ${plan.shopId ?? "(none)"}: offer a fee`, {
        details: { shopId: plan.shopId?.toString() ?? null },
      });
    return { sponsorship };
  }
  const token = findFeeToken(context.settings.fees, plan.feeToken);
  if (!token)
    throw new RelayerError("TokenNotAccepted", `This relayer takes no fee in ${plan.feeToken}`, {
      details: { token: plan.feeToken ?? null },
    });
  if (plan.fee < token.minimumFee)
    throw new RelayerError("FeeTooLow", `The fee ${plan.fee} is below the minimum ${token.minimumFee}`, {
      details: { required: token.minimumFee.toString() },
    });
  return { token };
}

async function checkDeadline(context: AcceptContext, plan: IntentPlan): Promise<void> {
  const { timestamp } = await context.client.getBlock();
  if (plan.deadline < timestamp)
    throw new RelayerError("DeadlineExpired", `The deadline ${plan.deadline} has passed (now ${timestamp})`, {
      details: { deadline: plan.deadline.toString() },
    });
  const latest = timestamp + BigInt(context.settings.maxDeadlineSeconds);
  if (plan.isDeadlineCapped && plan.deadline > latest)
    throw new RelayerError(
      "BadRequest",
      `The deadline ${plan.deadline} is more than ${context.settings.maxDeadlineSeconds} s away: sign a nearer one`,
      { details: { issues: [{ path: "deadline", message: `at most ${latest}` }] } },
    );
}

async function checkNonce(context: AcceptContext, plan: IntentPlan): Promise<void> {
  if (!plan.nonce.isUnordered) return; // a passkey account's keyed nonce: the simulation checks it
  const isUsed = await context.client.readContract({
    address: plan.nonce.contract,
    abi: isNonceUsedAbi,
    functionName: "isNonceUsed",
    args: [plan.signer, plan.nonce.value],
  });
  if (isUsed) throw nonceUsed(plan);
}

function nonceUsed(plan: IntentPlan): RelayerError {
  return new RelayerError("NonceUsed", `Nonce ${plan.nonce.value} of ${plan.signer} is already used`, {
    details: { signer: plan.signer, nonce: plan.nonce.value.toString() },
  });
}

async function checkSignature(context: AcceptContext, plan: IntentPlan): Promise<void> {
  if (!plan.typedData) return; // a passkey batch: the account checks it, in the simulation
  const isValid = await verifyTypedData(context.client, {
    address: plan.signer,
    ...plan.typedData,
    signature: plan.signature,
  } as Parameters<typeof verifyTypedData>[1]).catch(() => false);
  if (!isValid)
    throw new RelayerError("BadSignature", `The signature is not ${plan.signer}'s`, {
      details: { signer: plan.signer },
    });
}

function badPasskeyBatch(message: string, path: string): RelayerError {
  return new RelayerError("BadRequest", message, { details: { issues: [{ path, message }] } });
}

/**
 * A passkey batch goes to a contract the intent names: only a real account of the configured factory runs exactly the
 * signed calls (the fee's transfer included), so anything else is refused before the relayer spends gas on it.
 */
async function checkPasskeyAccount(context: AcceptContext, intent: PasskeyBatchIntent): Promise<void> {
  const factory = context.settings.passkeyFactory;
  if (!factory) throw badPasskeyBatch("This relayer takes no passkey batches", "kind");
  if (intent.create) {
    if (!isAddressEqual(intent.create.factory, factory))
      throw badPasskeyBatch(`This relayer relays accounts of the factory ${factory} only`, "create.factory");
    const expected = passkeyAccountAddress({ factory, passkey: intent.create.passkey, salt: intent.create.salt });
    if (!isAddressEqual(expected, intent.account))
      throw badPasskeyBatch(`The passkey's account is ${expected}, not ${intent.account}`, "account");
    return;
  }
  const code = await context.client.getCode({ address: intent.account });
  if (code?.toLowerCase() !== passkeyAccountCode(factory))
    throw badPasskeyBatch(`${intent.account} is not an account of the factory ${factory}`, "account");
}

/**
 * Checks a `POST /intents` body in the order relayer/README.md gives — shape, token or sponsorship, deadline, nonce,
 * signature, simulation, fee against the simulated gas at the current price — and queues it. Throws a
 * {@link RelayerError} naming the first problem.
 */
export async function acceptIntent(context: AcceptContext, body: unknown): Promise<{ id: string }> {
  const parsed = parseIntent(body);
  if ("issues" in parsed)
    throw new RelayerError(
      "BadRequest",
      `The intent is malformed: ${parsed.issues.map((issue) => `${issue.path || "body"}: ${issue.message}`).join("; ")}`,
      {
        details: { issues: parsed.issues },
      },
    );
  const intentPlan = plan(context, parsed.intent);
  context.countSigner(intentPlan.signer);
  if (parsed.intent.kind === "passkeyBatch") await checkPasskeyAccount(context, parsed.intent);
  const { token, sponsorship } = checkFeeToken(context, intentPlan);
  await checkDeadline(context, intentPlan);
  await checkNonce(context, intentPlan);
  await checkSignature(context, intentPlan);
  const gas = await simulateIntent(context.client, context.relayer, intentPlan);
  const gasPrice = await context.client.getGasPrice();
  if (token) {
    const required = requiredFee(token, gas, gasPrice);
    if (intentPlan.fee < required)
      throw new RelayerError(
        "FeeTooLow",
        `The fee ${intentPlan.fee} is below ${required}, the cost of ${gas} gas at ${gasPrice} wei`,
        { details: { required: required.toString() } },
      );
  }
  const cost = gas * gasPrice;
  // From here to the insert nothing awaits: the budget check and the reservation happen at once.
  if (sponsorship && context.store.sponsoredSpent(sponsorship.key) + cost > sponsorship.budget)
    throw new RelayerError("NotSponsored", `The sponsorship of shop ${sponsorship.key} is spent`, {
      details: { shopId: sponsorship.key },
    });
  const id = context.newId();
  try {
    context.store.insert({
      id,
      kind: parsed.intent.kind,
      signer: intentPlan.signer,
      nonceKey: `${intentPlan.nonce.contract}:${intentPlan.signer}:${intentPlan.nonce.value}`,
      sponsor: sponsorship?.key,
      sponsoredCost: sponsorship ? cost : 0n,
      deadline: intentPlan.deadline,
      call: intentPlan.call,
      gas,
    });
  } catch (error) {
    if (error instanceof DuplicateNonceError) throw nonceUsed(intentPlan);
    throw error;
  }
  return { id };
}
