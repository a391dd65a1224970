import type { ContractName, DeployedContract, Deployment } from "@grandrue/sdk";
import { type Address, keccak256, slice, toHex } from "viem";
import { type DeployClients, deployOrReuse } from "./deploy-contract.ts";
import { deployFiatToken } from "./tokens/fiatToken.ts";

export type DeployProtocolOptions = DeployClients & {
  /** The account (EOA or multisig) that rules disputes in the mediator arbitrator. Defaults to the deployer. */
  mediator?: Address;
  /** Deploy the development local currency (issuer: the deployer). */
  withLocalCurrency: boolean;
  /**
   * Deploy the development euro stablecoin: Circle's FiatToken V2_2 as "Euro Coin" (EURC, 6 decimals), the
   * deployer its owner and minter, recorded as `tokens.EURC`. @default false
   */
  withEuroCoin?: boolean;
  /** A previous deployment on this chain: contracts whose code is still there are reused. */
  previous?: Deployment;
  /** Called after each contract with whether it was deployed or reused. */
  onProgress?: (name: string, contract: DeployedContract, wasReused: boolean) => void;
};

/**
 * The development EURC's proxy admin: an address nobody holds a key for (the last 20 bytes of a hash), so the demo
 * token can never be upgraded, and no demo account loses the right to call it (the proxy refuses its admin's calls).
 */
export const EURC_PROXY_ADMIN: Address = slice(keccak256(toHex("grandrue: development EURC proxy admin")), 12);

/** How much EURC the deployer may mint on a development chain: a billion euros. */
const EURC_MINTER_ALLOWANCE = 10n ** 9n * 10n ** 6n;

/**
 * Deploys the whole protocol (registry, attestations, escrow, reviews, mediator, passkey account factory, optional
 * local currency and euro stablecoin), waiting for each receipt. Idempotent: a contract recorded in `previous` whose code is still on chain is reused.
 */
export async function deployProtocol(options: DeployProtocolOptions): Promise<Deployment> {
  const deployer = options.walletClient.account.address;
  const chainId = await options.publicClient.getChainId();
  const previous = options.previous?.chainId === chainId ? options.previous : undefined;
  const contracts: Partial<Record<ContractName, DeployedContract>> = {};

  async function ensure(name: ContractName, args: readonly unknown[]): Promise<Address> {
    const { contract, wasReused } = await deployOrReuse(options, name, args, previous?.contracts[name]);
    contracts[name] = contract;
    options.onProgress?.(name, contract, wasReused);
    return contract.address;
  }

  const registry = await ensure("ShopRegistry", []);
  const attestations = await ensure("DeliveryAttestations", []);
  const escrow = await ensure("Escrow", [registry, attestations]);
  await ensure("Reviews", [escrow, registry]);
  await ensure("MediatorArbitrator", [options.mediator ?? deployer]);
  await ensure("PasskeyAccountFactory", []);
  if (options.withLocalCurrency) await ensure("LocalCurrency", ["Léman (dev)", "LEM", deployer]);
  const deployment: Deployment = { chainId, contracts: contracts as Deployment["contracts"] };
  if (options.withEuroCoin !== true) return deployment;
  return { ...deployment, tokens: { EURC: await ensureEuroCoin(options, previous?.tokens?.EURC) } };
}

async function ensureEuroCoin(options: DeployProtocolOptions, recorded: DeployedContract | undefined) {
  if (recorded !== undefined && (await options.publicClient.getCode({ address: recorded.address })) !== undefined) {
    options.onProgress?.("EURC", recorded, true);
    return recorded;
  }
  const contract = await deployFiatToken(options, {
    name: "Euro Coin",
    symbol: "EURC",
    currency: "EUR",
    decimals: 6,
    proxyAdmin: EURC_PROXY_ADMIN,
    minterAllowance: EURC_MINTER_ALLOWANCE,
  });
  options.onProgress?.("EURC", contract, false);
  return contract;
}
