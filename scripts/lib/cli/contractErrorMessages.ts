import { ORDER_STATUSES, orderReference, type ParsedMarketError } from "@grandrue/sdk";
import { formatTime } from "./format.ts";

type Args = Record<string, unknown>;

const order = (args: Args) => `order ${typeof args.orderId === "bigint" ? orderReference(args.orderId) : "?"}`;
const time = (value: unknown) => formatTime(typeof value === "bigint" || typeof value === "number" ? value : 0);
const status = (value: unknown) => ORDER_STATUSES[Number(value)] ?? `status ${String(value)}`;

/** What each contract error means, in the words of someone running the command. */
const MESSAGES: Record<string, (args: Args) => string> = {
  UserRejected: () => "The signing request was refused: nothing was sent",
  InvalidStatus: (args) => `The ${order(args)} is ${status(args.actual)}: this step is not possible in that status`,
  Unauthorized: (args) =>
    `Account ${args.caller} may not take this step on ${order(args)}: use the buyer's, the shop's or the carrier's account, as the step requires`,
  DeadlinePassed: (args) => `Too late: the deadline of ${order(args)} for this step passed on ${time(args.deadline)}`,
  DeadlineNotReached: (args) => `Too early: ${order(args)} allows this step after ${time(args.deadline)}`,
  OrderMismatch: (args) => `The terms given for ${order(args)} differ from the ones the escrow recorded`,
  WrongDeliveryCode: (args) => `The delivery code is not the one of ${order(args)}: ask the buyer to read it again`,
  ReasonTooLong: (args) => `The reason is ${args.length} bytes long; at most 280 bytes are allowed`,
  NothingToWithdraw: (args) =>
    `Nothing to withdraw: the escrow holds nothing of token ${args.token} for ${args.account}`,
  WithdrawalFailed: (args) => `The transfer to ${args.to} failed: withdraw to another address with --to`,
  SettlementTooLarge: () => "The refund proposed is larger than the amount in dispute",
  NoSettlementOffer: (args) => `There is no settlement offer on ${order(args)} to accept`,
  UnknownShop: (args) => `There is no shop ${args.shopId}`,
  ERC721NonexistentToken: (args) => `There is no shop ${args.tokenId}`,
  ShopInactive: (args) => `Shop ${args.shopId} is closed (inactive)`,
  NotShopManager: (args) =>
    `Account ${args.account} does not manage shop ${args.shopId}: use its owner's account or an approved operator's`,
  ZeroPayout: () => "The payout address cannot be the zero address",
  InvalidTerms: () => "Every service window (accept, ship, delivery, return) must be at least one hour",
  InvalidCid: (args) => `A CID of ${args.length} bytes cannot be stored: it must be 1 to 128 bytes`,
  InvalidRate: (args) => `The payment option for token ${args.token} has a zero rate`,
  TooManyEntries: (args) => `A list has ${args.count} entries; at most ${args.maximum} are allowed`,
  CarrierAlreadyRegistered: (args) => `Account ${args.carrier} is already a registered carrier`,
  CarrierNotRegistered: (args) =>
    `Account ${args.carrier} is not a registered carrier: register it first with carrier register`,
  NotOrderCarrier: (args) => `Account ${args.account} is not the carrier of ${order(args)}`,
  UnknownOrder: (args) => `The escrow has no ${order(args)} with these terms`,
  InvalidCheckpoint: () => "None is not a checkpoint that can be recorded",
  AttestationExpired: (args) =>
    `The signed checkpoint expired on ${time(args.deadline)}: ask the carrier to sign it again`,
  NonceAlreadyUsed: () => "This signed checkpoint was already relayed, or the carrier revoked it",
  InvalidSignature: (args) => `The checkpoint was not signed by the order's carrier (${args.carrier})`,
  ERC20InsufficientBalance: (args) =>
    `Account ${args.sender} does not hold enough of the token (needs ${args.needed}, has ${args.balance})`,
};

/**
 * A contract failure in plain words. Errors without a sentence of their own are named with their arguments, so
 * nothing is hidden.
 * @example describeMarketError(parseMarketError(error)) // "Nothing to withdraw: the escrow holds nothing of …"
 */
export function describeMarketError(parsed: ParsedMarketError): string {
  const describe = MESSAGES[parsed.name];
  if (describe !== undefined) return describe(parsed.args);
  if (parsed.name === "Unknown") return `The transaction failed: ${parsed.message}`;
  const args = Object.entries(parsed.args).map(([name, value]) => `${name}: ${String(value)}`);
  return `The contract refused with ${parsed.name}${args.length > 0 ? ` (${args.join(", ")})` : ""}`;
}
