import {
  approveToken,
  attestLabel,
  currencyMinorUnits,
  type DeployedContract,
  depositBond,
  encodeDocument,
  fundPunctualityPool,
  NATIVE_TOKEN,
  priceToTokenAmount,
  registerLabelIssuer,
  registerLoyaltyProgram,
  revokeLabel,
  type ServiceName,
  setOrderHook,
  setPunctualityPromise,
  setWarrantyPeriod,
  writeMarketContract,
} from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import {
  DEMO_GUARANTEE_BONDS,
  DEMO_LABEL_ATTESTATIONS,
  DEMO_LABEL_ISSUERS,
  DEMO_LOYALTY_PROGRAMS,
  type DemoCarrierKey,
  type DemoIssuerKey,
  type DemoLabelOutcome,
  type DemoShopKey,
  EXPIRED_LABEL_DAYS,
  labelIssuerAccountIndex,
} from "../demo-town/index.ts";
import type { chainClock } from "./chainClock.ts";
import type { SeedEnvironment, SeededCarrier, SeededShop, Wallet } from "./seedParticipants.ts";

const DAY = 86_400;

type Clock = ReturnType<typeof chainClock>;

/** What the seed could set up: a service missing from the deployment is skipped (the app then hides it). */
export type SeededServices = { [Name in ServiceName]: boolean };

function seededShop(shops: Map<DemoShopKey, SeededShop>, key: DemoShopKey): SeededShop {
  const shop = shops.get(key);
  if (shop === undefined) throw new Error(`The services need the shop "${key}", which was not seeded`);
  return shop;
}

/** Each loyalty shop registers its stamp card and makes the loyalty contract its completion hook. */
async function seedLoyalty(
  env: SeedEnvironment,
  loyalty: DeployedContract,
  shops: Map<DemoShopKey, SeededShop>,
): Promise<void> {
  for (const program of DEMO_LOYALTY_PROGRAMS) {
    const { shopId, owner } = seededShop(shops, program.shop);
    const rewardCid = await env.ipfs.addBytes(
      encodeDocument("loyalty-reward", { schema: "grandrue.loyalty-reward/1", ...program.reward }),
    );
    await registerLoyaltyProgram(owner, loyalty, {
      shopId,
      stampsPerOrder: program.stampsPerOrder,
      rewardThreshold: program.rewardThreshold,
      rewardCid,
    });
    await setOrderHook(owner, env.deployment, { shopId, hook: loyalty.address });
  }
}

/**
 * Each bonded shop gets its collateral in local currency from the cooperative (account 0, which issues it),
 * deposits it, publishes its warranty period and makes the bonds contract its completion hook, so each order it
 * completes from now on starts its warranty.
 */
async function seedBonds(
  env: SeedEnvironment,
  bonds: DeployedContract,
  shops: Map<DemoShopKey, SeededShop>,
): Promise<void> {
  for (const bond of DEMO_GUARANTEE_BONDS) {
    const seeded = seededShop(shops, bond.shop);
    const { shopId, owner, payments } = seeded;
    const { token, rate } = payments[bond.payment];
    const amount = priceToTokenAmount(bond.amount, rate, currencyMinorUnits(seeded.shop.priceUnit));
    if (token !== NATIVE_TOKEN) {
      await writeMarketContract(env.wallet(0), {
        address: token,
        abi: localCurrencyAbi,
        functionName: "mint",
        args: [owner.account.address, amount],
      });
      await approveToken(owner, env.deployment, { token, amount, spender: bonds.address });
    }
    await depositBond(owner, bonds, { shopId, token, amount });
    await setWarrantyPeriod(owner, bonds, { shopId, token, periodSeconds: bond.warrantyDays * DAY });
    await setOrderHook(owner, env.deployment, { shopId, hook: bonds.address });
  }
}

/** The cargo-bike couriers promise "on time, or 2 back" in the local currency, from a pool of 50. */
const PUNCTUAL_CARRIER: DemoCarrierKey = "bike-courier";
const PUNCTUALITY_POOL = 50n * 10n ** 18n;
const PUNCTUALITY_COMPENSATION = 2n * 10n ** 18n;

/** A carrier funds its punctuality pool in the local currency and promises a compensation per late order. */
async function seedPunctuality(
  env: SeedEnvironment,
  pool: DeployedContract,
  carriers: Map<DemoCarrierKey, SeededCarrier>,
): Promise<void> {
  const token = env.deployment.contracts.LocalCurrency?.address;
  const carrier = carriers.get(PUNCTUAL_CARRIER);
  if (token === undefined || carrier === undefined) return;
  await writeMarketContract(env.wallet(0), {
    address: token,
    abi: localCurrencyAbi,
    functionName: "mint",
    args: [carrier.address, PUNCTUALITY_POOL],
  });
  await approveToken(carrier.wallet, env.deployment, { token, amount: PUNCTUALITY_POOL, spender: pool.address });
  await fundPunctualityPool(carrier.wallet, pool, { token, amount: PUNCTUALITY_POOL });
  await setPunctualityPromise(carrier.wallet, pool, { token, compensation: PUNCTUALITY_COMPENSATION });
}

function expiryOf(outcome: DemoLabelOutcome, now: number): number | undefined {
  if (outcome.status === "expired") return now + EXPIRED_LABEL_DAYS * DAY;
  if (outcome.status === "valid" && outcome.validForDays !== undefined) return now + outcome.validForDays * DAY;
  return undefined;
}

/** The issuers register with their profiles, attest the shops' labels, and revoke the one meant to be revoked. */
async function seedLabels(
  env: SeedEnvironment,
  labels: DeployedContract,
  shops: Map<DemoShopKey, SeededShop>,
  clock: Clock,
): Promise<void> {
  const issuerWallets = new Map<DemoIssuerKey, Wallet>();
  for (const issuer of DEMO_LABEL_ISSUERS) {
    const wallet = env.wallet(labelIssuerAccountIndex(issuer.key));
    const profileCid = await env.ipfs.addBytes(
      encodeDocument("label-issuer", { schema: "grandrue.label-issuer/1", ...issuer.profile }),
    );
    await registerLabelIssuer(wallet, labels, { name: issuer.profile.name, profileCid });
    issuerWallets.set(issuer.key, wallet);
  }
  const now = await clock.now();
  for (const attestation of DEMO_LABEL_ATTESTATIONS) {
    const wallet = issuerWallets.get(attestation.issuer)!;
    const evidenceCid = await env.ipfs.addBytes(new TextEncoder().encode(attestation.evidence));
    const { attestationId } = await attestLabel(wallet, labels, {
      shopId: seededShop(shops, attestation.shop).shopId,
      label: attestation.label,
      expiresAt: expiryOf(attestation.outcome, now),
      evidenceCid,
    });
    if (attestation.outcome.status === "revoked") await revokeLabel(wallet, labels, { attestationId });
  }
}

/**
 * Sets up the four services of the demo town with their SDK actions only, as their users would: the label issuers
 * and their attestations (one to expire during the seeded history, one revoked), the stamp cards of the bakery and
 * the cheese shop, the guarantee bonds of the bike shop and the repair café, and the cargo-bike couriers'
 * punctuality promise. Run it after the shops exist and before the past orders, so the orders carry the shops' order
 * hooks and their completions earn stamps and start warranties by themselves.
 */
export async function seedServices(
  env: SeedEnvironment,
  shops: Map<DemoShopKey, SeededShop>,
  carriers: Map<DemoCarrierKey, SeededCarrier>,
  clock: Clock,
): Promise<SeededServices> {
  const { GuaranteeBonds, LoyaltyStamps, LabelAttestations, PunctualityPool } = env.deployment.services ?? {};
  if (LabelAttestations !== undefined) await seedLabels(env, LabelAttestations, shops, clock);
  if (LoyaltyStamps !== undefined) await seedLoyalty(env, LoyaltyStamps, shops);
  if (GuaranteeBonds !== undefined) await seedBonds(env, GuaranteeBonds, shops);
  if (PunctualityPool !== undefined) await seedPunctuality(env, PunctualityPool, carriers);
  return {
    GuaranteeBonds: GuaranteeBonds !== undefined,
    LoyaltyStamps: LoyaltyStamps !== undefined,
    LabelAttestations: LabelAttestations !== undefined,
    PunctualityPool: PunctualityPool !== undefined,
  };
}
