import { getEscrowLimits, INTENT_KINDS, RelayerError, type RelayerPolicy, toRelayerJson } from "@grandrue/sdk";
import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { rateLimiter } from "hono-rate-limiter";
import { z } from "zod";
import { findFeeToken, hookGasAllowance, quoteFee } from "../fees/feePolicy.ts";
import { addressSchema } from "../intents/abiSchema.ts";
import { type AcceptContext, acceptIntent } from "../intents/acceptIntent.ts";
import { intentState } from "../queue/intentStore.ts";
import { sponsorshipOf } from "../settings.ts";
import { ERROR_STATUS } from "./errorStatus.ts";

const quoteSchema = z.strictObject({
  kind: z.enum(INTENT_KINDS),
  token: addressSchema,
  orders: z.number().int().min(1).max(100).optional(),
  hook: addressSchema.optional(),
});

function json(c: Context, value: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(toRelayerJson(value), status, { "content-type": "application/json; charset=utf-8" });
}

function failure(c: Context, error: RelayerError): Response {
  const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (error.code === "RateLimited" && retryAfter) c.header("Retry-After", String(retryAfter));
  return json(
    c,
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details !== undefined && { details: error.details }),
      },
    },
    ERROR_STATUS[error.code],
  );
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new RelayerError("BadRequest", "The body is not JSON", {
      details: { issues: [{ path: "", message: "not JSON" }] },
    });
  }
}

/** The relayer's HTTP API (relayer/README.md): policy, quotes, intents and their status, with CORS and rate limits. */
export function createApp(context: AcceptContext & { onQueued: () => void; log?: (line: string) => void }): Hono {
  const { settings, store, client, deployment, relayer } = context;
  const app = new Hono();
  // The escrow's hook gas limit is a constant of its code: read once, on the first quote that needs it.
  let hookGas: Promise<bigint> | undefined;
  const readHookGas = () =>
    (hookGas ??= getEscrowLimits(client, deployment).then(
      ({ hookGasLimit }) => hookGasAllowance(hookGasLimit),
      (error: unknown) => {
        hookGas = undefined;
        throw error;
      },
    ));
  app.use(
    cors({
      origin: settings.corsOrigins === "*" ? "*" : [...settings.corsOrigins],
      allowMethods: ["GET", "POST", "OPTIONS"],
      allowHeaders: ["content-type"],
      exposeHeaders: ["Retry-After", "RateLimit"],
    }),
  );
  // Only the POSTs cost the relayer RPC calls; the GETs read its own memory and file, and apps poll them.
  app.post(
    "*",
    rateLimiter({
      windowMs: 60_000,
      limit: settings.rateLimits.perIpPerMinute,
      standardHeaders: "draft-7",
      keyGenerator: (c) => getConnInfo(c).remote.address ?? "unknown",
      handler: (c) =>
        failure(
          c,
          new RelayerError(
            "RateLimited",
            `At most ${settings.rateLimits.perIpPerMinute} requests a minute from one address`,
            {
              details: { retryAfterSeconds: 60 },
            },
          ),
        ),
    }),
  );

  app.get("/policy", async (c) => {
    const policy: RelayerPolicy = {
      chainId: deployment.chainId,
      relayer,
      escrow: deployment.contracts.Escrow.address,
      acceptedTokens: settings.fees.tokens.map(({ address, symbol, decimals, minimumFee }) => ({
        address,
        symbol,
        decimals,
        minimumFee,
      })),
      sponsoredShops: settings.sponsoredShops.map(({ shopId, budget }) => {
        const spent = shopId === "*" ? 0n : store.sponsoredSpent(sponsorshipOf(settings, shopId)!.key);
        return { shopId, remaining: budget > spent ? budget - spent : 0n };
      }),
      maxDeadlineSeconds: settings.maxDeadlineSeconds,
    };
    return json(c, policy);
  });

  app.post("/quote", async (c) => {
    const parsed = quoteSchema.safeParse(await readJson(c));
    if (!parsed.success)
      throw new RelayerError("BadRequest", `The quote request is malformed: ${parsed.error.issues[0]?.message}`, {
        details: {
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
        },
      });
    const token = findFeeToken(settings.fees, parsed.data.token);
    if (!token)
      throw new RelayerError("TokenNotAccepted", `This relayer takes no fee in ${parsed.data.token}`, {
        details: { token: parsed.data.token },
      });
    const [gasPrice, block, hookGas] = await Promise.all([client.getGasPrice(), client.getBlock(), readHookGas()]);
    return json(
      c,
      quoteFee(settings.fees, { ...parsed.data, token }, { gasPrice, hookGas, now: Number(block.timestamp) }),
    );
  });

  app.post("/intents", async (c) => {
    const { id } = await acceptIntent(context, await readJson(c));
    context.onQueued();
    return json(c, { id }, 202);
  });

  app.get("/intents/:id", (c) => {
    const intent = store.get(c.req.param("id"));
    if (!intent) throw new RelayerError("NotFound", `No intent ${c.req.param("id")} here`);
    return json(c, intentState(intent));
  });

  app.notFound((c) => failure(c, new RelayerError("NotFound", `No route ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof RelayerError) return failure(c, error);
    context.log?.(`relayer: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return failure(c, new RelayerError("Internal", `The relayer failed: ${error.message}`));
  });
  return app;
}
