import { deployServices as deployServicesOnProtocol } from "../../../../scripts/lib/deploy-services.ts";
import type { Market } from "../../helpers/market.ts";

/**
 * Deploys the three services on top of a market, as an outside team would: with the escrow and registry addresses
 * only, from a different account than the protocol's deployer.
 */
export async function deployServices(market: Market) {
  const { services } = await deployServicesOnProtocol({
    publicClient: market.publicClient,
    walletClient: market.accounts.stranger,
    deployment: market.deployment,
  });
  return { bonds: services!.GuaranteeBonds!, loyalty: services!.LoyaltyStamps!, labels: services!.LabelAttestations! };
}

export type Services = Awaited<ReturnType<typeof deployServices>>;
