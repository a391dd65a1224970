import type { IpfsReader, IpfsReaderOptions } from "./reader.ts";
import { createIpfsReader } from "./reader.ts";
import type { IpfsWriter, IpfsWriterOptions } from "./writer.ts";
import { createIpfsWriter } from "./writer.ts";

export type IpfsClientOptions = IpfsReaderOptions & IpfsWriterOptions;
export type IpfsClient = IpfsReader & IpfsWriter;

/**
 * One object for both directions: writes through the Kubo RPC API at `apiUrl`, reads verified
 * from `gateways`. Use {@link createIpfsReader} alone where nothing is written (shoppers).
 *
 * @example
 * const ipfs = createIpfsClient({ apiUrl: 'http://127.0.0.1:5001', gateways: ['http://127.0.0.1:5001'] })
 * const cid = await ipfs.addJson({ name: 'Boulangerie Martin' })
 * await ipfs.getJson(cid) // { name: 'Boulangerie Martin' }
 */
export function createIpfsClient(options: IpfsClientOptions): IpfsClient {
  return { ...createIpfsReader(options), ...createIpfsWriter(options) };
}
