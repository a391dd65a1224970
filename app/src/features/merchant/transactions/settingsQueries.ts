/** Every settings change refreshes the shop directory and whether this account still manages the shop. */
export function settingsQueries(chainId: number) {
  return [
    ["shopIndex", chainId],
    ["shopManager", chainId],
  ];
}
