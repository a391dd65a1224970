import { encodeRedemptionCode, signRewardRedemption } from "@grandrue/sdk";
import { useMutation } from "@tanstack/react-query";
import { getBlock } from "viem/actions";
import { useMarket, useServiceContract } from "../../../market/index.ts";

/** How long the shop may use the code: long enough to queue at the counter. */
const VALIDITY_SECONDS = 30n * 60n;

/**
 * Signs, in the wallet and without a transaction, the consent to redeem one reward at a shop, and turns it into the
 * code shown at the counter. The shop submits it; nothing leaves the card until it does.
 * @example const reward = useRewardCode(); reward.mutate({ shopId, stamps: 10 }); reward.data?.code
 */
export function useRewardCode() {
  const { walletClient, publicClient } = useMarket();
  const loyalty = useServiceContract("LoyaltyStamps");
  return useMutation({
    mutationFn: async ({ shopId, stamps }: { shopId: bigint; stamps: number }) => {
      if (walletClient === undefined || loyalty === undefined)
        throw new Error("No wallet on this chain, or no loyalty service");
      // The contract checks the deadline against the chain's clock, which may run ahead of this device's.
      const { timestamp } = await getBlock(publicClient, { blockTag: "latest" });
      const wallClock = BigInt(Math.floor(Date.now() / 1000));
      const deadline = (timestamp > wallClock ? timestamp : wallClock) + VALIDITY_SECONDS;
      const signed = await signRewardRedemption(walletClient, loyalty, { shopId, stamps, deadline });
      return { code: encodeRedemptionCode(signed), deadline: Number(deadline) };
    },
  });
}
