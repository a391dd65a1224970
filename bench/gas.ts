/**
 * Gas per user-level scenario, measured on fresh contracts in the in-process chain, in steady state: the escrow
 * already holds other open orders, the payees have been paid before, the ERC-20 buyer has approved (the signing buyer
 * of `erc20.signedCheckoutRelease` has not: it signs a permit), nonces were used before.
 * Each figure is the sum of the receipts' gasUsed (21,000 base included) of the scenario's transactions.
 * Prints a table and writes bench/results/gas.json. Needs the build (npm run build). Run: npm run bench:gas
 * (GAS_TRACE=1 also prints every transaction's gas as it is sent).
 */
import { encodeAbiParameters, keccak256, parseEther, zeroAddress, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { escrowAbi, localCurrencyAbi, mediatorArbitratorAbi, shopRegistryAbi } from "../sdk/src/generated/abis.ts";
import { createBenchChain, deployProtocol, paidOrders, send, walletAt, type BenchWallet } from "./lib/market.ts";
import { printTable, writeResults } from "./lib/results.ts";
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

const chain = await createBenchChain();
const { publicClient, networkHelpers } = chain;
const [deployer, merchant, buyer, carrier, mediatorAccount, relayer] = [0, 1, 2, 3, 4, 13].map((i) => walletAt(chain, i));
const otherMerchants = [5, 6, 7, 8, 9, 10].map((i) => walletAt(chain, i));
const protocol = await deployProtocol(chain, deployer!, mediatorAccount!.account.address);
const { registry, escrow, mediator, localCurrency: leman } = protocol;
/** A buyer without ETH who signs everything: checkout, permit and release. */
const signer = privateKeyToAccount(keccak256(new TextEncoder().encode("bench signer")));
const chainId = await publicClient.getChainId();

const TERMS = { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 } as const;

function registration(payout: Address) {
  return {
    payout,
    terms: TERMS,
    metadataCid: "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" as Hex,
    catalogCid: "0x01551220bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" as Hex,
    geohash: "0x75306b386d37713100000000" as Hex,
    acceptance: {
      payments: [
        { token: zeroAddress, rate: 400_000_000_000_000n },
        { token: leman, rate: 10n ** 18n },
      ],
      carriers: [carrier!.account.address],
      isAnyCarrierAccepted: false,
      arbitrators: [mediator],
      isAnyArbitratorAccepted: false,
    },
  } as const;
}

const payouts = new Map<bigint, Address>();

async function registerShop(owner: BenchWallet): Promise<{ gas: bigint; shopId: bigint }> {
  const receipt = await send(chain, owner, { address: registry, abi: shopRegistryAbi, functionName: "register", args: [registration(owner.account.address)] });
  const shopId = (await publicClient.readContract({ address: registry, abi: shopRegistryAbi, functionName: "shopCount" })) as bigint;
  payouts.set(shopId, owner.account.address);
  return { gas: receipt.gasUsed, shopId };
}

const CODE = keccak256(new TextEncoder().encode("7KQ4-M2PX"));
const CODE_HASH = keccak256(encodeAbiParameters([{ type: "bytes32" }], [CODE]));
let orderNonce = 0n;

function request(shopId: bigint, options: { token?: Address; withCarrier?: boolean; withMediator?: boolean } = {}) {
  orderNonce += 1n;
  return {
    shopId,
    payout: payouts.get(shopId)!,
    token: options.token ?? zeroAddress,
    amount: parseEther("0.012"),
    deliveryFee: options.withCarrier ? parseEther("0.002") : 0n,
    carrier: options.withCarrier ? carrier!.account.address : zeroAddress,
    arbitrator: options.withMediator ? mediator : zeroAddress,
    hook: zeroAddress,
    terms: TERMS,
    itemsDigest: keccak256(encodeAbiParameters([{ type: "uint256" }], [orderNonce])),
    shippingDigest: keccak256(encodeAbiParameters([{ type: "uint256" }], [orderNonce + 1_000n])),
    codeHash: CODE_HASH,
  };
}
type Request = ReturnType<typeof request>;

async function checkout(requests: Request[]) {
  const value = requests.filter((r) => r.token === zeroAddress).reduce((sum, r) => sum + r.amount + r.deliveryFee, 0n);
  const receipt = await send(chain, buyer!, { address: escrow, abi: escrowAbi, functionName: "checkout", args: [requests], value });
  return { gas: receipt.gasUsed, orders: paidOrders(receipt.logs) };
}

async function escrowCall(client: BenchWallet, functionName: string, args: unknown[], value?: bigint): Promise<bigint> {
  return (await send(chain, client, { address: escrow, abi: escrowAbi, functionName, args, value })).gasUsed;
}

// ─── Signed actions ──────────────────────────────────────────────────────────────────────────────────────────
const ESCROW_TYPES = {
  ShopTerms: [
    { name: "acceptHours", type: "uint16" },
    { name: "shipHours", type: "uint16" },
    { name: "deliveryHours", type: "uint16" },
    { name: "returnHours", type: "uint16" },
  ],
  OrderRequest: [
    { name: "shopId", type: "uint256" },
    { name: "payout", type: "address" },
    { name: "token", type: "address" },
    { name: "amount", type: "uint128" },
    { name: "deliveryFee", type: "uint128" },
    { name: "carrier", type: "address" },
    { name: "arbitrator", type: "address" },
    { name: "hook", type: "address" },
    { name: "terms", type: "ShopTerms" },
    { name: "itemsDigest", type: "bytes32" },
    { name: "shippingDigest", type: "bytes32" },
    { name: "codeHash", type: "bytes32" },
  ],
  Checkout: [
    { name: "buyer", type: "address" },
    { name: "orders", type: "OrderRequest[]" },
    { name: "maxFee", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
  Release: [
    { name: "orderId", type: "uint256" },
    { name: "maxFee", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;
const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;
const escrowDomain = { name: "Grandrue Escrow", version: "2", chainId, verifyingContract: escrow } as const;
const RELAYER_FEE = parseEther("0.0004");
let signerNonce = 0n;

async function deadline(): Promise<bigint> {
  return (await publicClient.getBlock()).timestamp + 3_600n;
}

/** The relayer submits a checkout of `requests` that the signer signed, pulling the total plus its fee by permit. */
async function signedCheckout(requests: Request[]) {
  const total = requests.reduce((sum, r) => sum + r.amount + r.deliveryFee, RELAYER_FEE);
  const authorization = { maxFee: RELAYER_FEE, nonce: signerNonce++, deadline: await deadline() };
  const signature = await signer.signTypedData({
    domain: escrowDomain,
    types: ESCROW_TYPES,
    primaryType: "Checkout",
    message: { buyer: signer.address, orders: requests, ...authorization },
  });
  const permitNonce = (await publicClient.readContract({ address: leman, abi: localCurrencyAbi, functionName: "nonces", args: [signer.address] })) as bigint;
  const permitDeadline = await deadline();
  const permit = await signer.signTypedData({
    domain: { name: "Léman (dev)", version: "1", chainId, verifyingContract: leman },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: { owner: signer.address, spender: escrow, value: total, nonce: permitNonce, deadline: permitDeadline },
  });
  const pull = { method: 1, value: total, validAfter: 0n, validBefore: permitDeadline, nonce: `0x${"0".repeat(64)}` as Hex, signature: permit };
  const receipt = await send(chain, relayer!, {
    address: escrow,
    abi: escrowAbi,
    functionName: "checkoutBySig",
    args: [signer.address, requests, { ...authorization, signature }, RELAYER_FEE, pull],
  });
  return { gas: receipt.gasUsed, orders: paidOrders(receipt.logs) };
}

/** The relayer submits the signer's release of `order`, sponsored (no fee). */
async function signedRelease(order: { orderId: bigint; terms: unknown }): Promise<bigint> {
  const authorization = { maxFee: 0n, nonce: signerNonce++, deadline: await deadline() };
  const signature = await signer.signTypedData({
    domain: escrowDomain,
    types: ESCROW_TYPES,
    primaryType: "Release",
    message: { orderId: order.orderId, ...authorization },
  });
  const noPull = { method: 0, value: 0n, validAfter: 0n, validBefore: 0n, nonce: `0x${"0".repeat(64)}` as Hex, signature: "0x" as Hex };
  return escrowCall(relayer!, "relayBuyerAction", [2, order.terms, 0n, { ...authorization, signature }, 0n, noPull]);
}

// ─── Steady state ────────────────────────────────────────────────────────────────────────────────────────────
const { shopId } = await registerShop(merchant!);
const extraShops: bigint[] = [];
for (const owner of otherMerchants.slice(0, 5)) extraShops.push((await registerShop(owner!)).shopId);
await send(chain, deployer!, { address: leman, abi: localCurrencyAbi, functionName: "mint", args: [buyer!.account.address, parseEther("1000")] });
await send(chain, deployer!, { address: leman, abi: localCurrencyAbi, functionName: "mint", args: [signer.address, parseEther("1000")] });
await send(chain, buyer!, { address: leman, abi: localCurrencyAbi, functionName: "approve", args: [escrow, 2n ** 256n - 1n] });
// Other open orders in escrow, in ETH and ERC-20.
await checkout([request(shopId), request(shopId, { token: leman }), request(extraShops[0]!)]);
// Payees (shop payouts, carrier) paid before.
for (const id of [shopId, ...extraShops]) {
  for (const token of [zeroAddress, leman]) {
    const { orders: [paid] } = await checkout([request(id, { token, withCarrier: true })]);
    await escrowCall(buyer!, "release", [paid!.terms]);
  }
}
// The signer paid and released by signature before (permit nonce, escrow nonce word and relayer balance warm).
{
  const { orders: [paid] } = await signedCheckout([request(shopId, { token: leman })]);
  await signedRelease(paid!);
}

// A dispute already ruled, so the mediator's dispute counter is warm as it is in steady state.
{
  const { orders: [paid] } = await checkout([request(shopId, { withMediator: true })]);
  await escrowCall(merchant!, "accept", [paid!.terms]);
  await escrowCall(merchant!, "confirmDelivery", [paid!.terms, CODE]);
  await escrowCall(buyer!, "openDispute", [paid!.terms]);
  await send(chain, mediatorAccount!, { address: mediator, abi: mediatorArbitratorAbi, functionName: "giveOrderRuling", args: [0n, paid!.terms, 2n] });
}

// ─── Scenarios ───────────────────────────────────────────────────────────────────────────────────────────────
const results: Record<string, number> = {};

{
  const { gas, orders: [paid] } = await checkout([request(shopId)]);
  results["eth.fundRelease"] = Number(gas + (await escrowCall(buyer!, "release", [paid!.terms])));
}
{
  const { gas, orders: [paid] } = await checkout([request(shopId, { token: leman })]);
  results["erc20.fundRelease"] = Number(gas + (await escrowCall(buyer!, "release", [paid!.terms])));
}
{
  const { gas, orders: [paid] } = await checkout([request(shopId)]);
  results["eth.refundBeforeAccept"] = Number(gas + (await escrowCall(buyer!, "cancel", [paid!.terms])));
}
{
  const { gas: checkoutGas, orders: [paid] } = await checkout([request(shopId, { withMediator: true })]);
  const { terms } = paid!;
  // The hand-over before the dispute (accept, delivery at the counter) is not part of the scenario.
  await escrowCall(merchant!, "accept", [terms]);
  await escrowCall(merchant!, "confirmDelivery", [terms, CODE]);
  const disputeGas = await escrowCall(buyer!, "openDispute", [terms]);
  const disputeId = ((await publicClient.readContract({ address: mediator, abi: mediatorArbitratorAbi, functionName: "disputeCount" })) as bigint) - 1n;
  // The mediator rules with the order's terms, so the refund is paid in the same transaction.
  const ruleReceipt = await send(chain, mediatorAccount!, { address: mediator, abi: mediatorArbitratorAbi, functionName: "giveOrderRuling", args: [disputeId, terms, 1n] });
  results["eth.disputeRuling"] = Number(checkoutGas + disputeGas + ruleReceipt.gasUsed);
}
{
  const { gas: checkoutGas, orders: [paid] } = await checkout([request(shopId, { withCarrier: true })]);
  const { terms } = paid!;
  let gas = checkoutGas;
  gas += await escrowCall(merchant!, "accept", [terms]);
  gas += await escrowCall(carrier!, "confirmPickup", [terms]);
  gas += await escrowCall(carrier!, "confirmDelivery", [terms, CODE]);
  await networkHelpers.time.increase(336 * 3600 + 1);
  gas += await escrowCall(merchant!, "complete", [terms]);
  results["eth.carrierLifecycle"] = Number(gas);
}
{
  const one = await checkout([request(shopId)]);
  const five = await checkout([request(shopId), ...extraShops.slice(0, 4).map((id) => request(id))]);
  results["eth.checkoutExtraOrder"] = Math.round(Number(five.gas - one.gas) / 4);
}
{
  const newcomer = otherMerchants[5] ?? otherMerchants[0]!;
  results["shop.register"] = Number((await registerShop(newcomer!)).gas);
}
{
  const { gas, orders: [paid] } = await signedCheckout([request(shopId, { token: leman })]);
  results["erc20.signedCheckoutRelease"] = Number(gas + (await signedRelease(paid!)));
}

// The services built on the protocol (guarantee bonds, loyalty stamps, labels), measured the same way.
Object.assign(
  results,
  await measureServiceGas({ chain, protocol, wallets: { deployer: deployer!, merchant: walletAt(chain, 11), buyer: buyer!, mediator: mediatorAccount!, issuer: walletAt(chain, 12) } }),
);

printTable(
  ["scenario", "gas", "goal", "status"],
  Object.entries(results).map(([name, gas]) => {
    const goal = GOALS[name];
    return [name, gas.toLocaleString("en"), goal?.toLocaleString("en") ?? "—", goal === undefined ? "" : gas <= goal ? "meets goal" : `over by ${(gas - goal).toLocaleString("en")}`];
  }),
);
console.log(`\nwrote ${await writeResults("gas", results)}`);
