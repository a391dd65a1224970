// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { PLACE_STORAGE_KEY } from "./savedPlace.ts";
import type { Place } from "./types.ts";
import { usePlace } from "./usePlace.ts";

const MARKET_SQUARE: Place = { label: "Place du Marché", lat: 47.7172, lon: 2.4431, source: "suggestion" };

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("usePlace", () => {
  test("the place chosen in Find is at once the place the basket measures delivery from", () => {
    const find = renderHook(() => usePlace());
    const basket = renderHook(() => usePlace());
    act(() => find.result.current[1](MARKET_SQUARE));
    expect(basket.result.current[0]).toEqual(MARKET_SQUARE);
    expect(JSON.parse(localStorage.getItem(PLACE_STORAGE_KEY) ?? "null")).toEqual(MARKET_SQUARE);
    act(() => basket.result.current[1](undefined));
    expect(find.result.current[0]).toBeUndefined();
  });

  test("a place chosen in another tab is read when that tab says so", () => {
    const { result } = renderHook(() => usePlace());
    act(() => {
      localStorage.setItem(PLACE_STORAGE_KEY, JSON.stringify(MARKET_SQUARE));
      window.dispatchEvent(new StorageEvent("storage", { key: PLACE_STORAGE_KEY }));
    });
    expect(result.current[0]).toEqual(MARKET_SQUARE);
  });

  test("a stored place Find would not accept (no source) is nobody's place", () => {
    const { label, lat, lon } = MARKET_SQUARE;
    localStorage.setItem(PLACE_STORAGE_KEY, JSON.stringify({ label, lat, lon }));
    expect(renderHook(() => usePlace()).result.current[0]).toBeUndefined();
  });
});
