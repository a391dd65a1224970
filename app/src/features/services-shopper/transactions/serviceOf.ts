import type { DeployedContract, Deployment, ServiceName } from "@grandrue/sdk";

/** The deployment does not record this service: the app hides its features, so reaching this is a bug. */
export class ServiceNotDeployedError extends Error {
  constructor(name: ServiceName) {
    super(`The ${name} service is not part of this deployment`);
    this.name = "ServiceNotDeployedError";
  }
}

/**
 * A service's deployment record for a transaction.
 * @throws ServiceNotDeployedError when the deployment has none.
 */
export function serviceOf(deployment: Deployment, name: ServiceName): DeployedContract {
  const service = deployment.services?.[name];
  if (service === undefined) throw new ServiceNotDeployedError(name);
  return service;
}
