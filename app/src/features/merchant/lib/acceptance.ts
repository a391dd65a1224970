import { NATIVE_TOKEN, type ShopAcceptance } from "@grandrue/sdk";
import { type Address, getAddress, isAddress, isAddressEqual } from "viem";
import { tokenRateFromUnitPrice, unitPriceFromTokenRate } from "./rates.ts";

/** A token whose rate the form edits: the local currency (on development chains) or ETH. */
export type PaymentToken = { address: Address; decimals: number };

/** Which payments, carriers and arbitrator a shop accepts, as the form edits them. */
export type AcceptanceForm = {
  /** The local currency: accepted, and what one token is worth in the shop's unit ("1": one for one). */
  localCurrency: { isAccepted: boolean; unitPrice: string };
  /** ETH: accepted, and the price of one ETH in the shop's unit ("3000"). */
  eth: { isAccepted: boolean; unitPrice: string };
  carriers: Address[];
  /** The cooperative's mediator, or any ERC-792 arbitrator by address. */
  arbitrator: { kind: "mediator" | "other"; address: string };
};

export type AcceptanceProblems = Partial<
  Record<"payments" | "localCurrency" | "eth" | "arbitrator", "none" | "price" | "address">
>;

/** Local currency one for one, no ETH, no carrier yet, the cooperative's mediator. */
export function defaultAcceptance(hasLocalCurrency: boolean): AcceptanceForm {
  return {
    localCurrency: { isAccepted: hasLocalCurrency, unitPrice: "1" },
    eth: { isAccepted: false, unitPrice: "3000" },
    carriers: [],
    arbitrator: { kind: "mediator", address: "" },
  };
}

function isPositiveDecimal(text: string): boolean {
  return /^(?:0|[1-9][0-9]{0,14})(?:[.,][0-9]{1,6})?$/.test(text.trim()) && Number(text.trim().replace(",", ".")) > 0;
}

/** What is wrong with the form: no payment at all, a price that is not a positive number, an arbitrator that is not an address. */
export function validateAcceptance(form: AcceptanceForm, localCurrency: PaymentToken | undefined): AcceptanceProblems {
  const problems: AcceptanceProblems = {};
  const isLocalAccepted = localCurrency !== undefined && form.localCurrency.isAccepted;
  if (!isLocalAccepted && !form.eth.isAccepted) problems.payments = "none";
  if (isLocalAccepted && !isPositiveDecimal(form.localCurrency.unitPrice)) problems.localCurrency = "price";
  if (form.eth.isAccepted && !isPositiveDecimal(form.eth.unitPrice)) problems.eth = "price";
  if (form.arbitrator.kind === "other" && !isAddress(form.arbitrator.address.trim(), { strict: false }))
    problems.arbitrator = "address";
  return problems;
}

/** The registry's `ShopAcceptance` for a valid form. */
export function acceptanceFromForm(
  form: AcceptanceForm,
  context: { localCurrency?: PaymentToken; mediator: Address },
): ShopAcceptance {
  const payments: { token: Address; rate: bigint }[] = [];
  if (context.localCurrency !== undefined && form.localCurrency.isAccepted) {
    payments.push({
      token: context.localCurrency.address,
      rate: tokenRateFromUnitPrice(form.localCurrency.unitPrice, context.localCurrency.decimals),
    });
  }
  if (form.eth.isAccepted) payments.push({ token: NATIVE_TOKEN, rate: tokenRateFromUnitPrice(form.eth.unitPrice, 18) });
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

/** The form filled with what the shop accepts now. */
export function acceptanceFormFromRecord(
  record: {
    payments: readonly { token: Address; rate: bigint }[];
    carriers: readonly Address[];
    arbitrators: readonly Address[];
  },
  context: { localCurrency?: PaymentToken; mediator: Address },
): AcceptanceForm {
  const local =
    context.localCurrency === undefined
      ? undefined
      : record.payments.find((payment) => isAddressEqual(payment.token, context.localCurrency!.address));
  const eth = record.payments.find((payment) => isAddressEqual(payment.token, NATIVE_TOKEN));
  const arbitrator = record.arbitrators[0];
  return {
    localCurrency: {
      isAccepted: local !== undefined,
      unitPrice: local === undefined ? "1" : unitPriceFromTokenRate(local.rate, context.localCurrency!.decimals),
    },
    eth: {
      isAccepted: eth !== undefined,
      unitPrice: eth === undefined ? "3000" : unitPriceFromTokenRate(eth.rate, 18),
    },
    carriers: [...record.carriers],
    arbitrator:
      arbitrator === undefined || isAddressEqual(arbitrator, context.mediator)
        ? { kind: "mediator", address: "" }
        : { kind: "other", address: arbitrator },
  };
}
