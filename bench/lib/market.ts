/**
 * What the gas benchmarks need to drive the contracts: an in-process chain, deployment from the build artifacts, and
 * writes through the generated ABIs with viem. Nothing here uses the SDK, so the figures measure the contracts alone.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { network } from "hardhat";
import { encodeAbiParameters, getAddress, keccak256, parseEventLogs, type Abi, type Address, type Hex } from "viem";
import { escrowAbi } from "../../sdk/src/generated/abis.ts";

const ARTIFACTS = fileURLToPath(new URL("../../artifacts/contracts/", import.meta.url));

export type BenchChain = Awaited<ReturnType<typeof createBenchChain>>;
export type BenchWallet = BenchChain["wallets"][number];

/** A fresh in-process chain and its funded accounts. */
export async function createBenchChain() {
  const { viem, networkHelpers } = await network.create();
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  return { viem, networkHelpers, publicClient, wallets };
}

/** The account `index` of the chain, or an error naming it. */
export function walletAt(chain: BenchChain, index: number): BenchWallet {
  const wallet = chain.wallets[index];
  if (wallet === undefined) throw new Error(`the in-process chain has no account #${index}`);
  return wallet;
}

/** Deploys `artifacts/contracts/<path>.json` (e.g. "Escrow.sol/Escrow") with `args`, returning its address. */
export async function deploy(chain: BenchChain, deployer: BenchWallet, path: string, args: readonly unknown[] = []): Promise<Address> {
  const { abi, bytecode } = JSON.parse(await readFile(`${ARTIFACTS}${path}.json`, "utf8")) as { abi: Abi; bytecode: Hex };
  const hash = await deployer.deployContract({ abi, bytecode, args: args as unknown[] });
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`deploying ${path} failed`);
  return getAddress(receipt.contractAddress);
}

/** Sends a contract write and returns its receipt, failing loudly on a revert. */
export async function send(chain: BenchChain, client: BenchWallet, request: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[]; value?: bigint }) {
  const hash = await client.writeContract(request as never);
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`transaction reverted: ${request.functionName}`);
  if (process.env.GAS_TRACE) console.log(request.functionName, receipt.gasUsed);
  return receipt;
}

/** The order's terms, rebuilt from its `OrderPaid` event as the SDK does (every field but `detailsHash`, which is the
 *  hash of the two digests). */
function orderOf(args: {
  buyer: Address; shopId: bigint; payout: Address; token: Address; amount: bigint; deliveryFee: bigint; carrier: Address; arbitrator: Address;
  hook: Address; shipHours: number; deliveryHours: number; returnHours: number; codeHash: Hex; itemsDigest: Hex; shippingDigest: Hex;
}) {
  const { itemsDigest, shippingDigest, ...fields } = args;
  return {
    buyer: fields.buyer,
    shopId: fields.shopId,
    payout: fields.payout,
    token: fields.token,
    amount: fields.amount,
    deliveryFee: fields.deliveryFee,
    carrier: fields.carrier,
    arbitrator: fields.arbitrator,
    hook: fields.hook,
    shipHours: fields.shipHours,
    deliveryHours: fields.deliveryHours,
    returnHours: fields.returnHours,
    codeHash: fields.codeHash,
    detailsHash: keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [itemsDigest, shippingDigest])),
  };
}

/** The orders a checkout receipt paid: id and terms, from its `OrderPaid` events. */
export function paidOrders(logs: Parameters<typeof parseEventLogs>[0]["logs"]) {
  return parseEventLogs({ abi: escrowAbi, eventName: "OrderPaid", logs }).map((log) => ({ orderId: log.args.orderId, terms: orderOf(log.args) }));
}

/** The core protocol, deployed as the deploy script does (registry, attestations, escrow, reviews, mediator). */
export async function deployProtocol(chain: BenchChain, deployer: BenchWallet, mediatorAccount: Address) {
  const registry = await deploy(chain, deployer, "ShopRegistry.sol/ShopRegistry");
  const attestations = await deploy(chain, deployer, "DeliveryAttestations.sol/DeliveryAttestations");
  const escrow = await deploy(chain, deployer, "Escrow.sol/Escrow", [registry, attestations]);
  const reviews = await deploy(chain, deployer, "Reviews.sol/Reviews", [escrow, registry]);
  const mediator = await deploy(chain, deployer, "arbitration/MediatorArbitrator.sol/MediatorArbitrator", [mediatorAccount]);
  const localCurrency = await deploy(chain, deployer, "tokens/LocalCurrency.sol/LocalCurrency", ["Léman (dev)", "LEM", deployer.account.address]);
  return { registry, attestations, escrow, reviews, mediator, localCurrency };
}
export type BenchProtocol = Awaited<ReturnType<typeof deployProtocol>>;
