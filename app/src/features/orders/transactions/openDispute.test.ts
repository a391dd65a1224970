import { describe, expect, test } from "vitest";
import { CLAIMS_OF_NOTICE, successMessages } from "../../../test/claimsOfNotice.ts";
import openDispute from "./openDispute.ts";

describe("opening a dispute", () => {
  test("says once done where the shop sees it, never that the shop was told", async () => {
    for (const message of await successMessages(openDispute as never)) {
      expect(message).toMatch(/litige|dispute/i);
      expect(message).not.toMatch(CLAIMS_OF_NOTICE);
    }
  });
});
