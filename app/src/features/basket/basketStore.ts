/** One item in the basket. Ids are the catalog's stable ids; prices are read from the catalog at checkout. */
export type BasketLine = { shopId: string; itemId: string; variantId?: string; quantity: number };

export type BasketStore = {
  getLines(): readonly BasketLine[];
  subscribe(onChange: () => void): () => void;
  /** Adds `quantity` of an item (merging with the same item and variant). */
  add(line: BasketLine): void;
  /** Sets the quantity of a line; 0 removes it. */
  setQuantity(line: Omit<BasketLine, "quantity">, quantity: number): void;
  /** Empties the basket, or only one shop's lines (after that shop's order is paid). */
  clear(shopId?: string): void;
};

/** Where the basket is kept: this browser only, never sent anywhere. */
export const BASKET_STORAGE_KEY = "grandrue.basket";

const sameLine = (a: Omit<BasketLine, "quantity">, b: Omit<BasketLine, "quantity">) =>
  a.shopId === b.shopId && a.itemId === b.itemId && a.variantId === b.variantId;

function isBasketLine(value: unknown): value is BasketLine {
  const line = value as Partial<BasketLine> | null;
  return (
    typeof line?.shopId === "string" &&
    typeof line.itemId === "string" &&
    (line.variantId === undefined || typeof line.variantId === "string") &&
    Number.isSafeInteger(line.quantity) &&
    (line.quantity ?? 0) > 0
  );
}

function readLines(storage: Storage | undefined): BasketLine[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(BASKET_STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isBasketLine) : [];
  } catch {
    return [];
  }
}

/**
 * The shopper's basket, kept in `storage` (localStorage in the app) and shared between tabs.
 * @example const basket = createBasketStore(localStorage); basket.add({ shopId: "3", itemId: "baguette", quantity: 2 })
 */
export function createBasketStore(storage: Storage | undefined): BasketStore {
  let lines: readonly BasketLine[] = readLines(storage);
  const listeners = new Set<() => void>();
  const commit = (next: BasketLine[]) => {
    lines = next;
    try {
      storage?.setItem(BASKET_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the basket lasts for this visit.
    }
    for (const listener of listeners) listener();
  };
  if (typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key !== BASKET_STORAGE_KEY) return;
      lines = readLines(storage);
      for (const listener of listeners) listener();
    });
  }
  return {
    getLines: () => lines,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    add(line) {
      if (!isBasketLine(line)) throw new RangeError(`Cannot add ${JSON.stringify(line)} to the basket`);
      const existing = lines.find((candidate) => sameLine(candidate, line));
      if (existing === undefined) commit([...lines, line]);
      else commit(lines.map((candidate) => (candidate === existing ? { ...candidate, quantity: candidate.quantity + line.quantity } : candidate)));
    },
    setQuantity(line, quantity) {
      if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`${quantity} is not a quantity`);
      const others = lines.filter((candidate) => !sameLine(candidate, line));
      commit(quantity > 0 ? lines.map((candidate) => (sameLine(candidate, line) ? { ...candidate, quantity } : candidate)) : others);
    },
    clear(shopId) {
      commit(shopId === undefined ? [] : lines.filter((line) => line.shopId !== shopId));
    },
  };
}
