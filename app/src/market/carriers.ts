import {
  type CarrierDetails,
  type CarrierProfile,
  type Deployment,
  type IpfsClient,
  listCarriers,
  parseCarrierProfile,
} from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address, Chain, Client, Transport } from "viem";
import { useMarket } from "./useMarket.ts";

/** A registered carrier with its validated profile, or the reason it could not be read. */
export type CarrierWithProfile = CarrierDetails & { profile?: CarrierProfile; problem?: string };

async function withProfile(ipfs: IpfsClient, carrier: CarrierDetails): Promise<CarrierWithProfile> {
  if (carrier.profileCid === undefined) return { ...carrier, problem: "No profile was published" };
  try {
    return { ...carrier, profile: parseCarrierProfile(await ipfs.getJson(carrier.profileCid)) };
  } catch (error) {
    return { ...carrier, problem: (error as Error).message };
  }
}

/** Every registered carrier and its profile (name, service area, fees, key), by address. */
export const carriersQueryOptions = (
  publicClient: Client<Transport, Chain>,
  deployment: Deployment,
  ipfs: IpfsClient,
) =>
  queryOptions({
    queryKey: ["carriers", deployment.chainId, deployment.contracts.DeliveryAttestations.address] as const,
    queryFn: async (): Promise<Map<Address, CarrierWithProfile>> => {
      const carriers = await listCarriers(publicClient, deployment, {});
      const withProfiles = await Promise.all(carriers.map((carrier) => withProfile(ipfs, carrier)));
      return new Map(withProfiles.map((carrier) => [carrier.carrier, carrier]));
    },
    staleTime: 60_000,
  });

/** @example const { data: carriers } = useCarriers(); carriers?.get(address)?.profile?.name */
export function useCarriers() {
  const { publicClient, deployment, ipfs } = useMarket();
  return useQuery(carriersQueryOptions(publicClient, deployment, ipfs));
}
