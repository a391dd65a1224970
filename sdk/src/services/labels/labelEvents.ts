import {
  IssuerRegisteredEvent,
  IssuerUpdatedEvent,
  LabelAttestedEvent,
  LabelRevokedEvent,
} from "../../generated/abiItems/labelAttestations.ts";

/** An attestation's events, indexed by attestation id then shop id (topic 2 = shop id). */
export const attestationEvents = [LabelAttestedEvent, LabelRevokedEvent] as const;

/** An issuer's profile events, indexed by issuer (topic 1). */
export const issuerEvents = [IssuerRegisteredEvent, IssuerUpdatedEvent] as const;
