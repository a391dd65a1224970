import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";

// Hardhat cannot download compilers here: use the exactly pinned npm `solc`.
const require = createRequire(import.meta.url);
const solc = {
  version: require("solc/package.json").version as string,
  path: require.resolve("solc/soljson.js"),
};

// Hardhat 3.17 supports only the default test profile: `GRANDRUE_TESTS=thorough` (set by `npm test`)
// raises fuzz and invariant runs to the CI figures; a quick edit loop uses the small ones.
const thorough = process.env.GRANDRUE_TESTS === "thorough";

// What Hardhat asks solc for, minus the opcode listings nothing here reads: the instrumented coverage build of the
// whole suite is one solc-js job, and with the opcodes its output JSON outgrows solc-js's memory ("Error writing
// output JSON").
const outputSelection = {
  "*": {
    "": ["ast"],
    "*": [
      "abi",
      "evm.bytecode.linkReferences",
      "evm.bytecode.object",
      "evm.bytecode.sourceMap",
      "evm.deployedBytecode.immutableReferences",
      "evm.deployedBytecode.linkReferences",
      "evm.deployedBytecode.object",
      "evm.deployedBytecode.sourceMap",
      "evm.methodIdentifiers",
    ],
  },
};
const settings = { optimizer: { enabled: true, runs: 10_000 }, viaIR: true, evmVersion: "cancun", outputSelection };

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    profiles: {
      default: { ...solc, settings },
      production: { ...solc, settings },
    },
  },
  paths: { tests: { solidity: "test/contracts" } },
  test: {
    solidity: {
      fuzz: { runs: thorough ? 5_000 : 256 },
      invariant: { runs: thorough ? 256 : 32, depth: thorough ? 128 : 32, failOnRevert: false },
    },
  },
  networks: {
    // A node on this machine: `hardhat node --hostname 127.0.0.1`, anvil, or `npm run dev`'s chain.
    localhost: { type: "http", chainType: "l1", url: process.env.GRANDRUE_LOCAL_RPC_URL ?? "http://127.0.0.1:8545" },
    remote: {
      type: "http",
      chainType: "l1",
      url: configVariable("GRANDRUE_RPC_URL"),
      accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
    },
  },
});
