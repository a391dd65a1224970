/**
 * An indexer's URL as shoppers read it: host and path, without the scheme.
 * @example indexerName("https://index.grandrue.example/fr") // "index.grandrue.example/fr"
 */
export function indexerName(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname === "/" ? "" : pathname}`;
}
