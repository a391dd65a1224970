/**
 * Signed checkout and signed buyer actions against Circle's real FiatToken V2_2 (the contract behind USDC and EURC),
 * deployed from the npm package's own Hardhat artifacts as on mainnet (proxy, initialize*, minter, blocklist) by the
 * dev stack's own `deployFiatToken`. The
 * Solidity tests use a look-alike (test/contracts/mocks/tokens/AuthorizationToken.sol); this file proves the escrow
 * against the real permit, ERC-3009 `receiveWithAuthorization` (v, r, s and the `bytes` overloads that ask EIP-1271
 * wallets) and blocklist. It uses the committed build (ABIs and bytecode) and viem, not the SDK's actions.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { escrowAbi, shopRegistryAbi } from "@grandrue/sdk/abis";
import { network } from "hardhat";
import solc from "solc";
import {
  type Abi,
  type Address,
  concatHex,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  parseUnits,
  toHex,
  zeroAddress,
} from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { beforeAll, describe, expect, it } from "vitest";
import { deployFiatToken, readFiatTokenAbi } from "../../scripts/lib/tokens/fiatToken.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Artifact = {
  abi: Abi;
  bytecode: Hex;
};

/** A contract the stack deploys, from the committed build (`npm run build`), exactly as `npm run dev` deploys it. */
async function deployable(name: string, abi: Abi): Promise<Artifact> {
  const { bytecode } = JSON.parse(await readFile(`${ROOT}sdk/src/generated/deployable/${name}.json`, "utf8")) as {
    bytecode: Hex;
  };
  return { abi, bytecode };
}

type CompilerOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};

/**
 * A test mock compiled here with the pinned solc, its imports read from node_modules: the Solidity tests' own build
 * runs beside this file in `npm test`, so its artifacts may not exist yet (and are instrumented under coverage).
 */
function compileMock(source: string, name: string): Artifact {
  const input = {
    language: "Solidity",
    sources: { [source]: { content: readFileSync(`${ROOT}${source}`, "utf8") } },
    settings: { evmVersion: "cancun", outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } },
  };
  const findImports = (path: string) => {
    try {
      return { contents: readFileSync(`${ROOT}node_modules/${path}`, "utf8") };
    } catch {
      return { error: `${path} is not in node_modules` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as CompilerOutput;
  const errors = (output.errors ?? []).filter((error) => error.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join("\n"));
  const contract = output.contracts[source]![name]!;
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}

const TERMS = { acceptHours: 48, shipHours: 72, deliveryHours: 96, returnHours: 336 } as const;
const EIP712_TYPES = {
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
const RECEIVE_TYPES = {
  ReceiveWithAuthorization: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "validAfter", type: "uint256" },
    { name: "validBefore", type: "uint256" },
    { name: "nonce", type: "bytes32" },
  ],
} as const;
const PULL = { Allowance: 0, Permit: 1, Authorization: 2 } as const;
const RELEASE_ACTION = 2;

describe("escrow with Circle's FiatToken V2_2", async () => {
  const connection = await network.create({ override: { allowUnlimitedContractSize: true } });
  const { viem } = connection;
  const publicClient = await viem.getPublicClient();
  const [deployer, proxyAdmin, merchant, relayer, blacklister] = await viem.getWalletClients();
  if (!deployer || !proxyAdmin || !merchant || !relayer || !blacklister) throw new Error("needs 5 accounts");
  const buyer = privateKeyToAccount(generatePrivateKey());
  const walletOwner = privateKeyToAccount(generatePrivateKey());
  const chainId = await publicClient.getChainId();

  async function deploy(art: Artifact, args: unknown[] = [], bytecode: Hex = art.bytecode): Promise<Address> {
    const hash = await deployer!.deployContract({ abi: art.abi, bytecode, args });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    return getAddress(receipt.contractAddress!);
  }
  async function send(
    client: typeof deployer,
    address: Address,
    abi: Abi,
    functionName: string,
    args: unknown[],
    value?: bigint,
  ) {
    const hash = await client!.writeContract({ address, abi, functionName, args, value } as never);
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted`);
    return receipt;
  }
  const read = (address: Address, abi: Abi, functionName: string, args: unknown[] = []) =>
    publicClient.readContract({ address, abi, functionName, args } as never) as Promise<unknown>;

  let token: Address;
  let tokenAbi: Abi;
  let escrow: Address;
  let wallet: Address;
  let shopId: bigint;
  let nonce = 0n;
  let orderCount = 0;

  beforeAll(async () => {
    // The demo town's EURC comes from the same function: one way to deploy Circle's token.
    ({ address: token } = await deployFiatToken(
      { publicClient, walletClient: deployer as never },
      {
        name: "Euro Coin",
        symbol: "EURC",
        currency: "EUR",
        decimals: 6,
        proxyAdmin: proxyAdmin!.account.address,
        blacklister: blacklister!.account.address,
        minterAllowance: parseUnits("1000000", 6),
      },
    ));
    tokenAbi = await readFiatTokenAbi();

    const registryArtifact = await deployable("ShopRegistry", shopRegistryAbi);
    const escrowArtifact = await deployable("Escrow", escrowAbi);
    const walletArtifact = compileMock(
      "test/contracts/mocks/signers/PrefixedSignatureWallet.sol",
      "PrefixedSignatureWallet",
    );
    const registry = await deploy(registryArtifact);
    escrow = await deploy(escrowArtifact, [registry, zeroAddress]);
    wallet = await deploy(walletArtifact, [walletOwner.address]);

    await send(deployer, token, tokenAbi, "mint", [buyer.address, parseUnits("1000", 6)]);
    await send(deployer, token, tokenAbi, "mint", [wallet, parseUnits("1000", 6)]);
    const registration = {
      payout: merchant!.account.address,
      terms: TERMS,
      metadataCid: "0x01551220aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      catalogCid: "0x",
      geohash: "0x75306b386d37713100000000",
      acceptance: {
        payments: [{ token, rate: 10n ** 6n }],
        carriers: [],
        isAnyCarrierAccepted: true,
        arbitrators: [],
        isAnyArbitratorAccepted: true,
      },
    };
    await send(merchant, registry, registryArtifact.abi, "register", [registration]);
    shopId = 1n;
  });

  function request(amount: bigint) {
    orderCount += 1;
    return {
      shopId,
      payout: merchant!.account.address,
      token,
      amount,
      deliveryFee: 0n,
      carrier: zeroAddress,
      arbitrator: zeroAddress,
      hook: zeroAddress,
      terms: TERMS,
      itemsDigest: keccak256(toHex(`items ${orderCount}`)),
      shippingDigest: keccak256(toHex(`shipping ${orderCount}`)),
      codeHash: keccak256(encodeAbiParameters([{ type: "bytes32" }], [keccak256(toHex("code"))])),
    };
  }

  const escrowDomain = () => ({ name: "Grandrue Escrow", version: "2", chainId, verifyingContract: escrow });
  const tokenDomain = async () => ({
    name: (await read(token, tokenAbi, "name")) as string,
    version: "2",
    chainId,
    verifyingContract: token,
  });
  const deadline = async () => (await publicClient.getBlock()).timestamp + 3600n;

  async function checkoutAuthorization(
    signer: typeof buyer,
    owner: Address,
    requests: ReturnType<typeof request>[],
    maxFee: bigint,
    prefix: Hex = "0x",
  ) {
    const authorization = { maxFee, nonce: nonce++, deadline: await deadline() };
    const signature = await signer.signTypedData({
      domain: escrowDomain(),
      types: EIP712_TYPES,
      primaryType: "Checkout",
      message: { buyer: owner, orders: requests, ...authorization },
    });
    return { ...authorization, signature: concatHex([prefix, signature]) };
  }

  async function authorizationPull(signer: typeof buyer, from: Address, value: bigint, prefix: Hex = "0x") {
    const pull = {
      method: PULL.Authorization,
      value,
      validAfter: 0n,
      validBefore: await deadline(),
      nonce: keccak256(toHex(`auth ${nonce++}`)),
    };
    const signature = await signer.signTypedData({
      domain: await tokenDomain(),
      types: RECEIVE_TYPES,
      primaryType: "ReceiveWithAuthorization",
      message: {
        from,
        to: escrow,
        value,
        validAfter: pull.validAfter,
        validBefore: pull.validBefore,
        nonce: pull.nonce,
      },
    });
    return { ...pull, signature: concatHex([prefix, signature]) };
  }

  const balance = async (account: Address) => (await read(token, tokenAbi, "balanceOf", [account])) as bigint;

  it("pays an order and the relayer's fee with an EIP-2612 permit signed by a buyer without ETH", async () => {
    const requests = [request(parseUnits("12.5", 6))];
    const fee = parseUnits("0.05", 6);
    const total = requests[0]!.amount + fee;
    const authorization = await checkoutAuthorization(buyer, buyer.address, requests, fee);
    const permitDeadline = await deadline();
    const permitNonce = (await read(token, tokenAbi, "nonces", [buyer.address])) as bigint;
    const permit = await buyer.signTypedData({
      domain: await tokenDomain(),
      types: PERMIT_TYPES,
      primaryType: "Permit",
      message: { owner: buyer.address, spender: escrow, value: total, nonce: permitNonce, deadline: permitDeadline },
    });
    const pull = {
      method: PULL.Permit,
      value: total,
      validAfter: 0n,
      validBefore: permitDeadline,
      nonce: toHex(0, { size: 32 }),
      signature: permit,
    };
    const relayerBefore = await balance(relayer!.account.address);

    await send(relayer, escrow, escrowAbi, "checkoutBySig", [buyer.address, requests, authorization, fee, pull]);

    expect(await publicClient.getBalance({ address: buyer.address })).toBe(0n);
    expect(await balance(escrow)).toBe(requests[0]!.amount);
    expect((await balance(relayer!.account.address)) - relayerBefore).toBe(fee);
  });

  it("pays with ERC-3009 receiveWithAuthorization, then releases by signature with the fee authorized the same way", async () => {
    const requests = [request(parseUnits("8", 6))];
    const fee = parseUnits("0.03", 6);
    const escrowBefore = await balance(escrow);
    const authorization = await checkoutAuthorization(buyer, buyer.address, requests, fee);
    const pull = await authorizationPull(buyer, buyer.address, requests[0]!.amount + fee);
    const receipt = await send(relayer, escrow, escrowAbi, "checkoutBySig", [
      buyer.address,
      requests,
      authorization,
      fee,
      pull,
    ]);
    expect(await balance(escrow)).toBe(escrowBefore + requests[0]!.amount);
    const order = { buyer: buyer.address, ...orderTerms(requests[0]!) };
    const orderId = BigInt(keccak256(encodeOrder(order)));
    expect(receipt.logs.some((log) => log.topics[1] === toHex(orderId, { size: 32 }))).toBe(true);

    const release = { maxFee: fee, nonce: nonce++, deadline: await deadline() };
    const signature = await buyer.signTypedData({
      domain: escrowDomain(),
      types: EIP712_TYPES,
      primaryType: "Release",
      message: { orderId, ...release },
    });
    const feePull = await authorizationPull(buyer, buyer.address, fee);
    const merchantBefore = await balance(merchant!.account.address);
    await send(relayer, escrow, escrowAbi, "relayBuyerAction", [
      RELEASE_ACTION,
      order,
      0n,
      { ...release, signature },
      fee,
      feePull,
    ]);
    expect((await balance(merchant!.account.address)) - merchantBefore).toBe(requests[0]!.amount);
  });

  it("lets an EIP-1271 smart account sign both the checkout and the token authorization (bytes overload)", async () => {
    const requests = [request(parseUnits("20", 6))];
    const authorization = await checkoutAuthorization(walletOwner, wallet, requests, 0n, "0x01");
    const pull = await authorizationPull(walletOwner, wallet, requests[0]!.amount, "0x01");
    const before = await balance(wallet);
    await send(relayer, escrow, escrowAbi, "checkoutBySig", [wallet, requests, authorization, 0n, pull]);
    expect(before - (await balance(wallet))).toBe(requests[0]!.amount);
  });

  it("credits a payment the blocklist refuses instead of blocking the order", async () => {
    const requests = [request(parseUnits("5", 6))];
    const authorization = await checkoutAuthorization(buyer, buyer.address, requests, 0n);
    const pull = await authorizationPull(buyer, buyer.address, requests[0]!.amount);
    await send(relayer, escrow, escrowAbi, "checkoutBySig", [buyer.address, requests, authorization, 0n, pull]);
    const order = { buyer: buyer.address, ...orderTerms(requests[0]!) };
    await send(blacklister, token, tokenAbi, "blacklist", [merchant!.account.address]);
    const release = { maxFee: 0n, nonce: nonce++, deadline: await deadline() };
    const orderId = BigInt(keccak256(encodeOrder(order)));
    const signature = await buyer.signTypedData({
      domain: escrowDomain(),
      types: EIP712_TYPES,
      primaryType: "Release",
      message: { orderId, ...release },
    });
    const noPull = {
      method: PULL.Allowance,
      value: 0n,
      validAfter: 0n,
      validBefore: 0n,
      nonce: toHex(0, { size: 32 }),
      signature: "0x",
    };
    await send(relayer, escrow, escrowAbi, "relayBuyerAction", [
      RELEASE_ACTION,
      order,
      0n,
      { ...release, signature },
      0n,
      noPull,
    ]);
    expect(await read(escrow, escrowAbi, "creditOf", [merchant!.account.address, token])).toBe(requests[0]!.amount);
  });
});

/** The `Order` the escrow builds from a request (everything but the buyer). */
function orderTerms(r: {
  shopId: bigint;
  payout: Address;
  token: Address;
  amount: bigint;
  deliveryFee: bigint;
  carrier: Address;
  arbitrator: Address;
  hook: Address;
  terms: typeof TERMS;
  itemsDigest: Hex;
  shippingDigest: Hex;
  codeHash: Hex;
}) {
  return {
    shopId: r.shopId,
    payout: r.payout,
    token: r.token,
    amount: r.amount,
    deliveryFee: r.deliveryFee,
    carrier: r.carrier,
    arbitrator: r.arbitrator,
    hook: r.hook,
    shipHours: r.terms.shipHours,
    deliveryHours: r.terms.deliveryHours,
    returnHours: r.terms.returnHours,
    codeHash: r.codeHash,
    detailsHash: keccak256(
      encodeAbiParameters([{ type: "bytes32" }, { type: "bytes32" }], [r.itemsDigest, r.shippingDigest]),
    ),
  };
}

/** `abi.encode(order)`, whose keccak256 is the order's id. */
function encodeOrder(order: { buyer: Address } & ReturnType<typeof orderTerms>): Hex {
  return encodeAbiParameters(
    [
      {
        type: "tuple",
        components: [
          { name: "buyer", type: "address" },
          { name: "shopId", type: "uint256" },
          { name: "payout", type: "address" },
          { name: "token", type: "address" },
          { name: "amount", type: "uint128" },
          { name: "deliveryFee", type: "uint128" },
          { name: "carrier", type: "address" },
          { name: "arbitrator", type: "address" },
          { name: "hook", type: "address" },
          { name: "shipHours", type: "uint16" },
          { name: "deliveryHours", type: "uint16" },
          { name: "returnHours", type: "uint16" },
          { name: "codeHash", type: "bytes32" },
          { name: "detailsHash", type: "bytes32" },
        ],
      },
    ],
    [order],
  );
}
