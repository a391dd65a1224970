import { describe, expect, test } from "vitest";
import { findDeployment } from "./deploymentRecords.ts";

const contracts = {
  ShopRegistry: { address: "0x5fbdb2315678afecb367f032d93f642f64180aa3", blockNumber: 1 },
  DeliveryAttestations: { address: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512", blockNumber: 2 },
  Escrow: { address: "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0", blockNumber: 3 },
  Reviews: { address: "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9", blockNumber: 4 },
  MediatorArbitrator: { address: "0xdc64a140aa3e981100a9beca4e685f962f0cf6c9", blockNumber: 5 },
};

describe("findDeployment", () => {
  test("picks the record of the configured chain and checksums its addresses", () => {
    const lookup = findDeployment(
      [
        { chainId: 100, contracts },
        { chainId: 31337, contracts },
      ],
      31337,
    );
    expect(lookup.status).toBe("found");
    if (lookup.status === "found")
      expect(lookup.deployment.contracts.Escrow.address).toBe("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
  });

  test("says which chains it knows when the configured one has no record", () => {
    expect(findDeployment([{ chainId: 100, contracts }], 31337)).toEqual({
      status: "missing",
      chainId: 31337,
      availableChainIds: [100],
    });
    expect(findDeployment([], 31337)).toEqual({ status: "missing", chainId: 31337, availableChainIds: [] });
  });

  test("reports a damaged record instead of running against wrong addresses", () => {
    const lookup = findDeployment([{ chainId: 31337, contracts: { ...contracts, Escrow: { blockNumber: 3 } } }], 31337);
    expect(lookup).toMatchObject({ status: "invalid", chainId: 31337 });
    if (lookup.status === "invalid") expect(lookup.reason).toContain("Escrow.address");
  });
});
