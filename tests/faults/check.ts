import { AREAS, type Fault, type FaultArea } from './types';

/** A fault tag in a title: `[F-STORAGE-FULL]`. */
const TAG = /\[(F-[A-Z0-9]+(?:-[A-Z0-9]+)+)\]/g;

/**
 * The fault IDs a test file's source carries, once per occurrence, in order. Comments are
 * left out (a tag there is in no title); `//` after a colon or quote is a URL in a string.
 */
export function tagsIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(TAG)].map((m) => m[1]!);
}

/**
 * Everything wrong between the catalogue and the tests, one line each: an ID listed twice,
 * an entry no test carries, a file an entry names that does not carry it, a file that
 * carries it unnamed, a tag of an unknown ID. `files` maps paths under tests/ to sources.
 */
export function catalogueProblems(faults: readonly Fault[], files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const f of faults) {
    if (known.has(f.id)) problems.push(`${f.id}: listed twice in the catalogue`);
    known.add(f.id);
    if (!/^F-[A-Z0-9]+(-[A-Z0-9]+)+$/.test(f.id)) problems.push(`${f.id}: an ID is F-<AREA>-<WHAT> in capitals`);
  }
  const carriers = new Map<string, Set<string>>();
  for (const [file, source] of files)
    for (const id of tagsIn(source)) {
      if (!known.has(id)) problems.push(`${file}: carries [${id}], which is not in the catalogue`);
      carriers.set(id, (carriers.get(id) ?? new Set()).add(file));
    }
  const seen = new Set<string>();
  for (const f of faults) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const carried = carriers.get(f.id) ?? new Set<string>();
    if (carried.size === 0) problems.push(`${f.id}: no test carries it`);
    for (const file of f.tests) if (carried.size > 0 && !carried.has(file)) problems.push(`${f.id}: ${file} is named but has no test carrying it`);
    for (const file of carried) if (!f.tests.includes(file)) problems.push(`${f.id}: ${file} carries it but the entry does not name it`);
  }
  return problems;
}

/** Per area: how many faults the catalogue lists and how many tests carry one of them. */
export function countByArea(faults: readonly Fault[], files: ReadonlyMap<string, string>): Array<{ area: FaultArea; faults: number; tests: number }> {
  const areaOf = new Map(faults.map((f) => [f.id, f.area]));
  const tagged = [...files.values()].flatMap((source) => tagsIn(source));
  return AREAS.map((area) => ({
    area,
    faults: faults.filter((f) => f.area === area).length,
    tests: tagged.filter((id) => areaOf.get(id) === area).length,
  }));
}

/** The count as the README states it: `N faults, M tagged test titles: storage 7 (12), …`. */
export function faultCountLine(faults: readonly Fault[], files: ReadonlyMap<string, string>): string {
  const rows = countByArea(faults, files);
  const tests = rows.reduce((sum, r) => sum + r.tests, 0);
  return `${faults.length} faults, ${tests} tagged test titles: ${rows.map((r) => `${r.area} ${r.faults} (${r.tests})`).join(', ')}`;
}
