import { createServer } from "node:net";

/** A port the stack needs is taken by another process. */
export class PortInUseError extends Error {
  readonly port: number;

  constructor(port: number, service: string) {
    super(
      `Port ${port} (${service}) is already in use on 127.0.0.1. Stop the process using it, or choose another port.`,
    );
    this.name = "PortInUseError";
    this.port = port;
  }
}

function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Throws a {@link PortInUseError} naming the first of `ports` that is taken. */
export async function ensurePortsFree(ports: { port: number; service: string }[], host = "127.0.0.1"): Promise<void> {
  for (const { port, service } of ports) {
    if (!(await isPortFree(port, host))) throw new PortInUseError(port, service);
  }
}

/** One port the OS reports free on `host`, e.g. for tests that run beside `npm run dev` and each other. */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port === 0 ? reject(new Error("the OS gave no free port")) : resolve(port)));
    });
  });
}

/** `count` distinct ports the OS reports free on `host`. */
export async function freePorts(count: number, host = "127.0.0.1"): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort(host));
  return [...ports];
}
