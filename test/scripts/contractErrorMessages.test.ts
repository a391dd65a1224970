import { orderReference, parseMarketError } from "@grandrue/sdk";
import { marketErrorsAbi } from "@grandrue/sdk/abis";
import { ContractFunctionRevertedError, encodeErrorResult } from "viem";
import { describe, expect, test } from "vitest";
import { describeMarketError } from "../../scripts/lib/cli/contractErrorMessages.ts";

const ACCOUNT = "0x00000000000000000000000000000000000000A1";

function described(errorName: string, args: readonly unknown[]): string {
  const data = encodeErrorResult({ abi: marketErrorsAbi, errorName, args } as never);
  return describeMarketError(parseMarketError(new ContractFunctionRevertedError({ abi: [], data, functionName: "x" })));
}

describe("the command line's words for contract errors", () => {
  test("InvalidStatus names the order's status and the ones the step needs", () => {
    const bits = `0x${"0".repeat(62)}18`; // Shipped (3) and Delivered (4)
    expect(described("InvalidStatus", [7n, 5, bits])).toBe(
      `The order ${orderReference(7n)} is Completed; this step needs it Shipped or Delivered`,
    );
  });

  test("each who-may-act error names the account to use", () => {
    expect(described("NotBuyer", [7n, ACCOUNT])).toContain("use the buyer's account");
    expect(described("NotShopManager", [3n, ACCOUNT])).toContain("does not manage shop 3");
    expect(described("NotOrderCarrier", [7n, ACCOUNT])).toContain("use the carrier's account");
    expect(described("NotArbitrator", [7n, ACCOUNT])).toContain("only the order's arbitrator rules");
    expect(described("CarrierHandsOver", [7n, ACCOUNT])).toContain("the carrier records the pickup");
    expect(described("NotDisputeParty", [7n, ACCOUNT])).toContain("the buyer's or the shop's account");
    expect(described("NotSettlementParty", [7n, ACCOUNT])).toContain("owned the shop when the order was paid");
  });

  test("an error without a sentence is named with its arguments", () => {
    expect(described("ProgramExists", [4n])).toBe("The contract refused with ProgramExists (shopId: 4)");
  });
});
