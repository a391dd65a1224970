import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { EIP1193Provider } from "viem";

/**
 * Serves an in-process Hardhat chain's provider over HTTP JSON-RPC on a free port, so a relayer in a child process
 * (which the test kills) talks to the same chain as the test.
 */
export async function serveProvider(provider: EIP1193Provider): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as
      | { id: number; method: string; params?: unknown[] }
      | { id: number; method: string; params?: unknown[] }[];
    const answer = async ({ id, method, params }: { id: number; method: string; params?: unknown[] }) => {
      try {
        return { jsonrpc: "2.0", id, result: await provider.request({ method, params } as never) };
      } catch (error) {
        const { code = -32603, message, data } = error as { code?: number; message: string; data?: unknown };
        return { jsonrpc: "2.0", id, error: { code, message, data } };
      }
    };
    const result = Array.isArray(body) ? await Promise.all(body.map(answer)) : await answer(body);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify(result, (_key, value) => (typeof value === "bigint" ? `0x${value.toString(16)}` : value)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
