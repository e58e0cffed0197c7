import { classifierSchema, type Classifier, type Drill, type Placement } from '../schemas/classifier';
import { zodIssues, type ContentIssue } from './issues';
import type { RawFile } from './read';
import { duplicates } from '../lib/duplicates';

/** The classifiers that passed their checks, and every problem found. */
export interface CheckedClassifiers {
  classifiers: Array<{ file: string; classifier: Classifier }>;
  /** IDs of every classifier file, valid or not (so embeds of a broken one are not reported twice). */
  ids: Set<string>;
  issues: ContentIssue[];
}

const dupes = duplicates;

function placementIssues(c: Placement, rolePlayIds: Set<string>): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const corners = c.profiles.map((p) => `${p.x}/${p.y}`);
  for (const d of dupes(corners)) out.push({ field: 'profiles', message: `two profiles sit in the same quadrant (x/y = ${d}); each quadrant needs one` });
  for (const d of dupes(c.profiles.map((p) => p.id))) out.push({ field: 'profiles', message: `profile ID "${d}" is used twice` });
  for (const d of dupes(c.items.map((i) => i.id))) out.push({ field: 'items', message: `item ID "${d}" is used twice` });
  c.profiles.forEach((p, i) => {
    if (p.rolePlay && !rolePlayIds.has(p.rolePlay)) out.push({ field: `profiles[${i}].rolePlay`, message: `role-play "${p.rolePlay}" does not exist in content/roleplays` });
  });
  c.items.forEach((item, i) => {
    for (const d of dupes(item.options.map((o) => o.id))) out.push({ field: `items[${i}].options`, message: `option ID "${d}" is used twice` });
    const distinct = new Set(item.options.map((o) => `${o.weights.x}/${o.weights.y}`));
    if (distinct.size < 2) out.push({ field: `items[${i}] (${item.id})`, message: 'every option has the same weights, so the item cannot tell anyone apart' });
  });
  return out;
}

function drillIssues(d: Drill, placements: Map<string, Placement>): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const x of dupes(d.cases.map((c) => c.id))) out.push({ field: 'cases', message: `case ID "${x}" is used twice` });
  if (d.draw !== undefined && d.draw > d.cases.length) out.push({ field: 'draw', message: `draws ${d.draw} cases from only ${d.cases.length}` });
  const source = d.classifier ? placements.get(d.classifier) : undefined;
  if (d.classifier && !source) out.push({ field: 'classifier', message: `"${d.classifier}" is not a placement classifier in content/classifiers` });
  d.cases.forEach((c, i) => {
    for (const q of d.questions) {
      const answer = c.answers[q.id];
      if (!answer) out.push({ field: `cases[${i}] (${c.id}).answers`, message: `gives no answer to question "${q.id}"` });
      else if (!q.choices.some((ch) => ch.id === answer)) out.push({ field: `cases[${i}] (${c.id}).answers.${q.id}`, message: `"${answer}" is not one of the choices (${q.choices.map((ch) => ch.id).join(', ')})` });
    }
    for (const [itemId, optionId] of Object.entries(c.observed ?? {})) {
      const item = source?.items.find((it) => it.id === itemId);
      if (source && !item) out.push({ field: `cases[${i}] (${c.id}).observed`, message: `item "${itemId}" is not in ${source.id}` });
      else if (item && !item.options.some((o) => o.id === optionId)) out.push({ field: `cases[${i}] (${c.id}).observed.${itemId}`, message: `"${optionId}" is not an option of that item` });
    }
  });
  return out;
}

/**
 * Validates classifier files: schema, ID = file name, known concepts, one profile per
 * quadrant, items that discriminate, drill answers among the choices, and references
 * to role-plays and to the placement classifier a drill's `observed` answers use.
 */
export function checkClassifiers(files: RawFile[], conceptIds: Set<string> | null, rolePlayIds: Set<string>): CheckedClassifiers {
  const out: CheckedClassifiers = { classifiers: [], ids: new Set(), issues: [] };
  const parsed: Array<{ file: string; classifier: Classifier }> = [];
  for (const raw of files) {
    const rawId = (raw.data as { id?: unknown } | undefined)?.id;
    if (typeof rawId === 'string') out.ids.add(rawId);
    if (raw.data === undefined) continue;
    const r = classifierSchema.safeParse(raw.data);
    if (r.success) parsed.push({ file: raw.file, classifier: r.data });
    else out.issues.push(...zodIssues(raw.file, r.error));
  }
  const placements = new Map(parsed.flatMap((p) => (p.classifier.kind === 'placement' ? [[p.classifier.id, p.classifier] as const] : [])));
  for (const { file, classifier: c } of parsed) {
    const problems: Array<{ field: string; message: string }> = [];
    const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (c.id !== expected) problems.push({ field: 'id', message: `classifier ID "${c.id}" must equal the file name "${expected}"` });
    if (out.classifiers.some((x) => x.classifier.id === c.id)) problems.push({ field: 'id', message: `duplicate classifier ID "${c.id}"` });
    c.concepts.forEach((id, i) => {
      if (conceptIds && !conceptIds.has(id)) problems.push({ field: `concepts[${i}]`, message: `unknown concept ID "${id}" (not in content/curriculum.yaml)` });
    });
    problems.push(...(c.kind === 'placement' ? placementIssues(c, rolePlayIds) : drillIssues(c, placements)));
    out.issues.push(...problems.map((p) => ({ file, ...p })));
    if (problems.length === 0) out.classifiers.push({ file, classifier: c });
  }
  return out;
}
