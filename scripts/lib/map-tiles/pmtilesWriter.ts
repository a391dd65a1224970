import { gzipSync } from "node:zlib";
import { Compression, TileType, zxyToTileId } from "pmtiles";

/** One tile of the archive: its address and its bytes (already compressed as the header says). */
export type ArchiveTile = { z: number; x: number; y: number; data: Uint8Array };

export type ArchiveHeader = {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: { lon: number; lat: number; zoom: number };
  /** Tiles are gzip-compressed Mapbox Vector Tiles. */
  tileCompression: "gzip";
};

const HEADER_BYTES = 127;
/** A PMTiles reader fetches the first 16 KiB: the header and the root directory must fit in it. */
const MAX_ROOT_DIRECTORY_BYTES = 16_384 - HEADER_BYTES;

function varints(values: readonly number[]): number[] {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  return bytes;
}

type Entry = { tileId: number; offset: number; length: number };

/** The PMTiles v3 directory: count, tile id deltas, run lengths, lengths, offsets (0 = right after the previous). */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const ids = entries.map((entry, index) => entry.tileId - (index === 0 ? 0 : entries[index - 1]!.tileId));
  const offsets = entries.map((entry, index) => {
    const previous = entries[index - 1];
    return previous !== undefined && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1;
  });
  return Uint8Array.from([
    ...varints([entries.length]),
    ...varints(ids),
    ...varints(entries.map(() => 1)),
    ...varints(entries.map((entry) => entry.length)),
    ...varints(offsets),
  ]);
}

/**
 * A PMTiles v3 archive (one root directory, gzip-compressed directory and metadata) of `tiles`, for archives small
 * enough that their root directory holds every tile — a town, not a country (that is what planetiler is for).
 * @throws Error when the directory would not fit in the first 16 KiB.
 */
export function writePmtiles(tiles: readonly ArchiveTile[], header: ArchiveHeader, metadata: object): Uint8Array {
  const sorted = tiles
    .map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((tile) => {
    const entry = { tileId: tile.tileId, offset, length: tile.data.length };
    offset += tile.data.length;
    return entry;
  });
  const root = gzipSync(serializeDirectory(entries));
  if (root.length > MAX_ROOT_DIRECTORY_BYTES) {
    throw new Error(
      `The root directory is ${root.length} bytes; at most ${MAX_ROOT_DIRECTORY_BYTES} fit: use fewer tiles`,
    );
  }
  const metadataBytes = gzipSync(new TextEncoder().encode(JSON.stringify(metadata)));
  const tileData = Buffer.concat(sorted.map((tile) => tile.data));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const tileDataOffset = metadataOffset + metadataBytes.length;

  const head = Buffer.alloc(HEADER_BYTES);
  head.write("PMTiles", 0, "ascii");
  head.writeUInt8(3, 7);
  const u64 = (position: number, value: number) => head.writeBigUInt64LE(BigInt(value), position);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadataBytes.length);
  u64(40, tileDataOffset); // no leaf directories
  u64(48, 0);
  u64(56, tileDataOffset);
  u64(64, tileData.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  head.writeUInt8(1, 96); // clustered: tiles are in tile id order
  head.writeUInt8(Compression.Gzip, 97);
  head.writeUInt8(header.tileCompression === "gzip" ? Compression.Gzip : Compression.None, 98);
  head.writeUInt8(TileType.Mvt, 99);
  head.writeUInt8(header.minZoom, 100);
  head.writeUInt8(header.maxZoom, 101);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = header.bounds;
  head.writeInt32LE(e7(west), 102);
  head.writeInt32LE(e7(south), 106);
  head.writeInt32LE(e7(east), 110);
  head.writeInt32LE(e7(north), 114);
  head.writeUInt8(header.center.zoom, 118);
  head.writeInt32LE(e7(header.center.lon), 119);
  head.writeInt32LE(e7(header.center.lat), 123);
  return new Uint8Array(Buffer.concat([head, root, metadataBytes, tileData]));
}
