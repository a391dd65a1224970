import { describe, expect, test } from "vitest";
import { CLAIMS_OF_NOTICE, successMessages } from "../../../test/claimsOfNotice.ts";
import acceptOrder from "./acceptOrder.ts";

describe("accepting an order", () => {
  test("says once done where the customer sees it, never that the customer was told", async () => {
    for (const message of await successMessages(acceptOrder as never)) {
      expect(message).toMatch(/commande|order/i);
      expect(message).not.toMatch(CLAIMS_OF_NOTICE);
    }
  });
});
