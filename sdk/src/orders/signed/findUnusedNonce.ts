import { type Address, getAbiItem } from "viem";
import { readContract } from "viem/actions";
import { asMarketError } from "../../chain/asMarketError.ts";
import type { MarketReadClient } from "../../chain/client.ts";
import { escrowAbi } from "../../generated/abis.ts";

export type FindUnusedNonceParameters = {
  /** The contract whose nonces these are: the escrow, the reviews, the attestations or the loyalty stamps. */
  contract: Address;
  owner: Address;
  /** The first nonce to try (default 0). */
  from?: bigint;
};

/** `IUnorderedNonces.isNonceUsed`, the same function in every contract that takes signatures. */
const isNonceUsedAbi = [getAbiItem({ abi: escrowAbi, name: "isNonceUsed" })] as const;

/** How many nonces are asked about at once (parallel calls: local chains have no multicall contract). */
const NONCES_PER_READ = 16;

/**
 * The lowest unused nonce of `owner` at `contract`, from `from` up. Nonces are unordered, but counting up is the
 * cheap way: the first nonce of each word of 256 costs a fresh storage slot, the next ones a warm write.
 * @example const nonce = await findUnusedNonce(publicClient, { contract: deployment.contracts.Escrow.address, owner: buyer })
 */
export async function findUnusedNonce(
  client: MarketReadClient,
  { contract, owner, from = 0n }: FindUnusedNonceParameters,
): Promise<bigint> {
  try {
    for (let start = from; ; start += BigInt(NONCES_PER_READ)) {
      const nonces = Array.from({ length: NONCES_PER_READ }, (_, index) => start + BigInt(index));
      const used = await Promise.all(
        nonces.map((nonce) =>
          readContract(client, {
            address: contract,
            abi: isNonceUsedAbi,
            functionName: "isNonceUsed",
            args: [owner, nonce],
          }),
        ),
      );
      const index = used.indexOf(false);
      if (index !== -1) return start + BigInt(index);
    }
  } catch (error) {
    throw asMarketError(error);
  }
}
