// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from "vitest";
import { parseAppConfig } from "../../../config/appConfig.ts";
import type { WalletStack } from "../../../market/walletConnection.ts";
import { TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import { createWalletAccess, WALLET_STORAGE_KEY } from "./createWalletAccess.ts";

const config = parseAppConfig({});
const stack: WalletStack = { provide: (children) => children };

describe("the wallet access: no wallet code until a wallet is needed", () => {
  beforeEach(() => localStorage.clear());

  test("a first visit starts nothing; load() starts the stack once and keeps it", async () => {
    const start = vi.fn(() => stack);
    const wallet = createWalletAccess(config, TEST_DEPLOYMENT, start);
    expect(start).not.toHaveBeenCalled();
    expect(wallet.getConnection().status).toBe("disconnected");
    expect(wallet.getLoadedStack()).toBeUndefined();
    const first = wallet.load();
    expect(wallet.load()).toBe(first);
    expect(await first).toBe(stack);
    expect(wallet.getLoadedStack()).toBe(stack);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("a wallet connected before starts the stack at once, so it reconnects", () => {
    localStorage.setItem(`${WALLET_STORAGE_KEY}.store`, JSON.stringify({ state: { current: "uid-1" } }));
    const start = vi.fn(() => stack);
    createWalletAccess(config, TEST_DEPLOYMENT, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("a wallet disconnected before starts nothing", () => {
    localStorage.setItem(`${WALLET_STORAGE_KEY}.store`, JSON.stringify({ state: { current: null } }));
    const start = vi.fn(() => stack);
    createWalletAccess(config, TEST_DEPLOYMENT, start);
    expect(start).not.toHaveBeenCalled();
  });

  test("a download that failed is tried again on the next load()", async () => {
    const start = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(stack);
    const wallet = createWalletAccess(config, TEST_DEPLOYMENT, start);
    await expect(wallet.load()).rejects.toThrow("offline");
    expect(await wallet.load()).toBe(stack);
    expect(start).toHaveBeenCalledTimes(2);
  });
});
