import { afterEach, describe, expect, test, vi } from "vitest";
import { fetchRuntimeConfig, InvalidRuntimeConfigError, parseRuntimeConfig } from "./runtimeConfig.ts";

const CONFIG_URL = "/config.json";
const DEPLOYMENT = { chainId: 31337, contracts: {} };

describe("parseRuntimeConfig", () => {
  test("takes the VITE_* variables and the deployment records", () => {
    const value = { variables: { VITE_CHAIN_ID: "31337" }, deployments: [DEPLOYMENT] };
    expect(parseRuntimeConfig(CONFIG_URL, value)).toEqual(value);
  });

  test("deployment records are optional", () => {
    expect(parseRuntimeConfig(CONFIG_URL, { variables: {} })).toEqual({ variables: {}, deployments: [] });
  });

  test.each([
    ["a list", [], "is not a JSON object"],
    ["no variables", { deployments: [] }, 'has no "variables" object'],
    ["a variable of another name", { variables: { RPC_URL: "x" } }, 'names "RPC_URL", which is not a VITE_* variable'],
    ["a number for a variable", { variables: { VITE_CHAIN_ID: 31337 } }, "gives VITE_CHAIN_ID a number, not a string"],
    ["deployments that are not a list", { variables: {}, deployments: DEPLOYMENT }, "is not a list"],
  ])("rejects %s, saying what is wrong", (_case, value, reason) => {
    expect(() => parseRuntimeConfig(CONFIG_URL, value)).toThrow(InvalidRuntimeConfigError);
    expect(() => parseRuntimeConfig(CONFIG_URL, value)).toThrow(reason);
  });
});

describe("fetchRuntimeConfig", () => {
  afterEach(() => vi.unstubAllGlobals());

  test("fetches the configuration from the app's origin, never from a cache", async () => {
    const fetch = vi.fn(async () => Response.json({ variables: { VITE_CHAIN_ID: "100" } }));
    vi.stubGlobal("fetch", fetch);
    expect(await fetchRuntimeConfig(CONFIG_URL)).toEqual({ variables: { VITE_CHAIN_ID: "100" }, deployments: [] });
    expect(fetch).toHaveBeenCalledWith(CONFIG_URL, { cache: "no-store" });
  });

  test("says when the server has no configuration for it", async () => {
    vi.stubGlobal("fetch", async () => new Response("not found", { status: 404 }));
    await expect(fetchRuntimeConfig(CONFIG_URL)).rejects.toThrow(
      "The app's runtime configuration (/config.json) answered HTTP 404",
    );
  });

  test("says when the configuration is not JSON", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>"));
    await expect(fetchRuntimeConfig(CONFIG_URL)).rejects.toThrow("is not JSON");
  });
});
