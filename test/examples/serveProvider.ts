import { createServer } from "node:http";

type JsonRpcRequest = { id: number | string | null; method: string; params?: unknown[] };
/** What the provider of a Hardhat network connection offers. */
type Provider = { request(request: { method: string; params?: unknown[] }): Promise<unknown> };

/**
 * Serves an in-process chain (an EIP-1193 provider) as JSON-RPC over HTTP on 127.0.0.1, for a program that runs in
 * another process, as a third party's would, against the chain a test prepared.
 */
export async function serveProvider(provider: Provider): Promise<{ rpcUrl: string; close(): Promise<void> }> {
  async function answer({ id, method, params }: JsonRpcRequest) {
    try {
      return { jsonrpc: "2.0", id, result: await provider.request({ method, params }) };
    } catch (error) {
      const {
        code = -32603,
        message = String(error),
        data,
      } = error as { code?: number; message?: string; data?: unknown };
      return { jsonrpc: "2.0", id, error: { code, message, data } };
    }
  }
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as JsonRpcRequest | JsonRpcRequest[];
    const result = Array.isArray(body) ? await Promise.all(body.map(answer)) : await answer(body);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the JSON-RPC server has no port");
  return {
    rpcUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
