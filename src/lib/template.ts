/**
 * Fill `{name}` placeholders of a UI string: `fill('{done} / {total}', { done: 2, total: 5 })`
 * → `2 / 5`. Placeholders without a value are left as they are, so a missing value shows
 * up in review. The one copy shared by the quiz island, the progress view and My progress
 * (they ship in the same bundle, so it is downloaded once).
 */
export function fill(template: string, vars: Record<string, string | number | undefined> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}
