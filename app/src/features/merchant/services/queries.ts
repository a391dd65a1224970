import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address, Chain, Client as ViemClient, Transport } from "viem";
import { getLogsInRanges } from "../../../../../sdk/src/chain/getLogsInRanges.ts";
import { readMarketContract } from "../../../../../sdk/src/chain/readMarketContract.ts";
import { toTopic } from "../../../../../sdk/src/chain/topics.ts";
import type { ServiceName } from "../../../../../sdk/src/deployment.ts";
import { getShopBonds } from "../../../../../sdk/src/services/bonds/getShopBonds.ts";
import { getShopLabels } from "../../../../../sdk/src/services/labels/getShopLabels.ts";
import { getRegularCount } from "../../../../../sdk/src/services/loyalty/getRegularCount.ts";
import { rewardEvents } from "../../../../../sdk/src/services/loyalty/loyaltyEvents.ts";
import { loyaltyContract, type ServiceDeployment } from "../../../../../sdk/src/services/serviceContracts.ts";
import { cidFromHex } from "../../../../../sdk/src/shops/encoding.ts";
import { useMarket } from "../../../market/index.ts";

type Client = ViemClient<Transport, Chain>;

/** A shop's stamp card program, with the CID of its current reward document. */
export type LoyaltyProgram = { stampsPerOrder: number; rewardThreshold: number; isActive: boolean; rewardCid: string | undefined };

/** Query keys of the services' reads; every service transaction invalidates `["services", chainId]`. */
export const serviceKeys = {
  all: (chainId: number) => ["services", chainId] as const,
  program: (chainId: number, shopId: bigint) => ["services", chainId, "program", shopId.toString()] as const,
  regulars: (chainId: number, shopId: bigint, thresholds: readonly number[]) => ["services", chainId, "regulars", shopId.toString(), thresholds.join()] as const,
  card: (chainId: number, shopId: bigint, buyer: Address) => ["services", chainId, "card", shopId.toString(), buyer] as const,
  bonds: (chainId: number, shopId: bigint) => ["services", chainId, "bonds", shopId.toString()] as const,
  labels: (chainId: number, shopId: bigint) => ["services", chainId, "labels", shopId.toString()] as const,
};

/** The shop's program (`null` when it has none): the contract's view, and the reward CID from its latest event. */
export const loyaltyProgramQueryOptions = (client: Client, loyalty: ServiceDeployment, chainId: number, shopId: bigint) =>
  queryOptions({
    queryKey: serviceKeys.program(chainId, shopId),
    queryFn: async (): Promise<LoyaltyProgram | null> => {
      const program = await readMarketContract(client, { ...loyaltyContract(loyalty), functionName: "programOf", args: [shopId] });
      if (program.stampsPerOrder === 0) return null;
      const logs = await getLogsInRanges(client, { address: loyalty.address, events: rewardEvents, topics: [toTopic(shopId)], fromBlock: BigInt(loyalty.blockNumber) });
      const latest = logs.at(-1);
      return { ...program, rewardCid: latest === undefined ? undefined : cidFromHex(latest.args.rewardCid) };
    },
  });

/** The deployment record of a service, `undefined` when this deployment does not offer it. */
export function useService(name: ServiceName): ServiceDeployment | undefined {
  return useMarket().deployment.services?.[name];
}

export function useLoyaltyProgram(shopId: bigint) {
  const { publicClient, deployment } = useMarket();
  const loyalty = useService("LoyaltyStamps");
  return useQuery({ ...loyaltyProgramQueryOptions(publicClient, loyalty!, deployment.chainId, shopId), enabled: loyalty !== undefined });
}

/** How many buyers earned at least each of `thresholds` stamps at the shop: counts, nothing about who. */
export function useRegularCounts(shopId: bigint, thresholds: readonly number[]) {
  const { publicClient, deployment } = useMarket();
  const loyalty = useService("LoyaltyStamps");
  return useQuery({
    queryKey: serviceKeys.regulars(deployment.chainId, shopId, thresholds),
    queryFn: () => Promise.all(thresholds.map((minStamps) => getRegularCount(publicClient, loyalty!, { shopId, minStamps }))),
    enabled: loyalty !== undefined && thresholds.length > 0,
  });
}

/** Stamps on one buyer's card at the shop: read only for the code that buyer shows at the counter. */
export function useCardBalance(shopId: bigint, buyer: Address | undefined) {
  const { publicClient, deployment } = useMarket();
  const loyalty = useService("LoyaltyStamps");
  return useQuery({
    queryKey: serviceKeys.card(deployment.chainId, shopId, buyer ?? "0x"),
    queryFn: async () => (await readMarketContract(publicClient, { ...loyaltyContract(loyalty!), functionName: "cardOf", args: [shopId, buyer!] })).balance,
    enabled: loyalty !== undefined && buyer !== undefined,
  });
}

/** The shop's bonds, one per token it ever deposited or set a warranty in, with the claims on them. */
export function useShopBonds(shopId: bigint) {
  const { publicClient, deployment } = useMarket();
  const bonds = useService("GuaranteeBonds");
  return useQuery({ queryKey: serviceKeys.bonds(deployment.chainId, shopId), queryFn: () => getShopBonds(publicClient, bonds!, { shopId }), enabled: bonds !== undefined });
}

/** Every label third parties attested for the shop, valid or not. */
export function useShopLabels(shopId: bigint) {
  const { publicClient, deployment } = useMarket();
  const labels = useService("LabelAttestations");
  return useQuery({ queryKey: serviceKeys.labels(deployment.chainId, shopId), queryFn: () => getShopLabels(publicClient, labels!, { shopId }), enabled: labels !== undefined });
}
