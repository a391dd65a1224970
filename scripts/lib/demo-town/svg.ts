/** Attribute values of an SVG element; numbers are written with at most two decimals. */
export type SvgAttributes = Readonly<Record<string, string | number>>;

/** An SVG element whose string children are text, escaped when serialised: the output is always well-formed XML. */
export type SvgElement = {
  readonly name: string;
  readonly attributes: SvgAttributes;
  readonly children: readonly (SvgElement | string)[];
};

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const NAME = /^[a-z][a-zA-Z0-9-]*$/;
/** Names that could run code or load content: event handlers, links and embedding elements. Demo images need none. */
const FORBIDDEN_NAME = /^(?:on|href$|script$|foreignObject$|image$|use$)/i;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Thrown when code builds an element or attribute name that is not a plain, inert SVG name. */
export class InvalidSvgNameError extends Error {
  override name = "InvalidSvgNameError";
}

/**
 * An SVG element. Names are checked, so neither a name nor a value can break out of the markup, and nothing that
 * runs a script or loads a resource (event handlers, links, `<script>`, `<image>`, `<use>`) can be built.
 * @example svg("circle", { cx: 50, cy: 50, r: 10, fill: "#c68642" })
 */
export function svg(
  name: string,
  attributes: SvgAttributes = {},
  children: readonly (SvgElement | string)[] = [],
): SvgElement {
  for (const checked of [name, ...Object.keys(attributes)]) {
    if (!NAME.test(checked) || FORBIDDEN_NAME.test(checked)) {
      throw new InvalidSvgNameError(`"${checked}" is not a plain, inert SVG element or attribute name`);
    }
  }
  return { name, attributes, children };
}

/**
 * A standalone SVG document (`xmlns` set on the root), compact and deterministic.
 * @example serializeSvg(svg("svg", { viewBox: "0 0 10 10" }, [svg("title", {}, ["Pain & levain"])]))
 */
export function serializeSvg(root: SvgElement): string {
  return serialize({ ...root, attributes: { xmlns: SVG_NAMESPACE, ...root.attributes } });
}

/** Escapes the five XML special characters, so any text is safe as character data or in an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

function serialize(element: SvgElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === "number" ? formatNumber(value) : value)}"`)
    .join("");
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const content = element.children
    .map((child) => (typeof child === "string" ? escapeXml(child) : serialize(child)))
    .join("");
  return `<${element.name}${attributes}>${content}</${element.name}>`;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
