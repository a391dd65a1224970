import { describe, expect, test, vi } from "vitest";
import { BASKET_CHOICES_STORAGE_KEY, BASKET_STORAGE_KEY, createBasketStore } from "./basketStore.ts";

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
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

describe("basket store", () => {
  test("adding the same item twice adds up its quantity, and the basket is saved", () => {
    const storage = memoryStorage();
    const basket = createBasketStore(storage);
    basket.add({ shopId: "3", itemId: "baguette", quantity: 1 });
    basket.add({ shopId: "3", itemId: "baguette", quantity: 2 });
    basket.add({ shopId: "3", itemId: "baguette", variantId: "bio", quantity: 1 });
    expect(basket.getLines()).toEqual([
      { shopId: "3", itemId: "baguette", quantity: 3 },
      { shopId: "3", itemId: "baguette", variantId: "bio", quantity: 1 },
    ]);
    expect(createBasketStore(storage).getLines()).toEqual(basket.getLines());
  });

  test("setting a quantity to zero removes the line; clearing one shop keeps the others", () => {
    const basket = createBasketStore(memoryStorage());
    basket.add({ shopId: "3", itemId: "baguette", quantity: 2 });
    basket.add({ shopId: "5", itemId: "comté", quantity: 1 });
    basket.add({ shopId: "3", itemId: "croissant", quantity: 4 });
    basket.setQuantity({ shopId: "3", itemId: "croissant" }, 0);
    expect(basket.getLines().map((line) => line.itemId)).toEqual(["baguette", "comté"]);
    basket.clear("3");
    expect(basket.getLines()).toEqual([{ shopId: "5", itemId: "comté", quantity: 1 }]);
  });

  test("tells subscribers about every change", () => {
    const basket = createBasketStore(memoryStorage());
    const onChange = vi.fn();
    const unsubscribe = basket.subscribe(onChange);
    basket.add({ shopId: "3", itemId: "baguette", quantity: 1 });
    unsubscribe();
    basket.clear();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("refuses quantities that are not whole positive numbers", () => {
    const basket = createBasketStore(memoryStorage());
    expect(() => basket.add({ shopId: "3", itemId: "baguette", quantity: 0.5 })).toThrow(RangeError);
    expect(() => basket.setQuantity({ shopId: "3", itemId: "baguette" }, -1)).toThrow(RangeError);
  });

  test("ignores damaged saved data instead of failing to start", () => {
    const storage = memoryStorage({
      [BASKET_STORAGE_KEY]: '[{"shopId":"3","itemId":"baguette","quantity":2},{"oops":true},',
    });
    expect(createBasketStore(storage).getLines()).toEqual([]);
    const partly = memoryStorage({
      [BASKET_STORAGE_KEY]: '[{"shopId":"3","itemId":"baguette","quantity":2},{"shopId":1}]',
    });
    expect(createBasketStore(partly).getLines()).toEqual([{ shopId: "3", itemId: "baguette", quantity: 2 }]);
  });

  test("remembers each shop's delivery and payment choice, part by part, across reloads", () => {
    const storage = memoryStorage();
    const basket = createBasketStore(storage);
    basket.choose("3", { delivery: { fulfilment: "carrier", carrier: "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097" } });
    basket.choose("3", { token: "0x0000000000000000000000000000000000000000" });
    basket.choose("5", { delivery: { fulfilment: "pickup" } });
    expect(createBasketStore(storage).getChoices()).toEqual({
      "3": {
        delivery: { fulfilment: "carrier", carrier: "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097" },
        token: "0x0000000000000000000000000000000000000000",
      },
      "5": { delivery: { fulfilment: "pickup" } },
    });
  });

  test("clearing a paid shop forgets its choices too, and refuses choices that make no sense", () => {
    const basket = createBasketStore(memoryStorage());
    basket.add({ shopId: "3", itemId: "baguette", quantity: 1 });
    basket.choose("3", { delivery: { fulfilment: "own-delivery" } });
    basket.clear("3");
    expect(basket.getChoices()).toEqual({});
    expect(() => basket.choose("3", { delivery: { fulfilment: "drone" } as never })).toThrow(RangeError);
  });

  test("ignores damaged saved choices", () => {
    const storage = memoryStorage({
      [BASKET_CHOICES_STORAGE_KEY]: '{"3":{"delivery":{"fulfilment":"carrier"}},"5":{"token":"0x00"}}',
    });
    expect(createBasketStore(storage).getChoices()).toEqual({ "5": { token: "0x00" } });
  });
});
