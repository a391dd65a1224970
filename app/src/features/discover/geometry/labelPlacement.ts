/** Where a text goes in the distance view: its baseline point and which end of the text sits there. */
export type LabelPosition = { x: number; y: number; anchor: "start" | "middle" | "end"; text: string };

/** A rectangle of the view something already occupies: a dot, a name, a ring's distance. */
export type Box = { left: number; right: number; top: number; bottom: number };

/** Width of a label, estimated from its length (the SVG is laid out before the browser measures text). */
const CHARACTER_WIDTH = 6.6;
const LABEL_HEIGHT = 14;
const MAX_LABEL_CHARACTERS = 24;
/** Room kept for a ring's distance ("500 m", "10 km"). */
const RING_LABEL_CHARACTERS = 6;

/** A shop name cut to fit beside a dot: "Librairie Les Mots Pass…". */
function shortName(name: string): string {
  return name.length <= MAX_LABEL_CHARACTERS ? name : `${name.slice(0, MAX_LABEL_CHARACTERS - 1).trimEnd()}…`;
}

/** The rectangle a label covers, from its estimated width. */
export function labelBox({ x, y, anchor, text }: LabelPosition): Box {
  const width = text.length * CHARACTER_WIDTH;
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { left, right: left + width, top: y - LABEL_HEIGHT + 3, bottom: y + 3 };
}

/** True when two rectangles share some area (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The first place around the dot where its name — whole, else shortened — fits inside the view without covering another name or dot. */
export function placeLabel(
  dot: { x: number; y: number; name: string },
  taken: Box[],
  size: number,
  dotRadius: number,
): LabelPosition | undefined {
  const gap = dotRadius + 4;
  const texts = [...new Set([dot.name, shortName(dot.name)])];
  const candidates = texts.flatMap((text): LabelPosition[] => [
    { x: dot.x + gap, y: dot.y + 4, anchor: "start", text },
    { x: dot.x - gap, y: dot.y + 4, anchor: "end", text },
    { x: dot.x, y: dot.y - gap - 1, anchor: "middle", text },
    { x: dot.x, y: dot.y + gap + LABEL_HEIGHT - 2, anchor: "middle", text },
  ]);
  return candidates.find((candidate) => {
    const box = labelBox(candidate);
    const isInside = box.left >= 2 && box.right <= size - 2 && box.top >= 2 && box.bottom <= size - 2;
    return isInside && !taken.some((other) => overlaps(box, other));
  });
}

/** Where a ring's distance may be written, in order of preference: above its top, then inside it at the bottom, left and right. */
export function ringLabelCandidates(centre: number, radius: number): LabelPosition[] {
  const text = "x".repeat(RING_LABEL_CHARACTERS);
  return [
    { x: centre + 3, y: centre - radius - 3, anchor: "start", text },
    { x: centre + 3, y: centre + radius - 4, anchor: "start", text },
    { x: centre - radius + 4, y: centre + 4, anchor: "start", text },
    { x: centre + radius - 4, y: centre + 4, anchor: "end", text },
  ];
}
