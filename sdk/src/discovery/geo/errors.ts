/** Thrown when a latitude/longitude pair is not finite or out of range. */
export class InvalidCoordinatesError extends Error {
  override name = "InvalidCoordinatesError";
  readonly lat: number;
  readonly lon: number;

  constructor(lat: number, lon: number) {
    super(
      `Invalid coordinates (lat ${lat}, lon ${lon}): latitude must be within [-90, 90] and longitude within [-180, 180].`,
    );
    this.lat = lat;
    this.lon = lon;
  }
}

/** Thrown when a string is not a geohash (1–12 characters of the geohash base32 alphabet). */
export class InvalidGeohashError extends Error {
  override name = "InvalidGeohashError";
  readonly geohash: string;

  constructor(geohash: string) {
    super(`Invalid geohash "${geohash}": expected 1 to 12 characters from "0123456789bcdefghjkmnpqrstuvwxyz".`);
    this.geohash = geohash;
  }
}

/** Thrown when a distance (radius) is negative or not finite. */
export class InvalidDistanceError extends Error {
  override name = "InvalidDistanceError";
  readonly metres: number;

  constructor(metres: number) {
    super(`Invalid distance ${metres} m: expected a finite number of metres, zero or more.`);
    this.metres = metres;
  }
}
