import { drawIllustration } from "./illustrations.ts";
import { type SvgElement, serializeSvg, svg } from "./svg.ts";
import type { DemoCatalogItem, DemoShop } from "./types.ts";

/** An image made by code, ready to publish on IPFS. */
export type GeneratedImage = { bytes: Uint8Array; contentType: "image/svg+xml" };

/** Every generated image stays under this size. */
export const MAX_GENERATED_IMAGE_BYTES = 4096;

type LogoShape = "circle" | "rounded-square" | "hexagon" | "shield" | "barn";
type LogoStyle = { shape: LogoShape; color: string };

/** Shape and colour of a shop's logo by its first category that has one; other shops get a circle. */
const LOGO_STYLES: Readonly<Record<string, LogoStyle>> = {
  bakery: { shape: "circle", color: "#a0522d" },
  "organic-grocery": { shape: "rounded-square", color: "#4e7d2f" },
  bookshop: { shape: "shield", color: "#2f4b7c" },
  cheese: { shape: "rounded-square", color: "#b7791f" },
  wine: { shape: "circle", color: "#7b1e3a" },
  "repair-cafe": { shape: "hexagon", color: "#c0561b" },
  "bike-shop": { shape: "circle", color: "#1f7a8c" },
  florist: { shape: "rounded-square", color: "#b0306a" },
  butcher: { shape: "shield", color: "#a93226" },
  hardware: { shape: "hexagon", color: "#4d5d6e" },
  "coffee-roaster": { shape: "circle", color: "#6f4e37" },
  "farm-producer": { shape: "barn", color: "#667f24" },
};

const DEFAULT_LOGO_STYLE: LogoStyle = { shape: "circle", color: "#555f6d" };
const ITEM_BACKGROUNDS = ["#fdf0d5", "#e8f1e4", "#e3eef7", "#f7e6ea", "#efe8f6", "#fbeadb", "#e6f4f1", "#f4f1e1"];
const TEXT_COLOR = "#2d3436";
const FONT = "Helvetica, Arial, sans-serif";
const TITLE_LINE_LENGTH = 26;
const NAME_STOP_WORDS = new Set(["l", "la", "le", "les", "d", "de", "des", "du", "au", "aux", "et", "sur"]);

/**
 * A shop's logo: its initials on a coloured shape chosen by its category. Deterministic and under 4 KB.
 * @example shopLogo({ name: "Le Fournil de la Halle", categories: ["bakery"] }) // "FH" on a brown circle
 */
export function shopLogo(shop: Pick<DemoShop, "name" | "categories">): GeneratedImage {
  const style =
    shop.categories.map((category) => LOGO_STYLES[category]).find((found) => found !== undefined) ?? DEFAULT_LOGO_STYLE;
  const initials = svg(
    "text",
    {
      x: 60,
      y: 76,
      "text-anchor": "middle",
      "font-family": FONT,
      "font-size": 44,
      "font-weight": "bold",
      fill: "#ffffff",
    },
    [initialsOf(shop.name)],
  );
  return toImage(
    svg("svg", { viewBox: "0 0 120 120", width: 120, height: 120 }, [
      svg("title", {}, [shop.name]),
      logoShape(style),
      initials,
    ]),
  );
}

/**
 * An item's picture: its illustration on a soft background with its title underneath. Deterministic and under 4 KB.
 * @example itemImage({ title: "Pain au levain", illustration: "loaf" })
 */
export function itemImage(item: Pick<DemoCatalogItem, "title" | "illustration">): GeneratedImage {
  const background = ITEM_BACKGROUNDS[hash(item.title) % ITEM_BACKGROUNDS.length] ?? "#ffffff";
  const lines = wrapTitle(item.title).map((line, index) =>
    svg(
      "text",
      { x: 120, y: 134 + index * 20, "text-anchor": "middle", "font-family": FONT, "font-size": 15, fill: TEXT_COLOR },
      [line],
    ),
  );
  return toImage(
    svg("svg", { viewBox: "0 0 240 180", width: 240, height: 180 }, [
      svg("title", {}, [item.title]),
      svg("rect", { width: 240, height: 180, rx: 12, fill: background }),
      svg("g", { transform: "translate(75 8) scale(0.9)" }, drawIllustration(item.illustration, background)),
      ...lines,
    ]),
  );
}

/**
 * The first letters of the first two meaningful words of a name, upper-cased.
 * @example initialsOf("Le Fournil de la Halle") // "FH"
 */
export function initialsOf(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "" && !NAME_STOP_WORDS.has(word.toLowerCase()));
  return words
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? "")
    .join("");
}

function logoShape({ shape, color }: LogoStyle): SvgElement {
  switch (shape) {
    case "circle":
      return svg("circle", { cx: 60, cy: 60, r: 56, fill: color });
    case "rounded-square":
      return svg("rect", { x: 6, y: 6, width: 108, height: 108, rx: 22, fill: color });
    case "hexagon":
      return svg("polygon", { points: "60,4 109,32 109,88 60,116 11,88 11,32", fill: color });
    case "shield":
      return svg("path", { d: "M10 8H110V62Q110 100 60 116Q10 100 10 62Z", fill: color });
    case "barn":
      return svg("polygon", { points: "60,4 114,40 114,116 6,116 6,40", fill: color });
  }
}

/** Up to two lines of about {@link TITLE_LINE_LENGTH} characters, the second ending with "…" when cut. */
function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of title.split(/\s+/)) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (candidate.length <= TITLE_LINE_LENGTH || current === "") {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  lines.push(current);
  if (lines.length <= 2) return lines.map((line) => shorten(line, TITLE_LINE_LENGTH));
  return [shorten(lines[0] ?? "", TITLE_LINE_LENGTH), shorten(lines.slice(1).join(" "), TITLE_LINE_LENGTH)];
}

function shorten(line: string, length: number): string {
  const characters = [...line];
  return characters.length <= length
    ? line
    : `${characters
        .slice(0, length - 1)
        .join("")
        .trimEnd()}…`;
}

/** FNV-1a over the UTF-16 code units: a stable, well-spread choice of colour for a text. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return value;
}

/** Thrown if a generated image would exceed {@link MAX_GENERATED_IMAGE_BYTES}. */
export class GeneratedImageTooLargeError extends Error {
  override name = "GeneratedImageTooLargeError";
}

function toImage(root: SvgElement): GeneratedImage {
  const bytes = new TextEncoder().encode(serializeSvg(root));
  if (bytes.length > MAX_GENERATED_IMAGE_BYTES) {
    throw new GeneratedImageTooLargeError(`The SVG is ${bytes.length} bytes, over ${MAX_GENERATED_IMAGE_BYTES}`);
  }
  return { bytes, contentType: "image/svg+xml" };
}
