import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";
import { rateLimiter } from "hono-rate-limiter";

/**
 * At most `perMinute` requests a minute from one IP address; beyond, 429 with a JSON error and `RateLimit` headers
 * (draft-7) saying when to come back. Counted in memory: one indexer process, one count.
 */
export function rateLimitPerIp(perMinute: number): MiddlewareHandler {
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    keyGenerator: (c) => getConnInfo(c).remote.address ?? "unknown",
    handler: (c) =>
      c.json(
        {
          error: "rate-limited",
          message: `At most ${perMinute} requests a minute from one address: wait and try again`,
        },
        429,
      ),
  });
}
