import {
  buildOrderRequest,
  cancel,
  checkoutWithPermit,
  expectedOrderStatuses,
  MarketError,
  type MarketWalletClient,
  ORDER_STATUSES,
  parseMarketError,
  signCheckpoint,
} from "@grandrue/sdk";
import { marketErrorsAbi } from "@grandrue/sdk/abis";
import {
  type AbiParameter,
  ContractFunctionRevertedError,
  createWalletClient,
  custom,
  type EIP1193RequestFn,
  encodeErrorResult,
  parseAbi,
  parseEther,
  UserRejectedRequestError,
} from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "./helpers/expectMarketError.ts";
import { createMarket, type Market, randomDeliveryProof, uniqueDigest } from "./helpers/market.ts";

/** A value of each Solidity type, as viem decodes it (numbers up to 48 bits, bigints above). */
function sampleValue(parameter: AbiParameter, index: number): unknown {
  const { type } = parameter;
  if (type === "tuple") {
    const components = (parameter as { components: readonly AbiParameter[] }).components;
    return Object.fromEntries(
      components.map((component, position) => [component.name, sampleValue(component, position)]),
    );
  }
  if (type === "address") return "0x00000000000000000000000000000000000000A1";
  if (type === "bool") return true;
  if (type === "string") return "a reason";
  const fixedBytes = /^bytes(\d+)$/.exec(type);
  if (fixedBytes) return `0x${"ab".repeat(Number(fixedBytes[1]))}`;
  if (type === "bytes") return "0x0102";
  const bits = Number(type.replace(/^u?int/, "") || 256);
  if (type.startsWith("uint")) return bits <= 48 ? index + 3 : (2n ** BigInt(bits) - 1n) / BigInt(index + 2);
  throw new Error(`no sample for ${type}`);
}

const errorCases = marketErrorsAbi.map((item) => ({
  signature: `${item.name}(${item.inputs.map((input) => input.type).join(",")})`,
  item,
  args: item.inputs.map(sampleValue),
}));

describe("parseMarketError", () => {
  test("knows every custom error of the protocol's contracts", () => {
    const names = new Set(marketErrorsAbi.map((item) => item.name));
    for (const name of [
      "InvalidStatus",
      "NotShopManager",
      "NonceAlreadyUsed",
      "AlreadyReviewed",
      "NotMediator",
      "ERC20InsufficientAllowance",
    ]) {
      expect(names).toContain(name);
    }
  });

  test.each(errorCases)("decodes $signature from raw revert data with its arguments by name", ({ item, args }) => {
    const data = encodeErrorResult({ abi: [item], errorName: item.name, args } as never);
    const parsed = parseMarketError(new ContractFunctionRevertedError({ abi: [], data, functionName: "probe" }));
    expect(parsed.name).toBe(item.name);
    expect(parsed.args).toEqual(Object.fromEntries(item.inputs.map((input, index) => [input.name, args[index]])));
  });

  test("passes a MarketError's name and arguments through unchanged", () => {
    const error = new MarketError({ name: "ZeroAmount", args: {}, message: "ZeroAmount" });
    expect(parseMarketError(error)).toEqual({ name: "ZeroAmount", args: {}, message: "ZeroAmount" });
  });

  test("calls a revert with an unknown selector and a plain exception Unknown", () => {
    const unknownRevert = new ContractFunctionRevertedError({ abi: [], data: "0xdeadbeef", functionName: "probe" });
    expect(parseMarketError(unknownRevert).name).toBe("Unknown");
    expect(parseMarketError(new Error("network down"))).toMatchObject({ name: "Unknown", message: "network down" });
  });

  test("decodes the errors of ABIs it is given, beside the protocol's", () => {
    const serviceAbi = parseAbi([
      "error QuotaExceeded(uint256 shopId, uint256 limit)",
      "function register(uint256 shopId)",
    ]);
    const data = encodeErrorResult({ abi: serviceAbi, errorName: "QuotaExceeded", args: [7n, 3n] });
    const revert = new ContractFunctionRevertedError({ abi: [], data, functionName: "register" });
    expect(parseMarketError(revert).name).toBe("Unknown");
    expect(parseMarketError(revert, { abis: [serviceAbi] })).toMatchObject({
      name: "QuotaExceeded",
      args: { shopId: 7n, limit: 3n },
    });
    const protocolError = encodeErrorResult({ abi: marketErrorsAbi, errorName: "ZeroAmount" });
    const protocolRevert = new ContractFunctionRevertedError({
      abi: [],
      data: protocolError,
      functionName: "register",
    });
    expect(parseMarketError(protocolRevert, { abis: [serviceAbi] }).name).toBe("ZeroAmount");
  });

  test("decodes InvalidStatus with the statuses the action needed, typed by name", () => {
    const data = encodeErrorResult({
      abi: marketErrorsAbi,
      errorName: "InvalidStatus",
      args: [7n, 3, `0x${0b110n.toString(16).padStart(64, "0")}`],
    });
    const parsed = parseMarketError(new ContractFunctionRevertedError({ abi: [], data, functionName: "expire" }));
    if (parsed.name !== "InvalidStatus") throw new Error(`decoded as ${parsed.name}`);
    expect(ORDER_STATUSES[parsed.args.actual]).toBe("Shipped");
    expect(expectedOrderStatuses(parsed.args.expected)).toEqual(["Paid", "Accepted"]);
  });

  test("decodes Solidity's own Error (a require text) and Panic, by either path", () => {
    const requireText = encodeErrorResult({
      abi: parseAbi(["error Error(string message)"]),
      errorName: "Error",
      args: ["FiatToken: transfer amount exceeds balance"],
    });
    const viaAbi = new ContractFunctionRevertedError({ abi: [], data: requireText, functionName: "transfer" });
    expect(parseMarketError(viaAbi)).toMatchObject({
      name: "Error",
      args: { message: "FiatToken: transfer amount exceeds balance" },
    });
    const panic = encodeErrorResult({
      abi: parseAbi(["error Panic(uint256 reason)"]),
      errorName: "Panic",
      args: [17n],
    });
    const parsed = parseMarketError(new ContractFunctionRevertedError({ abi: [], data: panic, functionName: "x" }));
    expect(parsed).toMatchObject({ name: "Panic", args: { reason: 17n } });
  });

  test("calls an error that only the called contract's ABI declares Unknown, naming it in the message", () => {
    const foreignAbi = parseAbi(["error Paused()"]);
    const data = encodeErrorResult({ abi: foreignAbi, errorName: "Paused" });
    const revert = new ContractFunctionRevertedError({ abi: foreignAbi, data, functionName: "transfer" });
    expect(parseMarketError(revert)).toMatchObject({ name: "Unknown", message: expect.stringContaining("Paused") });
    expect(parseMarketError(revert, { abis: [foreignAbi] }).name).toBe("Paused");
  });

  test("maps a wallet's UserRejectedRequestError to UserRejected", () => {
    expect(parseMarketError(new UserRejectedRequestError(new Error("User denied."))).name).toBe("UserRejected");
  });
});

describe("errors of actions against the chain", () => {
  let market: Market;
  beforeAll(async () => {
    market = await createMarket();
  });

  /** A wallet for `address` whose user refuses every transaction and signature request. */
  function refusingWallet(address: `0x${string}`, rejection: () => unknown): MarketWalletClient {
    const request: EIP1193RequestFn = async ({ method, params }) => {
      if (method === "eth_sendTransaction" || method.startsWith("eth_signTypedData")) throw rejection();
      return market.connection.provider.request({ method, params: params as unknown[] });
    };
    return createWalletClient({
      account: address,
      chain: market.publicClient.chain,
      transport: custom({ request }, { retryCount: 0 }),
    });
  }

  test("a refused transaction fails with MarketError UserRejected after a successful simulation", async () => {
    const order = await market.placeOrder();
    const wallet = refusingWallet(
      market.accounts.buyer.account.address,
      () => new UserRejectedRequestError(new Error("User denied transaction.")),
    );
    const error = await expectMarketError(cancel(wallet, market.deployment, order), "UserRejected");
    expect(error.cause).toBeInstanceOf(Error);
  });

  test("a wallet that answers with EIP-1193 code 4001 is mapped to UserRejected too", async () => {
    const order = await market.placeOrder();
    const wallet = refusingWallet(market.accounts.buyer.account.address, () =>
      Object.assign(new Error("User rejected the request."), { code: 4001 }),
    );
    await expectMarketError(cancel(wallet, market.deployment, order), "UserRejected");
  });

  test("a refused checkpoint signature fails with MarketError UserRejected", async () => {
    const wallet = refusingWallet(
      market.accounts.courier.account.address,
      () => new UserRejectedRequestError(new Error("User denied signature.")),
    );
    await expectMarketError(
      signCheckpoint(wallet, market.deployment, { orderId: 1n, checkpoint: "PickedUp" }),
      "UserRejected",
    );
  });

  test("a refused permit signature fails checkoutWithPermit with UserRejected before any transaction", async () => {
    const wallet = refusingWallet(
      market.accounts.buyer.account.address,
      () => new UserRejectedRequestError(new Error("User denied signature.")),
    );
    const request = await buildOrderRequest(market.publicClient, market.deployment, {
      shopId: market.shopId,
      token: market.leman,
      amount: parseEther("1"),
      itemsDigest: uniqueDigest(),
      codeHash: randomDeliveryProof().codeHash,
    });
    const blockBefore = await market.publicClient.getBlockNumber();
    await expectMarketError(checkoutWithPermit(wallet, market.deployment, { requests: [request] }), "UserRejected");
    expect(await market.publicClient.getBlockNumber()).toBe(blockBefore);
  });

  test("a revert is decoded before the wallet opens: no transaction is sent", async () => {
    const order = await market.placeOrder();
    let sent = 0;
    const request: EIP1193RequestFn = async ({ method, params }) => {
      if (method === "eth_sendTransaction") sent += 1;
      return market.connection.provider.request({ method, params: params as unknown[] });
    };
    const transport = custom({ request }, { retryCount: 0 });
    const stranger = createWalletClient({
      account: market.accounts.stranger.account.address,
      chain: market.publicClient.chain,
      transport,
    });
    const error = await expectMarketError(cancel(stranger, market.deployment, order), "NotBuyer");
    expect(error.args).toEqual({ orderId: order.orderId, account: market.accounts.stranger.account.address });
    expect(sent).toBe(0);
  });
});
