import type { Deployment, ServiceDeployment, ServiceName } from "@grandrue/sdk";

/** The deployment offers no such service (the app hides it then, so this is a programming error or a stale page). */
export class ServiceUnavailableError extends Error {
  constructor(name: ServiceName) {
    super(`This market offers no ${name} service`);
    this.name = "ServiceUnavailableError";
  }
}

/** The deployment record of a service a transaction needs. @throws ServiceUnavailableError when it is not deployed. */
export function requireService(deployment: Deployment, name: ServiceName): ServiceDeployment {
  const service = deployment.services?.[name];
  if (service === undefined) throw new ServiceUnavailableError(name);
  return service;
}
