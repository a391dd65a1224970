import { InvalidDeploymentError, parseDeployment, serviceDeployment } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

const address = (last: string) => `0x${"0".repeat(39)}${last}`;
const protocol = {
  ShopRegistry: { address: address("1"), blockNumber: 1 },
  DeliveryAttestations: { address: address("2"), blockNumber: 2 },
  Escrow: { address: address("3"), blockNumber: 3 },
  Reviews: { address: address("4"), blockNumber: 4 },
  MediatorArbitrator: { address: address("5"), blockNumber: 5 },
};

describe("parseDeployment", () => {
  test("reads a protocol deployment without services or local currency", () => {
    const deployment = parseDeployment({ chainId: 10, contracts: protocol });
    expect(deployment.services).toBeUndefined();
    expect(deployment.contracts.LocalCurrency).toBeUndefined();
    expect(deployment.contracts.PasskeyAccountFactory).toBeUndefined();
    expect(deployment.contracts.Escrow).toEqual({
      address: "0x0000000000000000000000000000000000000003",
      blockNumber: 3,
    });
  });

  test("reads the passkey account factory where the record lists it", () => {
    const factory = { address: address("6"), blockNumber: 6 };
    const deployment = parseDeployment({ chainId: 10, contracts: { ...protocol, PasskeyAccountFactory: factory } });
    expect(deployment.contracts.PasskeyAccountFactory).toEqual({ address: address("6"), blockNumber: 6 });
  });

  test("reads the services recorded beside the protocol, in checksum form", () => {
    const loyalty = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    const deployment = parseDeployment({
      chainId: 10,
      contracts: protocol,
      services: { LoyaltyStamps: { address: loyalty, blockNumber: 9 } },
    });
    expect(deployment.services).toEqual({
      LoyaltyStamps: { address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", blockNumber: 9 },
    });
  });

  test("reads the development EURC recorded under tokens, and rejects a malformed one with its path", () => {
    const eurc = "0x09db0a93b389bef724429898f539aeb7ac2dd55f";
    const deployment = parseDeployment({
      chainId: 31337,
      contracts: protocol,
      tokens: { EURC: { address: eurc, blockNumber: 7 } },
    });
    expect(deployment.tokens?.EURC).toEqual({ address: "0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f", blockNumber: 7 });
    expect(parseDeployment(JSON.parse(JSON.stringify(deployment)))).toEqual(deployment);
    expect(() => parseDeployment({ chainId: 1, contracts: protocol, tokens: { EURC: { address: "0x12" } } })).toThrow(
      "tokens.EURC.address is missing or not an address",
    );
    expect(() => parseDeployment({ chainId: 1, contracts: protocol, tokens: "EURC" })).toThrow(
      "tokens is not an object",
    );
  });

  test("keeps the services it does not know as the file lists them, for whoever deployed them", () => {
    const notifier = { address: address("a"), blockNumber: 12, webhook: "https://example.org/hook" };
    const insurance = ["not", "an", "address"];
    const services = {
      GuaranteeBonds: { address: address("b"), blockNumber: 11 },
      OrderNotifier: notifier,
      Insurance: insurance,
    };
    const deployment = parseDeployment({ chainId: 10, contracts: protocol, services });
    expect(deployment.services?.GuaranteeBonds).toEqual({
      address: "0x000000000000000000000000000000000000000b",
      blockNumber: 11,
    });
    expect(deployment.services?.OrderNotifier).toEqual(notifier);
    expect(deployment.services?.Insurance).toEqual(insurance);
    expect(parseDeployment(JSON.parse(JSON.stringify(deployment)))).toEqual(deployment);
  });

  test("serviceDeployment reads any listed service recorded as an address and a block", () => {
    const deployment = parseDeployment({
      chainId: 10,
      contracts: protocol,
      services: {
        LoyaltyStamps: { address: address("c"), blockNumber: 8 },
        OrderNotifier: { address: address("a"), blockNumber: 12 },
        Odd: "x",
      },
    });
    expect(serviceDeployment(deployment, "OrderNotifier")).toEqual({
      address: "0x000000000000000000000000000000000000000A",
      blockNumber: 12,
    });
    expect(serviceDeployment(deployment, "LoyaltyStamps")).toEqual({
      address: "0x000000000000000000000000000000000000000C",
      blockNumber: 8,
    });
    expect(serviceDeployment(deployment, "Lottery")).toBeUndefined();
    expect(() => serviceDeployment(deployment, "Odd")).toThrow("services.Odd.address is missing or not an address");
  });

  test.each([
    ["a missing protocol contract", { chainId: 1, contracts: { ...protocol, Escrow: undefined } }, "Escrow is missing"],
    [
      "an address that is not one",
      { chainId: 1, contracts: { ...protocol, Reviews: { address: "0x12", blockNumber: 1 } } },
      "Reviews.address",
    ],
    [
      "a known service with a malformed entry",
      { chainId: 1, contracts: protocol, services: { LoyaltyStamps: "soon" } },
      "services.LoyaltyStamps.address",
    ],
    [
      "a service without its block",
      { chainId: 1, contracts: protocol, services: { GuaranteeBonds: { address: address("9") } } },
      "services.GuaranteeBonds.blockNumber",
    ],
    [
      "services that are not an object",
      { chainId: 1, contracts: protocol, services: "all" },
      "services is not an object",
    ],
  ])("rejects %s", (_case, record, message) => {
    expect(() => parseDeployment(record)).toThrow(InvalidDeploymentError);
    expect(() => parseDeployment(record)).toThrow(message);
  });
});
