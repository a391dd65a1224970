import { NATIVE_TOKEN } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  acceptanceFormFromRecord,
  acceptanceFromForm,
  defaultAcceptance,
  offeredPaymentTokenAddresses,
  type PaymentToken,
  paymentChoice,
  validateAcceptance,
} from "./acceptance.ts";

const LEMAN: PaymentToken = {
  address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  kind: "local-currency",
  symbol: "LEM",
  name: "Léman (dev)",
  decimals: 18,
};
const EURC: PaymentToken = {
  address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  kind: "token",
  symbol: "EURC",
  name: "Euro Coin",
  decimals: 6,
};
const XDAI: PaymentToken = { address: NATIVE_TOKEN, kind: "native", symbol: "XDAI", name: "xDAI", decimals: 18 };
const ETH: PaymentToken = { ...XDAI, symbol: "ETH", name: "Ether" };
const OTHER = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const MEDIATOR = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";
const tokens = [LEMAN, EURC, ETH];

describe("the shop's payment form", () => {
  test("starts a new shop with the local currency alone, one for one, and ether at 3 000, any other coin at 1", () => {
    const form = defaultAcceptance();
    expect(paymentChoice(form, LEMAN)).toEqual({ isAccepted: true, unitPrice: "1" });
    expect(paymentChoice(form, EURC)).toEqual({ isAccepted: false, unitPrice: "1" });
    expect(paymentChoice(form, ETH)).toEqual({ isAccepted: false, unitPrice: "3000" });
    expect(paymentChoice(form, XDAI)).toEqual({ isAccepted: false, unitPrice: "1" });
  });

  test("turns EURC at one euro into its 6-decimal rate and ether into its 18-decimal one", () => {
    const form = {
      ...defaultAcceptance(),
      payments: {
        [EURC.address]: { isAccepted: true, unitPrice: "1" },
        [ETH.address]: { isAccepted: true, unitPrice: "3000" },
        [LEMAN.address]: { isAccepted: false, unitPrice: "1" },
      },
    };
    expect(validateAcceptance(form, tokens)).toEqual({});
    expect(acceptanceFromForm(form, { tokens, mediator: MEDIATOR }).payments).toEqual([
      { token: EURC.address, rate: 1_000_000n },
      { token: NATIVE_TOKEN, rate: 10n ** 18n / 3000n },
    ]);
  });

  test("reads a shop's rates back in each token's decimals, and offers nothing the shop does not accept as accepted", () => {
    const form = acceptanceFormFromRecord(
      {
        payments: [
          { token: EURC.address, rate: 1_000_000n },
          { token: NATIVE_TOKEN, rate: 10n ** 18n / 2500n },
        ],
        carriers: [],
        arbitrators: [MEDIATOR],
      },
      { tokens, mediator: MEDIATOR },
    );
    expect(form.payments).toEqual({
      [LEMAN.address]: { isAccepted: false, unitPrice: "1" },
      [EURC.address]: { isAccepted: true, unitPrice: "1" },
      [NATIVE_TOKEN]: { isAccepted: true, unitPrice: "2500" },
    });
  });

  test("names every accepted token whose value is not a positive number, and a form with no payment", () => {
    const form = {
      ...defaultAcceptance(),
      payments: {
        [LEMAN.address]: { isAccepted: true, unitPrice: "0" },
        [EURC.address]: { isAccepted: true, unitPrice: "1.0000001" },
      },
    };
    expect(validateAcceptance(form, tokens).prices).toEqual([LEMAN.address, EURC.address]);
    const none = { ...defaultAcceptance(), payments: { [LEMAN.address]: { isAccepted: false, unitPrice: "1" } } };
    expect(validateAcceptance(none, tokens)).toEqual({ payments: "none" });
  });

  test("offers the local currency, the deployment's EURC, the chain's coin, then every other token the shop takes", () => {
    expect(
      offeredPaymentTokenAddresses({ localCurrency: LEMAN.address, devTokens: [EURC.address] }, [
        EURC.address.toLowerCase() as `0x${string}`,
        OTHER,
      ]),
    ).toEqual([LEMAN.address, EURC.address, NATIVE_TOKEN, OTHER]);
    expect(offeredPaymentTokenAddresses({ devTokens: [] })).toEqual([NATIVE_TOKEN]);
  });
});
