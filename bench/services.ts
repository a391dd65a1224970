/**
 * Gas of the services built on the protocol (guarantee bonds, loyalty stamps, label attestations), measured like
 * bench/gas.ts: receipts' gasUsed (21,000 base included) on fresh contracts in the in-process chain, in steady state
 * (the bond exists, the buyer already has a stamp card, the issuer already attested the shop once).
 * `measureServiceGas(context)` is what `npm run bench:gas` merges; run alone (`node bench/services.ts`) it deploys
 * the protocol itself, prints a table and writes bench/results/services.json.
 */
import { fileURLToPath } from "node:url";
import {
  accept,
  attestLabel,
  BOND_RULINGS,
  type Deployment,
  depositBond,
  fileWarrantyClaim,
  giveRuling,
  type MarketWalletClient,
  NATIVE_TOKEN,
  placeOrders,
  registerLabelIssuer,
  registerLoyaltyProgram,
  registerShop,
  registerWarranty,
  release,
  revokeLabel,
  type ServiceDeployment,
  type ServiceName,
  setOrderHook,
  setWarrantyPeriod,
} from "@grandrue/sdk";
import { network } from "hardhat";
import { getAddress, keccak256, type PublicClient, parseEther, toHex } from "viem";
import { readArtifact } from "../scripts/lib/artifacts.ts";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { printTable, writeResults } from "./lib/results.ts";

/** What the measurement needs: a chain with the protocol deployed and five funded accounts. */
export type ServiceGasContext = {
  publicClient: PublicClient;
  deployment: Deployment;
  wallets: {
    /** Deploys the services (an outside team). */
    deployer: MarketWalletClient;
    merchant: MarketWalletClient;
    buyer: MarketWalletClient;
    /** The account the deployment's mediator arbitrator rules with. */
    mediator: MarketWalletClient;
    /** A label issuer (a certifier). */
    issuer: MarketWalletClient;
  };
};

export type ServiceGasResults = {
  "bonds.deposit": number;
  "bonds.claimRuledForBuyer": number;
  "loyalty.stampOnCompletion": number;
  "labels.attest": number;
  "labels.revoke": number;
};

const CID = "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CODE_HASH = keccak256(toHex("bench delivery code hash"));

async function deployService(
  context: ServiceGasContext,
  name: ServiceName,
  args: readonly unknown[],
): Promise<ServiceDeployment> {
  const { abi, bytecode } = await readArtifact(name);
  const hash = await context.wallets.deployer.deployContract({ abi, bytecode, args: args as unknown[] });
  const receipt = await context.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) throw new Error(`Deploying ${name} failed (${hash})`);
  return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
}

/**
 * Deploys the three services on the context's protocol, brings them to steady state and measures each scenario.
 * @example const results = await measureServiceGas({ publicClient, deployment, wallets })
 */
export async function measureServiceGas(context: ServiceGasContext): Promise<ServiceGasResults> {
  const { deployment, wallets } = context;
  const { merchant, buyer, mediator, issuer } = wallets;
  const { Escrow, ShopRegistry, MediatorArbitrator } = deployment.contracts;
  const bonds = await deployService(context, "GuaranteeBonds", [Escrow.address, ShopRegistry.address]);
  const loyalty = await deployService(context, "LoyaltyStamps", [Escrow.address, ShopRegistry.address]);
  const labels = await deployService(context, "LabelAttestations", [ShopRegistry.address]);

  const { shopId } = await registerShop(merchant, deployment, {
    terms: { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 },
    metadataCid: CID,
    acceptance: {
      payments: [{ token: NATIVE_TOKEN, rate: 10n ** 18n }],
      carriers: [],
      isAnyCarrierAccepted: true,
      arbitrators: [MediatorArbitrator.address],
      isAnyArbitratorAccepted: false,
    },
  });
  let nonce = 0n;
  async function completedOrder() {
    nonce += 1n;
    const {
      orders: [order],
    } = await placeOrders(buyer, deployment, {
      orders: [
        {
          shopId,
          amount: parseEther("0.012"),
          arbitrator: MediatorArbitrator.address,
          itemsDigest: keccak256(toHex(`bench services order ${nonce}`)),
          codeHash: CODE_HASH,
        },
      ],
    });
    if (order === undefined) throw new Error("checkout paid no order");
    await accept(merchant, deployment, order);
    return { order, releaseGas: (await release(buyer, deployment, order)).receipt.gasUsed };
  }
  async function claimRuledForBuyer(): Promise<bigint> {
    const { order } = await completedOrder();
    await registerWarranty(merchant, bonds, order);
    const filed = await fileWarrantyClaim(buyer, bonds, { ...order, amount: parseEther("0.005"), evidenceCid: CID });
    const ruled = await giveRuling(mediator, deployment, { disputeId: filed.disputeId, ruling: BOND_RULINGS.PayBuyer });
    return filed.receipt.gasUsed + ruled.receipt.gasUsed;
  }

  // Bonds: the bond exists and was claimed against once; measure a top-up and a claim paid on the mediator's ruling.
  await setWarrantyPeriod(merchant, bonds, { shopId, token: NATIVE_TOKEN, periodSeconds: 2 * 365 * 86_400 });
  await depositBond(merchant, bonds, { shopId, token: NATIVE_TOKEN, amount: parseEther("1") });
  await claimRuledForBuyer();
  const deposit = await depositBond(merchant, bonds, { shopId, token: NATIVE_TOKEN, amount: parseEther("0.5") });
  const claimGas = await claimRuledForBuyer();

  // Loyalty: the buyer already has a card; compare a completion without hook to one with the loyalty hook.
  await registerLoyaltyProgram(merchant, loyalty, { shopId, stampsPerOrder: 1, rewardThreshold: 10, rewardCid: CID });
  await setOrderHook(merchant, deployment, { shopId, hook: loyalty.address });
  await completedOrder();
  const withHook = await completedOrder();
  await setOrderHook(merchant, deployment, { shopId, hook: null });
  const withoutHook = await completedOrder();

  // Labels: the issuer is registered and attested the shop once already.
  await registerLabelIssuer(issuer, labels, { name: "Bio Certif", profileCid: CID });
  await attestLabel(issuer, labels, { shopId, label: "local-currency", evidenceCid: CID });
  const attested = await attestLabel(issuer, labels, {
    shopId,
    label: "organic",
    expiresAt: 2_000_000_000,
    evidenceCid: CID,
  });
  const revoked = await revokeLabel(issuer, labels, { attestationId: attested.attestationId });

  return {
    "bonds.deposit": Number(deposit.receipt.gasUsed),
    "bonds.claimRuledForBuyer": Number(claimGas),
    "loyalty.stampOnCompletion": Number(withHook.releaseGas - withoutHook.releaseGas),
    "labels.attest": Number(attested.receipt.gasUsed),
    "labels.revoke": Number(revoked.receipt.gasUsed),
  };
}

/** A fresh in-process chain with the protocol deployed, for running this file alone. */
async function createContext(): Promise<ServiceGasContext> {
  const { viem } = await network.create();
  const publicClient = (await viem.getPublicClient()) as unknown as PublicClient;
  const clients = (await viem.getWalletClients()) as unknown as MarketWalletClient[];
  const [deployer, merchant, buyer, mediator, issuer] = clients;
  if (!deployer || !merchant || !buyer || !mediator || !issuer)
    throw new Error("the in-process chain needs 5 accounts");
  const deployment = await deployProtocol({
    publicClient,
    walletClient: deployer,
    mediator: mediator.account.address,
    withLocalCurrency: false,
  });
  return { publicClient, deployment, wallets: { deployer, merchant, buyer, mediator, issuer } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureServiceGas(await createContext());
  printTable(
    ["scenario", "gas"],
    Object.entries(results).map(([name, gas]) => [name, gas.toLocaleString("en")]),
  );
  console.log(`\nwrote ${await writeResults("services", results)}`);
}
