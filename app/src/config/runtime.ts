import { type AppConfig, parseAppConfig } from "./appConfig.ts";
import { type DeploymentLookup, findDeployment } from "./deploymentRecords.ts";
import { fetchRuntimeConfig } from "./runtimeConfig.ts";

/**
 * Every `deployments/<chainId>.json` known at build time (`@deployments` is an alias set in vite.config.ts:
 * the repository's deployments folder, or GRANDRUE_DEPLOYMENTS_DIR).
 */
const deploymentFiles = import.meta.glob("@deployments/*.json", { eager: true, import: "default" });

/** What the app starts with: its configuration and the deployment of its chain (or why there is none). */
export type AppSetup = { config: AppConfig; lookup: DeploymentLookup };

/**
 * The configuration this build runs with: its `VITE_*` variables, or, in a build made with `VITE_RUNTIME_CONFIG`,
 * the variables and deployment records fetched from that URL at start (see runtimeConfig.ts), which replace them.
 * Throws InvalidAppConfigError on a malformed variable, InvalidRuntimeConfigError on an unusable runtime file.
 */
export async function loadAppSetup(): Promise<AppSetup> {
  const runtimeUrl = import.meta.env.VITE_RUNTIME_CONFIG?.trim();
  const bundled = Object.values(deploymentFiles);
  if (!runtimeUrl) {
    const config = parseAppConfig(import.meta.env);
    return { config, lookup: findDeployment(bundled, config.chainId) };
  }
  const runtime = await fetchRuntimeConfig(runtimeUrl);
  const config = parseAppConfig(runtime.variables);
  return { config, lookup: findDeployment([...runtime.deployments, ...bundled], config.chainId) };
}
