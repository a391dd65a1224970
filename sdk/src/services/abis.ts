// The services' ABIs come from the one generator (scripts/generate-abis.ts); this module keeps the services' imports short.
export {
  guaranteeBondsAbi,
  labelAttestationsAbi,
  loyaltyStampsAbi,
  punctualityPoolAbi,
  serviceHooksAbi,
} from "../generated/abis.ts";
