/**
 * Gas of the services built on the protocol (guarantee bonds, loyalty stamps, label attestations), measured like
 * bench/gas.ts: receipts' gasUsed (21,000 base included) on fresh contracts in the in-process chain, in steady state
 * (the bond exists, the buyer already has a stamp card, the issuer already attested the shop once).
 * `measureServiceGas(context)` is what `npm run bench:gas` merges; run alone (`node bench/services.ts`) it deploys
 * the protocol itself, prints a table and writes bench/results/services.json. ABIs and viem only, no SDK.
 */
import { fileURLToPath } from "node:url";
import { encodeAbiParameters, keccak256, parseEther, parseEventLogs, toHex, zeroAddress, type Hex } from "viem";
import {
  escrowAbi,
  guaranteeBondsAbi,
  labelAttestationsAbi,
  loyaltyStampsAbi,
  mediatorArbitratorAbi,
  shopRegistryAbi,
} from "../sdk/src/generated/abis.ts";
import {
  createBenchChain,
  deploy,
  deployProtocol,
  paidOrders,
  send,
  walletAt,
  type BenchChain,
  type BenchProtocol,
  type BenchWallet,
} from "./lib/market.ts";
import { printTable, writeResults } from "./lib/results.ts";

/** What the measurement needs: a chain with the protocol deployed and five funded accounts. */
export type ServiceGasContext = {
  chain: BenchChain;
  protocol: BenchProtocol;
  wallets: {
    /** Deploys the services (an outside team). */
    deployer: BenchWallet;
    merchant: BenchWallet;
    buyer: BenchWallet;
    /** The account the protocol's mediator arbitrator rules with. */
    mediator: BenchWallet;
    /** A label issuer (a certifier). */
    issuer: BenchWallet;
  };
};

export type ServiceGasResults = {
  "bonds.deposit": number;
  "bonds.claimRuledForBuyer": number;
  "loyalty.stampOnCompletion": number;
  "labels.attest": number;
  "labels.revoke": number;
};

const CID: Hex = "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CODE_HASH = keccak256(toHex("bench delivery code hash"));
const TERMS = { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 } as const;
const PAY_BUYER = 1n;

/**
 * Deploys the three services on the context's protocol, brings them to steady state and measures each scenario.
 * @example const results = await measureServiceGas({ chain, protocol, wallets })
 */
export async function measureServiceGas(context: ServiceGasContext): Promise<ServiceGasResults> {
  const { chain, protocol, wallets } = context;
  const { merchant, buyer, mediator, issuer, deployer } = wallets;
  const bonds = await deploy(chain, deployer, "services/GuaranteeBonds.sol/GuaranteeBonds", [protocol.escrow, protocol.registry]);
  const loyalty = await deploy(chain, deployer, "services/LoyaltyStamps.sol/LoyaltyStamps", [protocol.escrow, protocol.registry]);
  const labels = await deploy(chain, deployer, "services/LabelAttestations.sol/LabelAttestations", [protocol.registry]);
  const call = (client: BenchWallet, address: `0x${string}`, abi: typeof bondsAbiType, functionName: string, args: unknown[], value?: bigint) =>
    send(chain, client, { address, abi, functionName, args, value });

  await call(merchant, protocol.registry, shopRegistryAbi, "register", [
    {
      payout: merchant.account.address,
      terms: TERMS,
      metadataCid: CID,
      catalogCid: "0x",
      geohash: "0x000000000000000000000000",
      acceptance: { payments: [{ token: zeroAddress, rate: 10n ** 18n }], carriers: [], isAnyCarrierAccepted: true, arbitrators: [protocol.mediator], isAnyArbitratorAccepted: false },
    },
  ]);
  const shopId = (await chain.publicClient.readContract({ address: protocol.registry, abi: shopRegistryAbi, functionName: "shopCount" })) as bigint;
  let nonce = 0n;
  async function completedOrder() {
    nonce += 1n;
    const [, , hook] = (await chain.publicClient.readContract({ address: protocol.registry, abi: shopRegistryAbi, functionName: "checkoutTerms", args: [shopId] })) as readonly [string, unknown, `0x${string}`];
    const request = {
      shopId,
      payout: merchant.account.address,
      token: zeroAddress,
      amount: parseEther("0.012"),
      deliveryFee: 0n,
      carrier: zeroAddress,
      arbitrator: protocol.mediator,
      hook,
      terms: TERMS,
      itemsDigest: keccak256(toHex(`bench services order ${nonce}`)),
      shippingDigest: keccak256(encodeAbiParameters([{ type: "uint256" }], [nonce])),
      codeHash: CODE_HASH,
    };
    const paid = await call(buyer, protocol.escrow, escrowAbi, "checkout", [[request]], request.amount);
    const [order] = paidOrders(paid.logs);
    if (order === undefined) throw new Error("checkout paid no order");
    await call(merchant, protocol.escrow, escrowAbi, "accept", [order.terms]);
    const released = await call(buyer, protocol.escrow, escrowAbi, "release", [order.terms]);
    return { order, releaseGas: released.gasUsed };
  }
  async function claimRuledForBuyer(): Promise<bigint> {
    const { order } = await completedOrder();
    await call(merchant, bonds, guaranteeBondsAbi, "registerOrder", [order.orderId, order.terms]);
    const filed = await call(buyer, bonds, guaranteeBondsAbi, "fileClaim", [order.orderId, order.terms, parseEther("0.005"), CID]);
    const [claim] = parseEventLogs({ abi: guaranteeBondsAbi, eventName: "ClaimFiled", logs: filed.logs });
    const ruled = await call(mediator, protocol.mediator, mediatorArbitratorAbi, "giveRuling", [claim!.args.disputeId, PAY_BUYER]);
    return filed.gasUsed + ruled.gasUsed;
  }

  // Bonds: the bond exists and was claimed against once; measure a top-up and a claim paid on the mediator's ruling.
  await call(merchant, bonds, guaranteeBondsAbi, "setWarrantyPeriod", [shopId, zeroAddress, 2 * 365 * 86_400]);
  await call(merchant, bonds, guaranteeBondsAbi, "deposit", [shopId, zeroAddress, parseEther("1")], parseEther("1"));
  await claimRuledForBuyer();
  const deposit = await call(merchant, bonds, guaranteeBondsAbi, "deposit", [shopId, zeroAddress, parseEther("0.5")], parseEther("0.5"));
  const claimGas = await claimRuledForBuyer();

  // Loyalty: the buyer already has a card; compare a completion without hook to one with the loyalty hook.
  await call(merchant, loyalty, loyaltyStampsAbi, "registerProgram", [shopId, 1, 10, CID]);
  await call(merchant, protocol.registry, shopRegistryAbi, "setOrderHook", [shopId, loyalty]);
  await completedOrder();
  const withHook = await completedOrder();
  await call(merchant, protocol.registry, shopRegistryAbi, "setOrderHook", [shopId, zeroAddress]);
  const withoutHook = await completedOrder();

  // Labels: the issuer is registered and attested the shop once already.
  const label = (slug: string) => toHex(slug, { size: 32 });
  await call(issuer, labels, labelAttestationsAbi, "registerIssuer", ["Bio Certif", CID]);
  await call(issuer, labels, labelAttestationsAbi, "attest", [shopId, label("local-currency"), 0n, CID]);
  const attested = await call(issuer, labels, labelAttestationsAbi, "attest", [shopId, label("organic"), 2_000_000_000n, CID]);
  const [attestation] = parseEventLogs({ abi: labelAttestationsAbi, eventName: "LabelAttested", logs: attested.logs });
  const revoked = await call(issuer, labels, labelAttestationsAbi, "revoke", [attestation!.args.attestationId]);

  return {
    "bonds.deposit": Number(deposit.gasUsed),
    "bonds.claimRuledForBuyer": Number(claimGas),
    "loyalty.stampOnCompletion": Number(withHook.releaseGas - withoutHook.releaseGas),
    "labels.attest": Number(attested.gasUsed),
    "labels.revoke": Number(revoked.gasUsed),
  };
}
/** Any of the generated ABIs (the writes above are checked at run time, not by their literal types). */
type bondsAbiType = readonly unknown[] & Parameters<typeof send>[2]["abi"];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chain = await createBenchChain();
  const [deployer, merchant, buyer, mediator, issuer] = [0, 1, 2, 3, 4].map((i) => walletAt(chain, i));
  const protocol = await deployProtocol(chain, deployer!, mediator!.account.address);
  const results = await measureServiceGas({ chain, protocol, wallets: { deployer: deployer!, merchant: merchant!, buyer: buyer!, mediator: mediator!, issuer: issuer! } });
  printTable(["scenario", "gas"], Object.entries(results).map(([name, gas]) => [name, gas.toLocaleString("en")]));
  console.log(`\nwrote ${await writeResults("services", results)}`);
}
