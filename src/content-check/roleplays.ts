import { graphIssues } from '../lib/roleplay/check';
import { rolePlaySchema, type RolePlay } from '../schemas/roleplay';
import { zodIssues, type ContentIssue } from './issues';
import type { RawFile } from './read';

/** The role-plays that passed their schema and graph checks, and every problem found. */
export interface CheckedRolePlays {
  rolePlays: Array<{ file: string; rolePlay: RolePlay }>;
  /** IDs of every scenario file, valid or not (so embeds of a broken one are not reported twice). */
  ids: Set<string>;
  issues: ContentIssue[];
}

/**
 * Validates role-play files: schema, ID = file name, unique IDs, known concepts,
 * and the conversation graph (see `graphIssues`).
 */
export function checkRolePlays(files: RawFile[], conceptIds: Set<string> | null): CheckedRolePlays {
  const out: CheckedRolePlays = { rolePlays: [], ids: new Set(), issues: [] };
  for (const raw of files) {
    const rawId = (raw.data as { id?: unknown } | undefined)?.id;
    if (typeof rawId === 'string') out.ids.add(rawId);
    if (raw.data === undefined) continue;
    const parsed = rolePlaySchema.safeParse(raw.data);
    if (!parsed.success) {
      out.issues.push(...zodIssues(raw.file, parsed.error));
      continue;
    }
    const rp = parsed.data;
    const problems: Array<{ field: string; message: string }> = [];
    const expected = raw.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (rp.id !== expected) problems.push({ field: 'id', message: `role-play ID "${rp.id}" must equal the file name "${expected}"` });
    if (out.rolePlays.some((x) => x.rolePlay.id === rp.id)) problems.push({ field: 'id', message: `duplicate role-play ID "${rp.id}"` });
    rp.concepts.forEach((c, i) => {
      if (conceptIds && !conceptIds.has(c)) problems.push({ field: `concepts[${i}]`, message: `unknown concept ID "${c}" (not in content/curriculum.yaml)` });
    });
    problems.push(...graphIssues(rp));
    out.issues.push(...problems.map((p) => ({ file: raw.file, ...p })));
    if (problems.length === 0) out.rolePlays.push({ file: raw.file, rolePlay: rp });
  }
  return out;
}
