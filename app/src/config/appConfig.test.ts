import { describe, expect, test } from "vitest";
import { InvalidAppConfigError, parseAppConfig } from "./appConfig.ts";

describe("parseAppConfig", () => {
  test("without variables it points at the local dev stack", () => {
    expect(parseAppConfig({})).toEqual({
      rpcUrl: "http://127.0.0.1:8545",
      chainId: 31337,
      ipfsGateways: ["http://127.0.0.1:5001"],
      ipfsReplicas: [{ apiUrl: "http://127.0.0.1:5001/api/v0", gatewayUrl: "http://127.0.0.1:5001", name: "local" }],
      ipfsWriteQuorum: 1,
      chainName: "Grandrue local",
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      placeSuggestions: [],
      indexers: [],
      relayers: [],
    });
  });

  test("reads a production configuration: several gateways, a chain name and an explorer", () => {
    const config = parseAppConfig({
      VITE_RPC_URL: "https://rpc.gnosischain.com/",
      VITE_CHAIN_ID: "100",
      VITE_IPFS_GATEWAYS: "https://ipfs.grandrue.example, https://trustless-gateway.link",
      VITE_IPFS_APIS: JSON.stringify([
        {
          apiUrl: "https://ipfs.coop.example/api/v0",
          gatewayUrl: "https://gw.coop.example",
          token: "public-publisher",
        },
        "https://ipfs.grandrue.example/api/v0",
        { apiUrl: "https://pin.example/api/v0", name: "Pin service" },
      ]),
      VITE_IPFS_WRITE_QUORUM: "1",
      VITE_CHAIN_NAME: "Gnosis",
      VITE_EXPLORER_URL: "https://gnosisscan.io",
      VITE_INDEXERS: "https://index.grandrue.example/, https://index.coop.example,https://index.grandrue.example",
      VITE_RELAYERS: "https://relay.coop.example/, https://relay.bakery.example",
      VITE_PAYMASTER_URL: "https://paymaster.coop.example/v1/",
    });
    expect(config).toEqual({
      rpcUrl: "https://rpc.gnosischain.com",
      chainId: 100,
      ipfsGateways: ["https://ipfs.grandrue.example", "https://trustless-gateway.link"],
      ipfsReplicas: [
        {
          apiUrl: "https://ipfs.coop.example/api/v0",
          gatewayUrl: "https://gw.coop.example",
          name: "ipfs.coop.example",
          token: "public-publisher",
        },
        {
          apiUrl: "https://ipfs.grandrue.example/api/v0",
          gatewayUrl: "https://ipfs.grandrue.example",
          name: "ipfs.grandrue.example",
        },
        { apiUrl: "https://pin.example/api/v0", gatewayUrl: "https://pin.example", name: "Pin service" },
      ],
      ipfsWriteQuorum: 1,
      chainName: "Gnosis",
      nativeCurrency: { name: "xDAI", symbol: "XDAI", decimals: 18 },
      explorerUrl: "https://gnosisscan.io",
      placeSuggestions: [],
      indexers: ["https://index.grandrue.example", "https://index.coop.example"],
      relayers: ["https://relay.coop.example", "https://relay.bakery.example"],
      paymasterUrl: "https://paymaster.coop.example/v1",
    });
  });

  test("reads the places offered as starting points", () => {
    const env = { VITE_PLACE_SUGGESTIONS: '[{ "name": " Place du Marché ", "lat": 47.716, "lon": 2.441 }]' };
    expect(parseAppConfig(env).placeSuggestions).toEqual([
      { name: "Place du Marché", location: { lat: 47.716, lon: 2.441 } },
    ]);
  });

  test("knows the native coin of the chains it suggests, and takes any other chain's from VITE_NATIVE_CURRENCY", () => {
    expect(parseAppConfig({ VITE_CHAIN_ID: "8453" }).nativeCurrency.symbol).toBe("ETH");
    expect(parseAppConfig({ VITE_CHAIN_ID: "10200" }).nativeCurrency.symbol).toBe("xDAI");
    const celo = '{ "name": "Celo", "symbol": "CELO", "decimals": 18 }';
    expect(parseAppConfig({ VITE_CHAIN_ID: "42220", VITE_NATIVE_CURRENCY: celo }).nativeCurrency).toEqual({
      name: "Celo",
      symbol: "CELO",
      decimals: 18,
    });
    expect(() => parseAppConfig({ VITE_CHAIN_ID: "42220" })).toThrow(/VITE_NATIVE_CURRENCY.*chain 42220 is not one/);
    expect(() =>
      parseAppConfig({ VITE_NATIVE_CURRENCY: '{ "name": "Ether", "symbol": "ETH", "decimals": 1.5 }' }),
    ).toThrow(InvalidAppConfigError);
  });

  test("names an unnamed chain by its id", () => {
    expect(parseAppConfig({ VITE_CHAIN_ID: "8453" }).chainName).toBe("Chain 8453");
  });

  test("empty variables fall back to the defaults instead of breaking the app", () => {
    expect(parseAppConfig({ VITE_RPC_URL: " ", VITE_CHAIN_ID: "" }).rpcUrl).toBe("http://127.0.0.1:8545");
  });

  test.each([
    [{ VITE_CHAIN_ID: "0x7a69" }, /VITE_CHAIN_ID="0x7a69"/],
    [{ VITE_CHAIN_ID: "-1" }, /VITE_CHAIN_ID/],
    [{ VITE_RPC_URL: "localhost:8545" }, /VITE_RPC_URL="localhost:8545" is not valid: expected an http\(s\) URL/],
    [{ VITE_IPFS_GATEWAYS: "ipfs://bafy" }, /VITE_IPFS_GATEWAYS/],
    [{ VITE_EXPLORER_URL: "javascript:alert(1)" }, /VITE_EXPLORER_URL/],
    [{ VITE_INDEXERS: "https://index.example, index.example:7420" }, /VITE_INDEXERS="index.example:7420"/],
    [{ VITE_RELAYERS: "https://relay.example, ftp://relay.example" }, /VITE_RELAYERS="ftp:\/\/relay.example"/],
    [{ VITE_PAYMASTER_URL: "paymaster.example" }, /VITE_PAYMASTER_URL/],
    [{ VITE_PLACE_SUGGESTIONS: "Place du Marché" }, /VITE_PLACE_SUGGESTIONS=.* expected a JSON list/],
    [{ VITE_PLACE_SUGGESTIONS: '[{ "name": "Nowhere", "lat": 91, "lon": 0 }]' }, /VITE_PLACE_SUGGESTIONS/],
    [{ VITE_PLACE_SUGGESTIONS: '[{ "name": "", "lat": 0, "lon": 0 }]' }, /VITE_PLACE_SUGGESTIONS/],
    [{ VITE_IPFS_APIS: "https://ipfs.example/api/v0" }, /VITE_IPFS_APIS="…" is not valid: expected a JSON list/],
    [{ VITE_IPFS_APIS: '[{ "apiUrl": "ipfs://x", "token": "secret" }]' }, /^((?!secret).)*$/],
    [{ VITE_IPFS_WRITE_QUORUM: "2" }, /VITE_IPFS_WRITE_QUORUM="2" is not valid: expected a whole number from 1 to 1/],
    [{ VITE_IPFS_WRITE_QUORUM: "one" }, /VITE_IPFS_WRITE_QUORUM/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => parseAppConfig(env)).toThrow(InvalidAppConfigError);
    expect(() => parseAppConfig(env)).toThrow(message);
  });
});

describe("VITE_MAP_TILES", () => {
  test("takes a .pmtiles path on the app's origin or a URL on a configured gateway, and nothing else", () => {
    expect(parseAppConfig({}).mapTiles).toBeUndefined();
    expect(parseAppConfig({ VITE_MAP_TILES: "/map/aubrelle.pmtiles" }).mapTiles).toBe("/map/aubrelle.pmtiles");
    const onGateway = "http://127.0.0.1:5001/ipfs/bafkreibvtdhg7fs3esa74jrrnqdlgckqyrvmp6hhekprasvhr5lztf3gru";
    expect(parseAppConfig({ VITE_MAP_TILES: onGateway }).mapTiles).toBe(onGateway);
    for (const elsewhere of [
      "https://tiles.example.com/world.pmtiles",
      "//tiles.example.com/world.pmtiles",
      "/map/style.json",
      "map/aubrelle.pmtiles",
    ]) {
      expect(() => parseAppConfig({ VITE_MAP_TILES: elsewhere })).toThrow(InvalidAppConfigError);
    }
  });
});
