import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";

/**
 * The order state machine is written once: the README's diagram (Mermaid) must name exactly the edges of the table
 * the invariant tests hold the escrow to (`OrderStateMachine.isEdge`), over exactly the statuses of `OrderStatus`.
 */
const ROOT = new URL("../", import.meta.url);
const read = (path: string) => readFile(new URL(path, ROOT), "utf8");
const [readme, table, types] = await Promise.all([
  read("README.md"),
  read("test/contracts/handlers/OrderStateMachine.sol"),
  read("contracts/types/MarketTypes.sol"),
]);

/** Mermaid's start state; `OrderStatus.None` in Solidity (an order that does not exist yet). */
const START = "None";

function sectionBetween(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from === -1 || to === -1) throw new Error(`no "${start}" … "${end}" section`);
  return text.slice(from + start.length, to);
}

/** `Paid --> Accepted: accept (shop)` lines of the README's `stateDiagram-v2` block, as "from → to". */
function diagramEdges(): string[] {
  const diagram = sectionBetween(readme, "```mermaid\nstateDiagram-v2\n", "```");
  return [...diagram.matchAll(/^\s*(\[\*\]|\w+)\s*-->\s*(\w+)\s*:/gm)].map(
    ([, from, to]) => `${from === "[*]" ? START : from} → ${to}`,
  );
}

/** The `if (from == OrderStatus.X) … to == OrderStatus.Y …` branches of `isEdge`, as "from → to". */
function tableEdges(): string[] {
  const isEdge = sectionBetween(table, "function isEdge", "function isFinal");
  return isEdge
    .split("if (from == OrderStatus.")
    .slice(1)
    .flatMap((branch) => {
      const from = branch.match(/^(\w+)\)/)?.[1];
      if (from === undefined) throw new Error(`unreadable isEdge branch: ${branch.slice(0, 80)}`);
      return [...branch.matchAll(/to == OrderStatus\.(\w+)/g)].map(([, to]) => `${from} → ${to}`);
    });
}

const statuses = sectionBetween(types, "enum OrderStatus {", "}")
  .split(",")
  .map((name) => name.trim())
  .filter((name) => name !== "");

describe("the order state machine is written once", () => {
  test("the README's diagram has exactly the edges the invariant tests allow", () => {
    const fromReadme = diagramEdges();
    expect(fromReadme.length).toBeGreaterThan(10);
    expect(new Set(fromReadme).size, "an edge drawn twice").toBe(fromReadme.length);
    expect([...fromReadme].sort()).toEqual([...tableEdges()].sort());
  });

  test("the diagram names every order status and nothing else", () => {
    const named = new Set(diagramEdges().flatMap((edge) => edge.split(" → ")));
    expect([...named].sort()).toEqual([...statuses].sort());
  });
});
