import { randomBytes } from "node:crypto";
import type { Plugin } from "vite";
import type { AppConfig } from "../src/config/appConfig.ts";
import { contentSecurityPolicy } from "./contentSecurityPolicy.ts";

/**
 * Writes the Content-Security-Policy `<meta>` into index.html, from the same configuration the app runs with.
 * In the dev server it also allows, by a per-start nonce, the module scripts and styles Vite injects.
 * A build configured at runtime (`isRuntimeConfigured`: `VITE_RUNTIME_CONFIG`) gets no `<meta>`: its configuration
 * is not known yet, and the server that hands it its configuration sends the policy (runtimeConfigPlugin.ts).
 */
export function cspPlugin(
  config: AppConfig,
  command: "build" | "serve",
  { isRuntimeConfigured = false }: { isRuntimeConfigured?: boolean } = {},
): { plugin: Plugin; nonce?: string } {
  const nonce = command === "serve" ? randomBytes(16).toString("base64url") : undefined;
  const policy = contentSecurityPolicy(config, nonce === undefined ? undefined : { nonce });
  const plugin: Plugin = {
    name: "grandrue:content-security-policy",
    transformIndexHtml: {
      order: "pre",
      handler: () =>
        isRuntimeConfigured && command === "build"
          ? []
          : [
              {
                tag: "meta",
                attrs: { "http-equiv": "Content-Security-Policy", content: policy },
                injectTo: "head-prepend",
              },
            ],
    },
  };
  return { plugin, nonce };
}
