import { describe, expect, test } from "vitest";
import { PLACE_STORAGE_KEY, readSavedPlace, savePlace } from "./savedPlace.ts";

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe("the remembered place", () => {
  test("is kept in storage and read back", () => {
    const storage = memoryStorage();
    savePlace(storage, { label: "Aubrelle-sur-Loire", lat: 47.717, lon: 2.443, source: "town" });
    expect(readSavedPlace(storage)).toEqual({ label: "Aubrelle-sur-Loire", lat: 47.717, lon: 2.443, source: "town" });
    savePlace(storage, undefined);
    expect(readSavedPlace(storage)).toBeUndefined();
  });

  test("anything unreadable or out of range is forgotten rather than trusted", () => {
    const storage = memoryStorage();
    for (const stored of [
      "{not json",
      JSON.stringify({ label: "x", lat: 123, lon: 2, source: "town" }),
      JSON.stringify({ label: "x", lat: 1, lon: 2, source: "gps" }),
    ]) {
      storage.setItem(PLACE_STORAGE_KEY, stored);
      expect(readSavedPlace(storage)).toBeUndefined();
    }
  });
});
