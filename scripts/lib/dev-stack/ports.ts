import { createServer } from "node:net";

/** A port the stack needs is taken by another process. */
export class PortInUseError extends Error {
  readonly port: number;

  constructor(port: number, service: string) {
    super(`Port ${port} (${service}) is already in use on 127.0.0.1. Stop the process using it, or choose another port.`);
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
