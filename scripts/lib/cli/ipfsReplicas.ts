import { createIpfsClient, type IpfsClient, IpfsError, parseIpfsReplicas } from "@grandrue/sdk";
import { ipfsTokenFor } from "../ipfs/devToken.ts";
import { localEndpoint } from "./commonOptions.ts";
import { CliError } from "./errors.ts";

export type IpfsOptions = { ipfs?: string; gateway?: string };

/**
 * The CLI's IPFS client. Writes go to `--ipfs <url>` (its token from `GRANDRUE_IPFS_TOKEN`, or the one `npm run dev`
 * keeps for a local node), else to the replicas of `GRANDRUE_IPFS_APIS` (a JSON list as in the app's
 * `VITE_IPFS_APIS`, tokens included, confirmed by `GRANDRUE_IPFS_WRITE_QUORUM` of them), else to `npm run dev`'s
 * node. Reads come from `--gateway`, else from the replicas' gateways.
 * @throws CliError when the replica list or the quorum cannot be used.
 */
export async function cliIpfsClient(options: IpfsOptions, env: NodeJS.ProcessEnv): Promise<IpfsClient> {
  const list = env.GRANDRUE_IPFS_APIS?.trim();
  try {
    if (options.ipfs === undefined && list) {
      const replicas = parseIpfsReplicas(list, "GRANDRUE_IPFS_APIS");
      const quorum = env.GRANDRUE_IPFS_WRITE_QUORUM?.trim();
      return createIpfsClient({
        replicas,
        ...(quorum ? { quorum: Number(quorum) } : {}),
        gateways: options.gateway === undefined ? replicas.map(({ gatewayUrl }) => gatewayUrl) : [options.gateway],
      });
    }
    const apiUrl = options.ipfs ?? localEndpoint("ipfs", env);
    const token = await ipfsTokenFor(apiUrl, env);
    return createIpfsClient({ apiUrl, token, gateways: [options.gateway ?? new URL(apiUrl).origin] });
  } catch (error) {
    if (error instanceof IpfsError || error instanceof TypeError) throw new CliError(error.message);
    throw error;
  }
}
