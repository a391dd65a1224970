import { type Address, isAddressEqual } from "viem";
import { type CarrierWithProfile, useCarriers } from "../../../market/index.ts";

/** The connected account's carrier registration and profile, if it registered. */
export function useCarrierRecord(address: Address | undefined): {
  carrier: CarrierWithProfile | undefined;
  isLoading: boolean;
} {
  const carriers = useCarriers();
  const carrier =
    address === undefined
      ? undefined
      : [...(carriers.data?.values() ?? [])].find((entry) => isAddressEqual(entry.carrier, address));
  return { carrier, isLoading: carriers.isLoading };
}
