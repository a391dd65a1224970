import { createIpfsClient, type IpfsClient } from "@grandrue/sdk";
import type { AppConfig } from "../config/appConfig.ts";
import type { DeviceIpfsTokens } from "./deviceIpfsTokens.ts";

/**
 * The app's IPFS client: verified reads from the configured gateways; writes to every configured replica with this
 * device's token for it when it has one, else the configured one, confirmed by the configured quorum.
 */
export function createMarketIpfs(config: AppConfig, deviceTokens: DeviceIpfsTokens): IpfsClient {
  return createIpfsClient({
    gateways: config.ipfsGateways,
    replicas: config.ipfsReplicas.map((replica) => ({
      ...replica,
      token: deviceTokens[replica.apiUrl] ?? replica.token,
    })),
    quorum: config.ipfsWriteQuorum,
  });
}
