// @vitest-environment happy-dom

import type { ShopLabel } from "@grandrue/sdk";
import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { serviceKeys } from "../../../market/index.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { AttestedLabelList } from "./AttestedLabelList.tsx";

afterEach(cleanup);

const label = (slug: string, isValid: boolean): ShopLabel => ({
  attestationId: 1n,
  label: slug,
  issuer: "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  issuerName: "Val Bio",
  issuerProfileCid: undefined,
  expiresAt: undefined,
  evidenceCid: undefined,
  isRevoked: !isValid,
  isValid,
  attestedAt: 1_790_000_000,
  transactionHash: `0x${"ab".repeat(32)}`,
});

describe("AttestedLabelList", () => {
  test("lists a search result's valid labels with their issuer, never a revoked one", async () => {
    const { queryClient } = await renderWithMarket(<AttestedLabelList shopId={4n} />);
    expect(screen.queryByRole("list")).toBeNull();
    act(() =>
      queryClient.setQueryData(
        serviceKeys.allLabels(31337),
        new Map([[4n, [label("bio", true), label("circuit-court", false)]]]),
      ),
    );
    const list = await screen.findByRole("list", { name: "Labels" });
    expect(list.textContent).toBe("✓ bio (attribué par Val Bio)");
  });

  test("shows nothing for a shop without labels", async () => {
    const { queryClient } = await renderWithMarket(<AttestedLabelList shopId={5n} />);
    act(() => queryClient.setQueryData(serviceKeys.allLabels(31337), new Map([[4n, [label("bio", true)]]])));
    expect(screen.queryByRole("list")).toBeNull();
  });
});
