import type { Address, Hash } from "viem";
import { describe, expect, test } from "vitest";
import type { RelayedOutcome, RelayerEndpoint } from "./relayerEndpoint.ts";
import { firstQuote, RelayersFailedError, relayThroughList } from "./relayThroughList.ts";

const TOKEN: Address = "0x00000000000000000000000000000000000000e0";
const HASH: Hash = `0x${"ab".repeat(32)}`;

function relayer(
  url: string,
  behaviour: { fee?: bigint; quoteError?: unknown; submitError?: unknown; outcome?: RelayedOutcome },
): RelayerEndpoint<string> & { submitted: string[] } {
  const submitted: string[] = [];
  return {
    url,
    submitted,
    quote: async () => {
      if (behaviour.quoteError !== undefined) throw behaviour.quoteError;
      return behaviour.fee ?? 0n;
    },
    submit: async (intent) => {
      if (behaviour.submitError !== undefined) throw behaviour.submitError;
      submitted.push(intent);
      return `${url}#1`;
    },
    follow: async (_id, onStatus) => {
      onStatus("submitted", HASH);
      return behaviour.outcome ?? { status: "confirmed", transactionHash: HASH };
    },
  };
}

const options = { quoteRequest: { kind: "buyerAction", token: TOKEN }, signedFee: 50n, intent: "signed" } as const;

describe("firstQuote", () => {
  test("takes the first relayer that answers, with the failures before it", async () => {
    const { quote, failures } = await firstQuote(
      [
        relayer("https://a.example", { quoteError: new TypeError("fetch failed") }),
        relayer("https://b.example", { fee: 40n }),
      ],
      { kind: "checkout", token: TOKEN },
    );
    expect(quote).toEqual({ relayer: "https://b.example", token: TOKEN, fee: 40n });
    expect(failures).toEqual([{ relayer: "https://a.example", code: "Network", message: "fetch failed" }]);
  });

  test("fails with every relayer's reason when none answers", async () => {
    const refused = { code: "TokenNotAccepted", message: "not accepted" };
    await expect(
      firstQuote([relayer("https://a.example", { quoteError: refused })], { kind: "checkout", token: TOKEN }),
    ).rejects.toThrow(/a.example: TokenNotAccepted/);
  });
});

describe("relayThroughList", () => {
  test("reports queued then submitted, and answers with the confirmed transaction", async () => {
    const statuses: string[] = [];
    const result = await relayThroughList({
      ...options,
      relayers: [relayer("https://a.example", { fee: 50n })],
      onStatus: (_relayer, status) => statuses.push(status),
      onFailure: () => undefined,
    });
    expect(result).toEqual({ relayer: "https://a.example", transactionHash: HASH });
    expect(statuses).toEqual(["queued", "submitted"]);
  });

  test("tries the next relayer with the same signature and says so", async () => {
    const busy = relayer("https://a.example", { submitError: { code: "RateLimited", message: "slow down" } });
    const next = relayer("https://b.example", { fee: 30n });
    const failures: string[] = [];
    const result = await relayThroughList({
      ...options,
      relayers: [busy, next],
      onStatus: () => undefined,
      onFailure: (failure) => failures.push(`${failure.relayer} ${failure.code}`),
    });
    expect(result.relayer).toBe("https://b.example");
    expect(next.submitted).toEqual(["signed"]);
    expect(failures).toEqual(["https://a.example RateLimited"]);
  });

  test("skips a relayer asking more than was signed", async () => {
    const failing = relayer("https://a.example", {
      outcome: { status: "failed", failure: { relayer: "https://a.example", code: "Internal", message: "down" } },
    });
    const dear = relayer("https://b.example", { fee: 51n });
    const error = await relayThroughList({
      ...options,
      relayers: [failing, dear],
      onStatus: () => undefined,
      onFailure: () => undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RelayersFailedError);
    expect((error as RelayersFailedError).failures.map((failure) => failure.code)).toEqual([
      "Internal",
      "FeeAboveSigned",
    ]);
    expect(dear.submitted).toEqual([]);
  });

  test("stops at a failure no other relayer can change: the contract refuses the action", async () => {
    const reverted = {
      code: "SimulationReverted",
      message: "reverted",
      details: { name: "InvalidStatus", args: { orderId: 1n } },
    };
    const next = relayer("https://b.example", {});
    const error = (await relayThroughList({
      ...options,
      relayers: [relayer("https://a.example", { submitError: reverted }), next],
      onStatus: () => undefined,
      onFailure: () => undefined,
    }).catch((caught: unknown) => caught)) as RelayersFailedError;
    expect(error.failures[0]?.revert).toEqual({ name: "InvalidStatus", args: { orderId: 1n } });
    expect(next.submitted).toEqual([]);
  });
});
