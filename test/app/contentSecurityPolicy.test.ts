import { describe, expect, test } from "vitest";
import { parseAppConfig } from "../../app/src/config/appConfig.ts";
import { contentSecurityPolicy } from "../../app/vite/contentSecurityPolicy.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources] as const;
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const config = parseAppConfig({
    VITE_RPC_URL: "https://rpc.example.org/v1/key-free",
    VITE_IPFS_GATEWAYS: "https://gw1.example.org/, https://gw2.example.net",
    VITE_IPFS_APIS:
      '["https://pin.example.org/api/v0", { "apiUrl": "https://a.example.com/api/v0", "gatewayUrl": "https://gw1.example.org" }]',
    VITE_INDEXERS: "https://index.example.org/v1, https://index.coop.example:8443",
    VITE_RELAYERS: "https://relay.coop.example/v1, https://index.example.org/relay",
  });
  const policy = directives(contentSecurityPolicy(config));

  test("lets the app talk only to itself, the RPC endpoint, the IPFS gateways and replicas, the indexers and the relayers (by origin)", () => {
    expect(policy.get("connect-src")).toEqual([
      "'self'",
      "https://rpc.example.org",
      "https://gw1.example.org",
      "https://gw2.example.net",
      "https://pin.example.org",
      "https://a.example.com",
      "https://index.example.org",
      "https://index.coop.example:8443",
      "https://relay.coop.example",
    ]);
  });

  test("without indexers or relayers configured, allows none", () => {
    const withoutIndexers = directives(
      contentSecurityPolicy(parseAppConfig({ VITE_RPC_URL: "https://rpc.example.org" })),
    );
    expect(withoutIndexers.get("connect-src")).toEqual(["'self'", "https://rpc.example.org", "http://127.0.0.1:5001"]);
  });

  test("loads images only from the app, the gateways and local data/blob URLs", () => {
    expect(policy.get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://gw1.example.org",
      "https://gw2.example.net",
    ]);
  });

  test("allows no inline or third-party script, style or font, and no plugins", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  test("in the dev server it adds only the nonce of the scripts Vite injects", () => {
    const dev = directives(contentSecurityPolicy(config, { nonce: "abc123" }));
    expect(dev.get("script-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(dev.get("connect-src")).toEqual(policy.get("connect-src"));
  });

  test("a gateway on the same origin as the API is listed once", () => {
    const local = directives(contentSecurityPolicy(parseAppConfig({})));
    expect(local.get("connect-src")).toEqual(["'self'", "http://127.0.0.1:8545", "http://127.0.0.1:5001"]);
  });
});
