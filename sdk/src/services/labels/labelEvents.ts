import { getAbiItem } from "viem";
import { labelAttestationsAbi } from "../abis.ts";

/** An attestation's events, indexed by attestation id then shop id (topic 2 = shop id). */
export const attestationEvents = [
  getAbiItem({ abi: labelAttestationsAbi, name: "LabelAttested" }),
  getAbiItem({ abi: labelAttestationsAbi, name: "LabelRevoked" }),
] as const;

/** An issuer's profile events, indexed by issuer (topic 1). */
export const issuerEvents = [
  getAbiItem({ abi: labelAttestationsAbi, name: "IssuerRegistered" }),
  getAbiItem({ abi: labelAttestationsAbi, name: "IssuerUpdated" }),
] as const;
