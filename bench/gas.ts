/**
 * Gas per user-level scenario, measured on fresh contracts in the in-process chain, in steady state: the escrow
 * already holds other open orders, the payees have been paid before and the ERC-20 buyer has approved (the signing
 * buyer of `erc20.signedCheckoutRelease` has not: it signs a permit; it signed and was relayed once before).
 * Each figure is the sum of the receipts' gasUsed (21,000 base included) of the scenario's transactions.
 * Prints a table and writes the committed snapshot, snapshots/gas.json. Run: npm run bench:gas
 * With `--check` it writes nothing and fails, naming each scenario, when the measurement differs from the snapshot.
 */

import {
  NATIVE_TOKEN,
  type OrderRequest,
  type OrderTerms,
  paidOrdersFromLogs,
  relayBuyerAction,
  signBuyerAction,
  signCheckout,
  signPermitPull,
} from "@grandrue/sdk";
import { escrowAbi, localCurrencyAbi, mediatorArbitratorAbi, shopRegistryAbi } from "@grandrue/sdk/abis";
import { network } from "hardhat";
import { type Address, encodeAbiParameters, type Hex, keccak256, parseEther } from "viem";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { gasSnapshotDifferences, readGasSnapshot, writeGasSnapshot } from "./lib/gasSnapshot.ts";
import { printTable } from "./lib/results.ts";
import { measurePasskeyGas, measurePasskeyGasWithoutPrecompile } from "./passkeyGas.ts";
import { measureServiceGas } from "./services.ts";

const GOALS: Record<string, number | undefined> = {
  "eth.fundRelease": 95_000,
  "erc20.fundRelease": 125_000,
  "eth.refundBeforeAccept": 95_000,
  "eth.disputeRuling": 150_000,
  "eth.carrierLifecycle": 180_000,
  "eth.checkoutExtraOrder": 35_000,
  "shop.register": 120_000,
  "erc20.signedCheckoutRelease": 160_000,
};

const { viem, networkHelpers } = await network.create();
type Client = Awaited<ReturnType<typeof viem.getWalletClients>>[number];
const publicClient = await viem.getPublicClient();
const wallets = await viem.getWalletClients();
function wallet(index: number) {
  const client = wallets[index];
  if (client === undefined) throw new Error(`the in-process chain has no account #${index}`);
  return client;
}
const [deployer, merchant, buyer, carrier, mediatorAccount] = [0, 1, 2, 3, 4].map(wallet) as [
  Client,
  Client,
  Client,
  Client,
  Client,
];
const otherMerchants = [5, 6, 7, 8, 9, 10].map(wallet);
/** A shopper holding only the local currency, who signs, and the relayer who submits for it. */
const [signer, relayer] = [15, 16].map(wallet) as [Client, Client];
const deployment = await deployProtocol({
  publicClient,
  walletClient: deployer as never,
  mediator: mediatorAccount.account.address,
  withLocalCurrency: true,
});
const registry = deployment.contracts.ShopRegistry.address;
const escrow = deployment.contracts.Escrow.address;
const mediator = deployment.contracts.MediatorArbitrator.address;
const leman = deployment.contracts.LocalCurrency!.address;

async function send(client: Client, request: Parameters<Client["writeContract"]>[0]) {
  const hash = await client.writeContract(request);
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`transaction reverted: ${request.functionName}`);
  return receipt;
}

function registration(payout: Address) {
  return {
    payout,
    terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
    metadataCid: "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" as Hex,
    catalogCid: "0x01551220bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" as Hex,
    geohash: "0x75306b386d37713100000000" as Hex,
    acceptance: {
      payments: [
        { token: NATIVE_TOKEN, rate: 400_000_000_000_000n },
        { token: leman, rate: 10n ** 18n },
      ],
      carriers: [carrier.account.address],
      isAnyCarrierAccepted: false,
      arbitrators: [mediator],
      isAnyArbitratorAccepted: false,
    },
  } as const;
}

const payouts = new Map<bigint, Address>();

async function registerShop(owner: Client): Promise<{ gas: bigint; shopId: bigint }> {
  const receipt = await send(owner, {
    address: registry,
    abi: shopRegistryAbi,
    functionName: "register",
    args: [registration(owner.account.address)],
  } as never);
  const shopId = (await publicClient.readContract({
    address: registry,
    abi: shopRegistryAbi,
    functionName: "shopCount",
  })) as bigint;
  payouts.set(shopId, owner.account.address);
  return { gas: receipt.gasUsed, shopId };
}

const CODE = keccak256(new TextEncoder().encode("7KQ4-M2PX"));
const CODE_HASH = keccak256(encodeAbiParameters([{ type: "bytes32" }], [CODE]));
let orderNonce = 0n;

function request(
  shopId: bigint,
  options: { token?: Address; withCarrier?: boolean; withMediator?: boolean } = {},
): OrderRequest {
  orderNonce += 1n;
  return {
    shopId,
    payout: payouts.get(shopId)!,
    hook: NATIVE_TOKEN,
    terms: registration(NATIVE_TOKEN).terms,
    token: options.token ?? NATIVE_TOKEN,
    amount: parseEther("0.012"),
    deliveryFee: options.withCarrier ? parseEther("0.002") : 0n,
    carrier: options.withCarrier ? carrier.account.address : NATIVE_TOKEN,
    arbitrator: options.withMediator ? mediator : NATIVE_TOKEN,
    itemsDigest: keccak256(encodeAbiParameters([{ type: "uint256" }], [orderNonce])),
    shippingDigest: keccak256(encodeAbiParameters([{ type: "uint256" }], [orderNonce + 1_000n])),
    codeHash: CODE_HASH,
  };
}

async function checkout(
  requests: OrderRequest[],
): Promise<{ gas: bigint; orders: { orderId: bigint; terms: OrderTerms }[] }> {
  const value = requests.filter((r) => r.token === NATIVE_TOKEN).reduce((sum, r) => sum + r.amount + r.deliveryFee, 0n);
  const receipt = await send(buyer, {
    address: escrow,
    abi: escrowAbi,
    functionName: "checkout",
    args: [requests],
    value,
  } as never);
  return { gas: receipt.gasUsed, orders: paidOrdersFromLogs(receipt.logs) };
}

async function escrowCall(client: Client, functionName: string, args: unknown[], value?: bigint): Promise<bigint> {
  const receipt = await send(client, { address: escrow, abi: escrowAbi, functionName, args, value } as never);
  return receipt.gasUsed;
}

// ─── Signed actions (the SDK's own helpers) ──────────────────────────────────────────────────────────────────
const RELAYER_FEE = parseEther("0.0004");
let signerNonce = 0n;

/** A fixed deadline (2100-01-01): the same signature bytes, so the same calldata gas, on every run. */
const DEADLINE = 4_102_444_800n;

/** The relayer submits a checkout the signer signed, pulling the total plus its fee by permit. */
async function signedCheckout(requests: OrderRequest[]) {
  const total = requests.reduce((sum, r) => sum + r.amount + r.deliveryFee, RELAYER_FEE);
  const intent = { maxFee: RELAYER_FEE, nonce: signerNonce++, deadline: DEADLINE };
  const signed = await signCheckout(signer as never, deployment, { requests, ...intent });
  const tokenPull = await signPermitPull(signer as never, deployment, {
    token: leman,
    value: total,
    deadline: DEADLINE,
  });
  const receipt = await send(relayer, {
    address: escrow,
    abi: escrowAbi,
    functionName: "checkoutBySig",
    args: [signed.buyer, signed.requests, signed.authorization, RELAYER_FEE, tokenPull],
  } as never);
  return { gas: receipt.gasUsed, orders: paidOrdersFromLogs(receipt.logs) };
}

/** The relayer submits the signer's release of an order, sponsored (no fee). */
async function signedRelease(terms: OrderTerms): Promise<bigint> {
  const intent = { maxFee: 0n, nonce: signerNonce++, deadline: DEADLINE };
  const signed = await signBuyerAction(signer as never, deployment, { action: "Release", terms, ...intent });
  const { receipt } = await relayBuyerAction(relayer as never, deployment, signed);
  return receipt.gasUsed;
}

// ─── Steady state ────────────────────────────────────────────────────────────────────────────────────────────
const { shopId } = await registerShop(merchant);
const extraShops: bigint[] = [];
for (const owner of otherMerchants.slice(0, 5)) extraShops.push((await registerShop(owner)).shopId);
await send(deployer, {
  address: leman,
  abi: localCurrencyAbi,
  functionName: "mint",
  args: [buyer.account.address, parseEther("1000")],
} as never);
await send(deployer, {
  address: leman,
  abi: localCurrencyAbi,
  functionName: "mint",
  args: [signer.account.address, parseEther("1000")],
} as never);
await send(buyer, {
  address: leman,
  abi: localCurrencyAbi,
  functionName: "approve",
  args: [escrow, 2n ** 256n - 1n],
} as never);
// Other open orders in escrow, in ETH and ERC-20.
await checkout([request(shopId), request(shopId, { token: leman }), request(extraShops[0]!)]);
// Payees (shop payouts, carrier) paid before.
for (const id of [shopId, ...extraShops]) {
  for (const token of [NATIVE_TOKEN, leman]) {
    const {
      orders: [paid],
    } = await checkout([request(id, { token, withCarrier: true })]);
    await escrowCall(buyer, "confirmReceipt", [paid!.terms]).catch(() => 0n);
    await escrowCall(buyer, "release", [paid!.terms]);
  }
}
// The signer paid and released by signature before (permit nonce, escrow nonce word and relayer balance warm).
{
  const {
    orders: [paid],
  } = await signedCheckout([request(shopId, { token: leman })]);
  await signedRelease(paid!.terms);
}

// A dispute already ruled, so the mediator's dispute counter is warm as it is in steady state.
{
  const {
    orders: [paid],
  } = await checkout([request(shopId, { withMediator: true })]);
  await escrowCall(merchant, "accept", [paid!.terms]);
  await escrowCall(merchant, "confirmDelivery", [paid!.terms, CODE]);
  await escrowCall(buyer, "openDispute", [paid!.terms]);
  await send(mediatorAccount, {
    address: mediator,
    abi: mediatorArbitratorAbi,
    functionName: "giveOrderRuling",
    args: [0n, paid!.terms, 2n],
  } as never);
}

// ─── Scenarios ───────────────────────────────────────────────────────────────────────────────────────────────
const results: Record<string, number> = {};

{
  const {
    gas,
    orders: [paid],
  } = await checkout([request(shopId)]);
  results["eth.fundRelease"] = Number(gas + (await escrowCall(buyer, "release", [paid!.terms])));
}
{
  const {
    gas,
    orders: [paid],
  } = await checkout([request(shopId, { token: leman })]);
  results["erc20.fundRelease"] = Number(gas + (await escrowCall(buyer, "release", [paid!.terms])));
}
{
  const {
    gas,
    orders: [paid],
  } = await checkout([request(shopId)]);
  results["eth.refundBeforeAccept"] = Number(gas + (await escrowCall(buyer, "cancel", [paid!.terms])));
}
{
  const {
    gas: checkoutGas,
    orders: [paid],
  } = await checkout([request(shopId, { withMediator: true })]);
  const { terms } = paid!;
  // The hand-over before the dispute (accept, delivery at the counter) is not part of the scenario.
  await escrowCall(merchant, "accept", [terms]);
  await escrowCall(merchant, "confirmDelivery", [terms, CODE]);
  const disputeGas = await escrowCall(buyer, "openDispute", [terms]);
  const disputeId =
    ((await publicClient.readContract({
      address: mediator,
      abi: mediatorArbitratorAbi,
      functionName: "disputeCount",
    })) as bigint) - 1n;
  // The mediator rules with the order's terms, so the refund is paid in the same transaction.
  const ruleReceipt = await send(mediatorAccount, {
    address: mediator,
    abi: mediatorArbitratorAbi,
    functionName: "giveOrderRuling",
    args: [disputeId, terms, 1n],
  } as never);
  results["eth.disputeRuling"] = Number(checkoutGas + disputeGas + ruleReceipt.gasUsed);
}
{
  const {
    gas: checkoutGas,
    orders: [paid],
  } = await checkout([request(shopId, { withCarrier: true })]);
  const { terms } = paid!;
  let gas = checkoutGas;
  gas += await escrowCall(merchant, "accept", [terms]);
  gas += await escrowCall(carrier, "confirmPickup", [terms]);
  gas += await escrowCall(carrier, "confirmDelivery", [terms, CODE]);
  await networkHelpers.time.increase(336 * 3600 + 1);
  gas += await escrowCall(merchant, "complete", [terms]);
  results["eth.carrierLifecycle"] = Number(gas);
}
{
  const one = await checkout([request(shopId)]);
  const five = await checkout([request(shopId), ...extraShops.slice(0, 4).map((id) => request(id))]);
  results["eth.checkoutExtraOrder"] = Math.round(Number(five.gas - one.gas) / 4);
}
{
  const newcomer = otherMerchants[5] ?? otherMerchants[0]!;
  results["shop.register"] = Number((await registerShop(newcomer)).gas);
}
{
  const {
    gas,
    orders: [paid],
  } = await signedCheckout([request(shopId, { token: leman })]);
  results["erc20.signedCheckoutRelease"] = Number(gas + (await signedRelease(paid!.terms)));
}

// The services built on the protocol (guarantee bonds, loyalty stamps, labels), measured the same way.
Object.assign(
  results,
  await measureServiceGas({
    publicClient,
    deployment,
    wallets: { deployer, merchant: wallet(11), buyer, mediator: mediatorAccount, issuer: wallet(12) },
  } as never),
);

// A passkey shopper's checkout and release through a relayer, with the chain's P-256 precompile and without it.
Object.assign(
  results,
  await measurePasskeyGas({
    publicClient,
    deployment,
    wallets: { deployer, merchant: wallet(13), relayer: wallet(14) },
  } as never),
  await measurePasskeyGasWithoutPrecompile(),
);

printTable(
  ["scenario", "gas", "goal", "status"],
  Object.entries(results).map(([name, gas]) => {
    const goal = GOALS[name];
    return [
      name,
      gas.toLocaleString("en"),
      goal?.toLocaleString("en") ?? "—",
      goal === undefined ? "" : gas <= goal ? "meets goal" : `over by ${(gas - goal).toLocaleString("en")}`,
    ];
  }),
);
if (process.argv.includes("--check")) {
  const differences = gasSnapshotDifferences(await readGasSnapshot(), results);
  for (const difference of differences) console.error(difference);
  console.log(differences.length === 0 ? "\nthe gas snapshot holds" : "\nrun npm run bench:gas to update the snapshot");
  process.exitCode = differences.length === 0 ? 0 : 1;
} else {
  await writeGasSnapshot(results);
  console.log("\nwrote snapshots/gas.json");
}
