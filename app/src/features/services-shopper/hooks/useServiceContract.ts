import type { DeployedContract, ServiceName } from "../../../../../sdk/src/deployment.ts";
import { useMarket } from "../../../market/index.ts";

/**
 * Where a service lives in this deployment, `undefined` when it was not deployed: the app then hides the feature.
 * @example const bonds = useServiceContract("GuaranteeBonds")
 */
export function useServiceContract(name: ServiceName): DeployedContract | undefined {
  return useMarket().deployment.services?.[name];
}
