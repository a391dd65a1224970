/** One item in the basket. Ids are the catalog's stable ids; prices are read from the catalog at checkout. */
export type BasketLine = { shopId: string; itemId: string; variantId?: string; quantity: number };

/** How one shop's order reaches the shopper: at the counter, by the shop itself, or by one of its carriers. */
export type DeliveryChoice =
  | { fulfilment: "pickup" }
  | { fulfilment: "own-delivery" }
  | { fulfilment: "carrier"; carrier: string };

/** What the shopper chose for one shop's order; missing parts fall back to the shop's first possible option. */
export type BasketChoice = {
  delivery?: DeliveryChoice /** The payment token (zero address for the native currency). */;
  token?: string;
};

export type BasketStore = {
  getLines(): readonly BasketLine[];
  /** The choices made per shop id; a new object after every change. */
  getChoices(): Readonly<Record<string, BasketChoice>>;
  subscribe(onChange: () => void): () => void;
  /** Adds `quantity` of an item (merging with the same item and variant). */
  add(line: BasketLine): void;
  /** Sets the quantity of a line; 0 removes it. */
  setQuantity(line: Omit<BasketLine, "quantity">, quantity: number): void;
  /** Records part of a shop's choice (delivery or payment), keeping the other part. */
  choose(shopId: string, choice: BasketChoice): void;
  /** Empties the basket, or only one shop's lines and choices (after that shop's order is paid). */
  clear(shopId?: string): void;
};

/** Where the basket is kept: this browser only, never sent anywhere. */
export const BASKET_STORAGE_KEY = "grandrue.basket";
/** Where each shop's delivery and payment choices are kept, next to the basket. */
export const BASKET_CHOICES_STORAGE_KEY = "grandrue.basket.choices";

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

function isDeliveryChoice(value: unknown): value is DeliveryChoice {
  const choice = value as { fulfilment?: unknown; carrier?: unknown } | null;
  if (choice?.fulfilment === "pickup" || choice?.fulfilment === "own-delivery") return true;
  return choice?.fulfilment === "carrier" && typeof choice.carrier === "string";
}

function isBasketChoice(value: unknown): value is BasketChoice {
  const choice = value as BasketChoice | null;
  return (
    typeof choice === "object" &&
    choice !== null &&
    (choice.delivery === undefined || isDeliveryChoice(choice.delivery)) &&
    (choice.token === undefined || typeof choice.token === "string")
  );
}

function readJson(storage: Storage | undefined, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

function readLines(storage: Storage | undefined): BasketLine[] {
  const parsed = readJson(storage, BASKET_STORAGE_KEY);
  return Array.isArray(parsed) ? parsed.filter(isBasketLine) : [];
}

function readChoices(storage: Storage | undefined): Record<string, BasketChoice> {
  const parsed = readJson(storage, BASKET_CHOICES_STORAGE_KEY);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, choice]) => isBasketChoice(choice))) as Record<
    string,
    BasketChoice
  >;
}

function save(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the basket lasts for this visit.
  }
}

/**
 * The shopper's basket and per-shop choices, kept in `storage` (localStorage in the app) and shared between tabs.
 * @example const basket = createBasketStore(localStorage); basket.add({ shopId: "3", itemId: "baguette", quantity: 2 })
 */
export function createBasketStore(storage: Storage | undefined): BasketStore {
  let lines: readonly BasketLine[] = readLines(storage);
  let choices: Readonly<Record<string, BasketChoice>> = readChoices(storage);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const commit = (next: { lines?: BasketLine[]; choices?: Record<string, BasketChoice> }) => {
    if (next.lines !== undefined) {
      lines = next.lines;
      save(storage, BASKET_STORAGE_KEY, next.lines);
    }
    if (next.choices !== undefined) {
      choices = next.choices;
      save(storage, BASKET_CHOICES_STORAGE_KEY, next.choices);
    }
    notify();
  };
  if (typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key === BASKET_STORAGE_KEY) lines = readLines(storage);
      else if (event.key === BASKET_CHOICES_STORAGE_KEY) choices = readChoices(storage);
      else return;
      notify();
    });
  }
  const withoutShop = (shopId: string) => Object.fromEntries(Object.entries(choices).filter(([id]) => id !== shopId));
  return {
    getLines: () => lines,
    getChoices: () => choices,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    add(line) {
      if (!isBasketLine(line)) throw new RangeError(`Cannot add ${JSON.stringify(line)} to the basket`);
      const existing = lines.find((candidate) => sameLine(candidate, line));
      if (existing === undefined) commit({ lines: [...lines, line] });
      else
        commit({
          lines: lines.map((candidate) =>
            candidate === existing ? { ...candidate, quantity: candidate.quantity + line.quantity } : candidate,
          ),
        });
    },
    setQuantity(line, quantity) {
      if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`${quantity} is not a quantity`);
      const others = lines.filter((candidate) => !sameLine(candidate, line));
      commit({
        lines:
          quantity > 0
            ? lines.map((candidate) => (sameLine(candidate, line) ? { ...candidate, quantity } : candidate))
            : others,
      });
    },
    choose(shopId, choice) {
      if (!isBasketChoice(choice))
        throw new RangeError(`${JSON.stringify(choice)} is not a delivery or payment choice`);
      commit({ choices: { ...choices, [shopId]: { ...choices[shopId], ...choice } } });
    },
    clear(shopId) {
      if (shopId === undefined) commit({ lines: [], choices: {} });
      else commit({ lines: lines.filter((line) => line.shopId !== shopId), choices: withoutShop(shopId) });
    },
  };
}
