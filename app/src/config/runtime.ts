import { type AppConfig, parseAppConfig } from "./appConfig.ts";
import { type DeploymentLookup, findDeployment } from "./deploymentRecords.ts";

/**
 * Every `deployments/<chainId>.json` known at build time (`@deployments` is an alias set in vite.config.ts:
 * the repository's deployments folder, or GRANDRUE_DEPLOYMENTS_DIR).
 */
const deploymentFiles = import.meta.glob("@deployments/*.json", { eager: true, import: "default" });

/** The configuration this build runs with. Throws InvalidAppConfigError on a malformed variable. */
export function loadAppConfig(): AppConfig {
  return parseAppConfig(import.meta.env);
}

/** The deployment of the configured chain, from the records bundled at build time. */
export function loadDeployment(config: AppConfig): DeploymentLookup {
  return findDeployment(Object.values(deploymentFiles), config.chainId);
}
