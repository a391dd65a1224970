import {
  expectedOrderStatuses,
  type MarketErrorName,
  ORDER_STATUSES,
  orderReference,
  type ParsedMarketError,
} from "@grandrue/sdk";
import type { Hex } from "viem";
import { formatTime } from "./format.ts";

type ArgsOf<TName extends MarketErrorName> = Extract<ParsedMarketError, { name: TName }>["args"];

const order = (orderId: bigint) => `order ${orderReference(orderId)}`;
const time = (value: bigint | number) => formatTime(value);
const status = (value: number) => ORDER_STATUSES[value] ?? `status ${value}`;
const statuses = (expected: Hex) => expectedOrderStatuses(expected).join(" or ");

/**
 * What each contract error means, in the words of someone running the command; TypeScript checks each name against
 * the ABIs and types its arguments. Errors without a sentence here are named with their arguments.
 */
const MESSAGES: { [TName in MarketErrorName]?: (args: ArgsOf<TName>) => string } = {
  UserRejected: () => "The signing request was refused: nothing was sent",
  InvalidStatus: (args) =>
    `The ${order(args.orderId)} is ${status(args.actual)}; this step needs it ${statuses(args.expected)}`,
  NotBuyer: (args) => `Account ${args.account} is not the buyer of ${order(args.orderId)}: use the buyer's account`,
  NotShopManager: (args) =>
    `Account ${args.account} does not manage shop ${args.shopId}: use its owner's account or an approved operator's`,
  NotOrderCarrier: (args) =>
    `Account ${args.account} is not the carrier of ${order(args.orderId)}: use the carrier's account`,
  NotArbitrator: (args) =>
    `Account ${args.account} is not the arbitrator of ${order(args.orderId)}: only the order's arbitrator rules`,
  CarrierHandsOver: (args) =>
    `The ${order(args.orderId)} goes with carrier ${args.carrier}: the carrier records the pickup, not the shop`,
  NotDisputeParty: (args) =>
    `Account ${args.account} may not open a dispute on ${order(args.orderId)}: use the buyer's or the shop's account`,
  NotSettlementParty: (args) =>
    `Account ${args.account} may not settle ${order(args.orderId)}: use the buyer's account or the account that owned the shop when the order was paid`,
  DeadlinePassed: (args) =>
    `Too late: the deadline of ${order(args.orderId)} for this step passed on ${time(args.deadline)}`,
  DeadlineNotReached: (args) => `Too early: ${order(args.orderId)} allows this step after ${time(args.deadline)}`,
  OrderMismatch: (args) => `The terms given for ${order(args.orderId)} differ from the ones the escrow recorded`,
  WrongDeliveryCode: (args) =>
    `The delivery code is not the one of ${order(args.orderId)}: ask the buyer to read it again`,
  ReasonTooLong: (args) => `The reason is ${args.length} bytes long; at most 280 bytes are allowed`,
  NothingToWithdraw: (args) =>
    "account" in args
      ? `Nothing to withdraw: the escrow holds nothing of token ${args.token} for ${args.account}`
      : `Nothing to withdraw: shop ${args.shopId} has no bond in token ${args.token}`,
  WithdrawalFailed: (args) => `The transfer to ${args.to} failed: withdraw to another address with --to`,
  SettlementTooLarge: () => "The refund proposed is larger than the amount in dispute",
  NoSettlementOffer: (args) => `There is no settlement offer on ${order(args.orderId)} to accept`,
  UnknownShop: (args) => `There is no shop ${args.shopId}`,
  ERC721NonexistentToken: (args) => `There is no shop ${args.tokenId}`,
  ShopInactive: (args) => `Shop ${args.shopId} is closed (inactive)`,
  ZeroPayout: () => "The payout address cannot be the zero address",
  InvalidTerms: () => "Every service window (accept, ship, delivery, return) must be at least one hour",
  InvalidCid: (args) => `A CID of ${args.length} bytes cannot be stored: it must be 1 to 128 bytes`,
  InvalidRate: (args) => `The payment option for token ${args.token} has a zero rate`,
  TooManyEntries: (args) => `A list has ${args.count} entries; at most ${args.maximum} are allowed`,
  CarrierAlreadyRegistered: (args) => `Account ${args.carrier} is already a registered carrier`,
  CarrierNotRegistered: (args) =>
    `Account ${args.carrier} is not a registered carrier: register it first with carrier register`,
  UnknownOrder: (args) => `The escrow has no ${order(args.orderId)} with these terms`,
  InvalidCheckpoint: () => "None is not a checkpoint that can be recorded",
  AttestationExpired: (args) =>
    `The signed checkpoint expired on ${time(args.deadline)}: ask the carrier to sign it again`,
  NonceAlreadyUsed: () => "This signed checkpoint was already relayed, or the carrier revoked it",
  InvalidSignature: (args) =>
    "carrier" in args
      ? `The checkpoint was not signed by the order's carrier (${args.carrier})`
      : `The signature is not the buyer's (${args.buyer})`,
  ERC20InsufficientBalance: (args) =>
    `Account ${args.sender} does not hold enough of the token (needs ${args.needed}, has ${args.balance})`,
};

/**
 * A contract failure in plain words. Errors without a sentence of their own are named with their arguments, so
 * nothing is hidden.
 * @example describeMarketError(parseMarketError(error)) // "Nothing to withdraw: the escrow holds nothing of …"
 */
export function describeMarketError(parsed: ParsedMarketError): string {
  // The table is indexed by the same name as the arguments it is given; TypeScript does not follow that across a union.
  const describe = MESSAGES[parsed.name] as ((args: ParsedMarketError["args"]) => string) | undefined;
  if (describe !== undefined) return describe(parsed.args);
  if (parsed.name === "Unknown") return `The transaction failed: ${parsed.message}`;
  const args = Object.entries(parsed.args).map(([name, value]) => `${name}: ${String(value)}`);
  return `The contract refused with ${parsed.name}${args.length > 0 ? ` (${args.join(", ")})` : ""}`;
}
