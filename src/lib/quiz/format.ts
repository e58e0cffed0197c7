/** Points for display: at most two decimals (`0.3333` → `0.33`, `2` → `2`). */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A 0–1 fraction as a whole percentage (`0.785` → `79`). */
export function percent(scaled: number): number {
  return Math.round(scaled * 100);
}
