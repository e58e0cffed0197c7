/** The values that occur more than once in a list, each once, in first-repeat order. */
export const duplicates = (ids: readonly string[]): string[] => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
