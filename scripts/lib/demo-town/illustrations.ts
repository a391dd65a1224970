import { type SvgElement, svg } from "./svg.ts";

/** The drawings an item image can show, each made of a few basic shapes in a 100 × 100 box. */
export const ILLUSTRATIONS = [
  "loaf",
  "croissant",
  "tart",
  "sack",
  "bar",
  "jar",
  "bottle",
  "book",
  "map",
  "card",
  "cheese",
  "egg",
  "carrot",
  "meat",
  "sausage",
  "coffee",
  "cup",
  "flower",
  "plant",
  "wreath",
  "wheel",
  "bike",
  "lock",
  "lamp",
  "wrench",
  "thread",
  "key",
  "knife",
  "spade",
  "screw",
  "watering-can",
] as const;

export type Illustration = (typeof ILLUSTRATIONS)[number];

const CRUST = "#c68642";
const DARK = "#5b3a1a";
const METAL = "#8e99a4";
const STEEL = "#5d6d7e";
const WOOD = "#a0522d";
const PAPER = "#fbf6ea";
const LEAF = "#4c9a2a";

const rect = (x: number, y: number, width: number, height: number, fill: string, rx = 0) =>
  svg("rect", { x, y, width, height, rx, fill });
const circle = (cx: number, cy: number, r: number, fill: string) => svg("circle", { cx, cy, r, fill });
const ring = (cx: number, cy: number, r: number, stroke: string, width: number) =>
  svg("circle", { cx, cy, r, fill: "none", stroke, "stroke-width": width });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string) =>
  svg("ellipse", { cx, cy, rx, ry, fill });
const shape = (d: string, fill: string) => svg("path", { d, fill });
const stroke = (d: string, color: string, width: number) =>
  svg("path", { d, fill: "none", stroke: color, "stroke-width": width, "stroke-linecap": "round" });
const polygon = (points: string, fill: string) => svg("polygon", { points, fill });

function spokes(cx: number, cy: number, r: number, count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const angle = (index * Math.PI) / count;
    const dx = Math.round(Math.cos(angle) * r * 10) / 10;
    const dy = Math.round(Math.sin(angle) * r * 10) / 10;
    return `M${cx - dx} ${cy - dy}L${cx + dx} ${cy + dy}`;
  }).join("");
}

/** `element` turned by `angle` degrees around (`cx`, `cy`). */
function turned(element: SvgElement, angle: number, cx: number, cy: number): SvgElement {
  return svg(element.name, { ...element.attributes, transform: `rotate(${angle} ${cx} ${cy})` }, element.children);
}

/** `count` copies of `element` evenly spread around (`cx`, `cy`). */
function around(element: SvgElement, count: number, cx: number, cy: number): SvgElement[] {
  return Array.from({ length: count }, (_, index) => turned(element, (index * 360) / count, cx, cy));
}

const DRAWINGS: Record<Illustration, (background: string) => SvgElement[]> = {
  loaf: () => [ellipse(50, 60, 42, 24, CRUST), stroke("M28 52l10 14M46 48l10 14M64 48l10 14", DARK, 3)],
  croissant: () => [
    turned(ellipse(22, 62, 13, 9, "#b8733a"), 35, 22, 62),
    turned(ellipse(78, 62, 13, 9, "#b8733a"), -35, 78, 62),
    turned(ellipse(34, 52, 15, 13, CRUST), 25, 34, 52),
    turned(ellipse(66, 52, 15, 13, CRUST), -25, 66, 52),
    ellipse(50, 48, 17, 16, "#d4944f"),
  ],
  tart: () => [
    circle(50, 55, 40, CRUST),
    circle(50, 55, 33, "#f3d38a"),
    ...around(ellipse(50, 36, 6, 13, "#e4c15a"), 5, 50, 55),
  ],
  sack: () => [
    shape("M28 30Q20 90 30 90H70Q80 90 72 30Z", "#d8c3a5"),
    rect(34, 22, 32, 10, "#b08d57", 3),
    ...[42, 50, 58].map((x) => circle(x, 66, 3, "#7a5c2e")),
  ],
  bar: () => [
    rect(18, 25, 64, 50, "#5b3a29", 4),
    stroke("M18 42H82M18 58H82M34 25V75M50 25V75M66 25V75", "#3e2518", 2),
  ],
  jar: () => [rect(30, 16, 40, 10, METAL, 2), rect(25, 26, 50, 62, "#f2b134", 9), rect(33, 46, 34, 20, PAPER, 2)],
  bottle: () => [rect(44, 6, 12, 24, "#1e4d2b", 2), rect(33, 28, 34, 66, "#2e6b3f", 8), rect(37, 52, 26, 22, PAPER, 2)],
  book: () => [
    rect(24, 12, 54, 76, "#33415c", 3),
    rect(24, 12, 9, 76, "#22304a"),
    rect(40, 28, 30, 5, PAPER),
    rect(40, 38, 22, 4, PAPER),
  ],
  map: () => [
    polygon("12,24 37,16 63,24 88,16 88,78 63,86 37,78 12,86", "#e9dcb5"),
    stroke("M37 16V78M63 24V86", "#c8b88a", 1.5),
    svg("path", {
      d: "M20 70C35 50 55 70 80 30",
      fill: "none",
      stroke: "#c0392b",
      "stroke-width": 2.5,
      "stroke-dasharray": "4 3",
    }),
  ],
  card: () => [rect(14, 28, 72, 46, "#c0392b", 6), rect(44, 28, 9, 46, "#f5d76e"), rect(14, 46, 72, 9, "#f5d76e")],
  cheese: () => [
    polygon("12,60 86,42 86,76 12,76", "#f4c542"),
    polygon("12,60 58,30 86,42", "#f9dc7a"),
    circle(30, 66, 5, "#e0a526"),
    circle(55, 62, 4, "#e0a526"),
    circle(72, 68, 3, "#e0a526"),
  ],
  egg: () => [
    svg("ellipse", { cx: 38, cy: 56, rx: 18, ry: 24, fill: "#fffaf0", stroke: "#c9b79c", "stroke-width": 2 }),
    ellipse(64, 60, 17, 23, "#d7a86e"),
  ],
  carrot: () => [
    polygon("36,32 64,32 52,94", "#e67e22"),
    stroke("M42 46h10M46 60h8M48 74h5", "#b85c12", 2),
    stroke("M50 32L40 10M50 32V8M50 32L60 10", LEAF, 4),
  ],
  meat: () => [ellipse(50, 55, 40, 28, "#f5cba7"), ellipse(50, 55, 34, 22, "#c0392b"), circle(62, 50, 7, "#fdf2e9")],
  sausage: () => [
    ...[24, 50, 76].map((x) => ellipse(x, 56, 15, 10, "#a04000")),
    stroke("M39 56h-1M65 56h-1", "#f5cba7", 3),
  ],
  coffee: () => [
    turned(ellipse(38, 52, 15, 22, "#6f4e37"), -20, 38, 52),
    turned(ellipse(64, 50, 15, 22, "#7b5a43"), 20, 64, 50),
    stroke("M33 33Q44 52 43 71M60 31Q70 50 68 69", "#3e2723", 2.5),
  ],
  cup: () => [
    shape("M22 40H72L66 80Q64 86 58 86H36Q30 86 28 80Z", "#c9683a"),
    ring(76, 56, 9, "#c9683a", 5),
    stroke("M38 30q4-8 0-16M52 30q4-8 0-16", "#8d6e63", 3),
  ],
  flower: () => [
    stroke("M50 50V94", LEAF, 4),
    turned(ellipse(62, 76, 12, 6, LEAF), -30, 62, 76),
    ...around(ellipse(50, 27, 7, 12, "#e85d75"), 6, 50, 38),
    circle(50, 38, 8, "#f6c445"),
  ],
  plant: () => [
    turned(ellipse(38, 46, 10, 20, LEAF), -30, 38, 46),
    turned(ellipse(62, 46, 10, 20, LEAF), 30, 62, 46),
    ellipse(50, 38, 9, 22, "#5fb33a"),
    polygon("30,60 70,60 65,90 35,90", "#c1664b"),
  ],
  wreath: () => [ring(50, 50, 32, LEAF, 10), ...around(circle(50, 18, 5, "#d98cb3"), 6, 50, 50)],
  wheel: () => [ring(50, 50, 38, "#2d3436", 7), stroke(spokes(50, 50, 34, 6), METAL, 2), circle(50, 50, 6, STEEL)],
  bike: () => [
    ring(26, 64, 17, "#2d3436", 4),
    ring(74, 64, 17, "#2d3436", 4),
    stroke("M26 64L44 38L74 64M44 38H64L74 64M44 38l-4-10M64 38l-3-10", "#c0392b", 4),
  ],
  lock: () => [
    stroke("M36 50V34a14 14 0 0 1 28 0V50", METAL, 8),
    rect(26, 48, 48, 38, "#f1c40f", 5),
    circle(50, 64, 5, DARK),
  ],
  lamp: () => [circle(50, 40, 24, "#f9e79f"), rect(41, 62, 18, 16, METAL, 2), stroke("M41 68h18M41 73h18", STEEL, 2)],
  wrench: (background) => [
    svg("g", { transform: "rotate(45 50 50)" }, [
      rect(44, 32, 12, 60, STEEL, 5),
      circle(50, 24, 17, STEEL),
      rect(44, 4, 12, 20, background),
    ]),
  ],
  thread: () => [
    rect(28, 18, 44, 9, WOOD, 2),
    rect(28, 73, 44, 9, WOOD, 2),
    rect(34, 27, 32, 46, "#c0392b"),
    stroke("M34 36h32M34 46h32M34 56h32M34 66h32", "#922b21", 1.5),
  ],
  key: () => [
    ring(28, 50, 14, "#d4a017", 7),
    rect(41, 46, 46, 8, "#d4a017", 2),
    rect(70, 54, 6, 10, "#d4a017"),
    rect(80, 54, 6, 14, "#d4a017"),
  ],
  knife: () => [
    shape("M10 58L68 42V58Z", "#bdc3c7"),
    rect(66, 42, 26, 16, WOOD, 4),
    ...[74, 84].map((x) => circle(x, 50, 2, PAPER)),
  ],
  spade: () => [stroke("M50 10V58M40 10H60", WOOD, 6), shape("M34 56H66V74Q66 90 50 94Q34 90 34 74Z", METAL)],
  screw: () => [
    ellipse(50, 20, 20, 8, METAL),
    polygon("42,24 58,24 54,84 50,92 46,84", STEEL),
    stroke("M42 36l16 6M43 48l14 6M44 60l12 6M45 72l10 6", METAL, 2),
  ],
  "watering-can": () => [
    rect(24, 42, 42, 42, "#7f8c8d", 5),
    stroke("M66 66L88 36", "#7f8c8d", 6),
    circle(88, 34, 6, "#95a5a6"),
    stroke("M30 42Q45 16 60 42", "#7f8c8d", 5),
  ],
};

/**
 * The shapes of an illustration, in a 100 × 100 box. `background` is the colour behind it, which some drawings use
 * to cut shapes out (the open jaw of a wrench).
 */
export function drawIllustration(illustration: Illustration, background: string): SvgElement[] {
  return DRAWINGS[illustration](background);
}
