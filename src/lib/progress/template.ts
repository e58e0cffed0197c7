/**
 * Fill `{name}` placeholders: `fill('{done} / {total}', { done: 2, total: 5 })` → `2 / 5`.
 * Unknown placeholders are left as they are, so a missing value shows up in review.
 */
export function fill(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}
