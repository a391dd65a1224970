import { NATIVE_TOKEN, type ShopAcceptance } from "@grandrue/sdk";
import { type Address, getAddress, isAddress, isAddressEqual } from "viem";
import type { TokenInfo } from "../../../currency/tokenInfo.ts";
import { tokenRateFromUnitPrice, unitPriceFromTokenRate } from "./rates.ts";

/** A token the form offers, with what it needs to turn a unit price into a rate and to name the token. */
export type PaymentToken = Pick<TokenInfo, "address" | "kind" | "symbol" | "name" | "decimals">;

/** One token in the form: accepted or not, and what one whole token is worth in the shop's unit ("1", "3000"). */
export type PaymentChoice = { isAccepted: boolean; unitPrice: string };

/** Which payments, carriers and arbitrator a shop accepts, as the form edits them. */
export type AcceptanceForm = {
  /** Per offered token, by checksum address; a token missing here has its default (see `paymentChoice`). */
  payments: Record<Address, PaymentChoice>;
  carriers: Address[];
  /** The cooperative's mediator, or any ERC-792 arbitrator by address. */
  arbitrator: { kind: "mediator" | "other"; address: string };
};

/** What is wrong with the form: no payment, the tokens whose unit price is not a positive number, the arbitrator. */
export type AcceptanceProblems = { payments?: "none"; prices?: Address[]; arbitrator?: "address" };

/**
 * What one whole token is usually worth in the shop's unit, to start the form with: one for a local currency or a
 * stablecoin, 3 000 for ether (the demo's price); the merchant sets the real value.
 */
export function defaultUnitPrice(token: Pick<PaymentToken, "kind" | "symbol">): string {
  return token.kind === "native" && token.symbol.toUpperCase() === "ETH" ? "3000" : "1";
}

/** How a token starts in a new shop's form: the local currency accepted one for one, any other token not. */
export function defaultPaymentChoice(token: Pick<PaymentToken, "kind" | "symbol">): PaymentChoice {
  return { isAccepted: token.kind === "local-currency", unitPrice: defaultUnitPrice(token) };
}

/** A new shop's form: every token at its default (see {@link defaultPaymentChoice}), no carrier, the mediator. */
export function defaultAcceptance(): AcceptanceForm {
  return { payments: {}, carriers: [], arbitrator: { kind: "mediator", address: "" } };
}

/** A token's entry in the form: as the form has it, else its default. */
export function paymentChoice(form: AcceptanceForm, token: PaymentToken): PaymentChoice {
  return form.payments[token.address] ?? defaultPaymentChoice(token);
}

function isPositiveDecimal(text: string): boolean {
  return /^(?:0|[1-9][0-9]{0,14})(?:[.,][0-9]{1,6})?$/.test(text.trim()) && Number(text.trim().replace(",", ".")) > 0;
}

/**
 * What is wrong with the form, for the tokens it offers: no payment at all, a price that is not a positive number
 * (at most six decimals), an arbitrator that is not an address.
 */
export function validateAcceptance(form: AcceptanceForm, tokens: readonly PaymentToken[]): AcceptanceProblems {
  const problems: AcceptanceProblems = {};
  const accepted = tokens.filter((token) => paymentChoice(form, token).isAccepted);
  if (accepted.length === 0) problems.payments = "none";
  const prices = accepted
    .filter((token) => !isPositiveDecimal(paymentChoice(form, token).unitPrice))
    .map((token) => token.address);
  if (prices.length > 0) problems.prices = prices;
  if (form.arbitrator.kind === "other" && !isAddress(form.arbitrator.address.trim(), { strict: false }))
    problems.arbitrator = "address";
  return problems;
}

/** The registry's `ShopAcceptance` for a valid form: each accepted token at the rate its decimals give. */
export function acceptanceFromForm(
  form: AcceptanceForm,
  context: { tokens: readonly PaymentToken[]; mediator: Address },
): ShopAcceptance {
  const payments = context.tokens
    .filter((token) => paymentChoice(form, token).isAccepted)
    .map((token) => ({
      token: token.address,
      rate: tokenRateFromUnitPrice(paymentChoice(form, token).unitPrice, token.decimals),
    }));
  const arbitrator =
    form.arbitrator.kind === "mediator" ? context.mediator : getAddress(form.arbitrator.address.trim());
  return {
    payments,
    carriers: form.carriers,
    isAnyCarrierAccepted: false,
    arbitrators: [arbitrator],
    isAnyArbitratorAccepted: false,
  };
}

/**
 * The form filled with what the shop accepts now, for the offered tokens (offer every token the shop accepts, so
 * that saving keeps them).
 */
export function acceptanceFormFromRecord(
  record: {
    payments: readonly { token: Address; rate: bigint }[];
    carriers: readonly Address[];
    arbitrators: readonly Address[];
  },
  context: { tokens: readonly PaymentToken[]; mediator: Address },
): AcceptanceForm {
  const payments = Object.fromEntries(
    context.tokens.map((token) => {
      const accepted = record.payments.find((payment) => isAddressEqual(payment.token, token.address));
      const unitPrice =
        accepted === undefined ? defaultUnitPrice(token) : unitPriceFromTokenRate(accepted.rate, token.decimals);
      return [token.address, { isAccepted: accepted !== undefined, unitPrice }];
    }),
  );
  const arbitrator = record.arbitrators[0];
  return {
    payments,
    carriers: [...record.carriers],
    arbitrator:
      arbitrator === undefined || isAddressEqual(arbitrator, context.mediator)
        ? { kind: "mediator", address: "" }
        : { kind: "other", address: arbitrator },
  };
}

/**
 * The tokens a shop's form offers: the deployment's local currency and development tokens, the chain's own coin,
 * then any other token the shop accepts today (so that nothing it accepts is dropped by saving), each once.
 */
export function offeredPaymentTokenAddresses(
  known: { localCurrency?: Address; devTokens: readonly Address[] },
  accepted: readonly Address[] = [],
): Address[] {
  const all = [
    ...(known.localCurrency === undefined ? [] : [known.localCurrency]),
    ...known.devTokens,
    NATIVE_TOKEN,
    ...accepted,
  ].map((address) => getAddress(address));
  return all.filter((address, index) => all.findIndex((other) => isAddressEqual(other, address)) === index);
}
