import { createRelayerClient, RelayerError, type RelayerIntent } from "@grandrue/sdk";
import type { RelayerEndpoint } from "./relayerEndpoint.ts";
import { relayerFailure } from "./relayThroughList.ts";

/**
 * One relayer of the shopper's list, through the SDK's client (relayer/README.md): its quote, the hand-over of a
 * signed intent, and its progress until confirmed or failed.
 * @example const relayers = urls.map(openRelayer)
 */
export function openRelayer(url: string): RelayerEndpoint<RelayerIntent> {
  const client = createRelayerClient({ url });
  return {
    url,
    quote: async (request) => (await client.quote(request)).fee,
    submit: async (intent) => (await client.submitIntent(intent)).id,
    async follow(id, onStatus) {
      try {
        const state = await client.waitForIntent(id, {
          onStatus: ({ status, transactionHash }) => {
            if (status !== "failed") onStatus(status, transactionHash);
          },
        });
        if (state.transactionHash === undefined) throw new RelayerError("Internal", "Confirmed without a transaction");
        return { status: "confirmed", transactionHash: state.transactionHash };
      } catch (error) {
        return { status: "failed", failure: relayerFailure(url, error) };
      }
    },
  };
}
