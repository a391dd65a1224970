import { gatewayUrlFor } from "@grandrue/sdk";
import { useMarketContext } from "../../../../market/index.ts";

/** A picture stored on IPFS, shown from the configured gateway only (never from an arbitrary URL). */
export function IpfsImage({ cid, alt, className }: { cid: string; alt: string; className?: string }) {
  const { config } = useMarketContext();
  const gateway = config.ipfsGateways[0];
  if (gateway === undefined) return null;
  return <img src={gatewayUrlFor(gateway, cid)} alt={alt} className={className} loading="lazy" decoding="async" />;
}
