import type { AppConfig } from "../src/config/appConfig.ts";

/** What the dev server needs on top of the production policy. */
export type DevAllowances = {
  /** Nonce Vite puts on the scripts and styles it injects (React Refresh preamble, CSS in dev). */
  nonce: string;
};

function origin(url: string): string {
  return new URL(url).origin;
}

/**
 * The app's Content-Security-Policy: scripts, styles and fonts only from the app itself; network requests only to
 * the RPC endpoint, the IPFS gateways, the replicas (their APIs and gateways, checked for each document), the
 * configured indexers and relayers; images only from the app, the gateways and local `data:`/`blob:` URLs (QR codes, photo
 * previews). No third party, no inline script.
 * @example contentSecurityPolicy(parseAppConfig({})) // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(config: AppConfig, dev?: DevAllowances): string {
  const gateways = config.ipfsGateways.map(origin);
  const replicas = config.ipfsReplicas.flatMap(({ apiUrl, gatewayUrl }) => [origin(apiUrl), origin(gatewayUrl)]);
  const connect = new Set([
    "'self'",
    origin(config.rpcUrl),
    ...gateways,
    ...replicas,
    ...config.indexers.map(origin),
    ...config.relayers.map(origin),
  ]);
  const images = new Set(["'self'", "data:", "blob:", ...gateways]);
  const nonce = dev === undefined ? [] : [`'nonce-${dev.nonce}'`];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", ...nonce]],
    ["style-src", ["'self'", ...nonce]],
    ["img-src", [...images]],
    ["connect-src", [...connect]],
    ["font-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}
