import type { Plugin } from "vite";
import { parseAppConfig } from "../src/config/appConfig.ts";
import type { RuntimeConfig } from "../src/config/runtimeConfig.ts";
import { contentSecurityPolicy } from "./contentSecurityPolicy.ts";

/**
 * Makes `vite preview` the server of a build made with `VITE_RUNTIME_CONFIG`: it answers that URL with `config`, and
 * sends with every response the Content-Security-Policy written from it (such a build has no `<meta>` policy).
 * @example preview({ …APP_VITE_CONFIG, plugins: [runtimeConfigPlugin("/config.json", { variables, deployments })] })
 */
export function runtimeConfigPlugin(url: string, config: RuntimeConfig): Plugin {
  const policy = contentSecurityPolicy(parseAppConfig(config.variables));
  const body = JSON.stringify(config);
  return {
    name: "grandrue:runtime-config",
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader("Content-Security-Policy", policy);
        if (request.url?.split("?")[0] !== url) return next();
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", "no-store");
        response.end(body);
      });
    },
  };
}
