import { describe, expect, test } from "vitest";
import { deliveryCodeStorageKey, rememberDeliveryCode, rememberedDeliveryCode } from "./storedDeliveryCodes.ts";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("stored delivery codes", () => {
  test("are kept per chain and order, formatted in groups of four", () => {
    const storage = memoryStorage();
    rememberDeliveryCode(storage, 31337, 7n, "7k3mq9txb2rcw5hn");
    expect(rememberedDeliveryCode(storage, 31337, 7n)).toBe("7K3M-Q9TX-B2RC-W5HN");
    expect(rememberedDeliveryCode(storage, 1, 7n)).toBeUndefined();
  });

  test("a damaged stored code is ignored rather than shown", () => {
    const storage = memoryStorage();
    storage.setItem(deliveryCodeStorageKey(31337, 7n), "not a code");
    expect(rememberedDeliveryCode(storage, 31337, 7n)).toBeUndefined();
  });
});
