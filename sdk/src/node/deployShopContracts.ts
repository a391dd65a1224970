import { createRequire } from "node:module";
import { type Abi, type Address, getAddress, type Hex, zeroAddress } from "viem";
import { deployContract, waitForTransactionReceipt } from "viem/actions";
import { asMarketError } from "../chain/asMarketError.ts";
import type { MarketWalletClient } from "../chain/writeMarketContract.ts";
import type { DeployedContract, Deployment } from "../deployment.ts";
import { klerosCourtAdapterAbi, serviceHooksAbi } from "../generated/abis.ts";
import { ORDER_MOMENTS, type OrderMoment } from "../orders/types.ts";

/** Most services one `ServiceHooks` fan-out calls (the contract's `MAX_SERVICES`). */
export const MAX_SERVICES_PER_HOOK = 4;

/** A service behind a shop's fan-out and the moments it hears. */
export type ShopService = { target: Address; moments: readonly OrderMoment[] };

export type DeployServiceHooksParameters = {
  /** One to four services, called in this order. */ services: readonly ShopService[];
};

export type DeployKlerosCourtAdapterParameters = {
  /** The Kleros Court v2 (`IArbitratorV2`) the adapter files disputes with. */
  court: Address;
  /** The court's extra data: court id, number of jurors, dispute kit. */
  extraData: Hex;
  /** The dispute template registered at the court's template registry. */
  templateId: bigint;
  /** Where the template's text is published, e.g. an `ipfs://` URI. */
  templateUri: string;
};

const require = createRequire(import.meta.url);

/** The committed creation bytecode of a contract a shop deploys for itself (the package's `deployable/*.json`). */
function creationBytecode(name: "ServiceHooks" | "KlerosCourtAdapter"): Hex {
  return (require(`@grandrue/sdk/deployable/${name}.json`) as { bytecode: Hex }).bytecode;
}

/** The `moments` bit set of a service: bit `i` for `OrderMoment(i)`. */
function momentBits(moments: readonly OrderMoment[]): number {
  return moments.reduce((bits, moment) => bits | (1 << ORDER_MOMENTS.indexOf(moment)), 0);
}

async function deploy(client: MarketWalletClient, abi: Abi, bytecode: Hex, args: readonly unknown[]) {
  try {
    const hash = await deployContract(client, { abi, bytecode, args } as never);
    const receipt = await waitForTransactionReceipt(client, { hash });
    if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`Deployment ${hash} reverted`);
    return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
  } catch (error) {
    throw asMarketError(error, { abis: [abi] });
  }
}

/**
 * Deploys a `ServiceHooks` fan-out: one order hook that calls up to four services, each at the moments it asked for
 * and with its own gas allowance. It has no owner; the shop then names it with `setOrderHook`, and changes services by
 * deploying another list. Node only: it reads the committed bytecode from the package.
 * @example
 * const hooks = await deployServiceHooks(merchantWallet, deployment, { services: [{ target: loyalty.address, moments: ["Completed"] }, { target: bonds.address, moments: ["Completed", "DisputeResolved"] }] })
 * await setOrderHook(merchantWallet, deployment, { shopId, hook: hooks.address })
 */
export async function deployServiceHooks(
  client: MarketWalletClient,
  deployment: Deployment,
  { services }: DeployServiceHooksParameters,
): Promise<DeployedContract> {
  if (services.length === 0 || services.length > MAX_SERVICES_PER_HOOK) {
    throw new RangeError(`A ServiceHooks fan-out calls 1 to ${MAX_SERVICES_PER_HOOK} services, not ${services.length}`);
  }
  const list = services.map(({ target, moments }) => {
    if (target === zeroAddress || moments.length === 0) {
      throw new RangeError(`Service ${target} needs an address and at least one moment (${ORDER_MOMENTS.join(", ")})`);
    }
    return { target, moments: momentBits(moments) };
  });
  return deploy(client, serviceHooksAbi, creationBytecode("ServiceHooks"), [deployment.contracts.Escrow.address, list]);
}

/**
 * Deploys a `KlerosCourtAdapter`: an ERC-792 arbitrator a shop names in its checkout terms, which files each dispute
 * with a Kleros Court v2 under one configuration (court, jurors, dispute kit, template) and forwards the court's final
 * ruling. One adapter per configuration; anyone may deploy one. Node only, like {@link deployServiceHooks}.
 * @example const adapter = await deployKlerosCourtAdapter(wallet, { court, extraData, templateId: 7n, templateUri: "ipfs://…" })
 */
export async function deployKlerosCourtAdapter(
  client: MarketWalletClient,
  { court, extraData, templateId, templateUri }: DeployKlerosCourtAdapterParameters,
): Promise<DeployedContract> {
  if (court === zeroAddress) throw new RangeError("A Kleros Court adapter needs the court's address");
  return deploy(client, klerosCourtAdapterAbi, creationBytecode("KlerosCourtAdapter"), [
    court,
    extraData,
    templateId,
    templateUri,
  ]);
}
