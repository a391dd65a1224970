import { isValidLatLon, type LatLon } from "@grandrue/sdk";

// Latitude, then longitude: decimal point or comma, separated by a comma, a semicolon, a slash or spaces.
const COORDINATES = /^\s*([+-]?\d{1,2}(?:[.,]\d+)?)\s*(?:[,;/]\s*|\s+)([+-]?\d{1,3}(?:[.,]\d+)?)\s*$/;

const decimal = (text: string) => Number(text.replace(",", "."));

/**
 * Reads coordinates typed by a person: "47.72, 2.46", "47.72 2.46", "47,72 ; 2,46" (latitude first, decimal degrees).
 * At least one of the numbers must have decimals, so a postcode written "75 011" is not read as a point.
 * @returns The point, or undefined when the text is not two such numbers or they are out of range.
 * @example parseCoordinates("47.72, 2.46") // { lat: 47.72, lon: 2.46 }
 * @example parseCoordinates("Aubrelle") // undefined
 */
export function parseCoordinates(text: string): LatLon | undefined {
  const match = COORDINATES.exec(text);
  if (match === null || !/[.,]/.test(`${match[1]}${match[2]}`)) return undefined;
  const point = { lat: decimal(match[1]!), lon: decimal(match[2]!) };
  return isValidLatLon(point) ? point : undefined;
}
