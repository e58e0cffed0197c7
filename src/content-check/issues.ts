import type { z } from 'zod';

/** One thing wrong with the content: where, which field, and what. */
export interface ContentIssue {
  /** Path of the file relative to the project root, e.g. `content/quizzes/q-m1-x.yaml`. */
  file: string;
  /** Dotted path of the field, e.g. `items[2].correct`; empty for the whole file. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** `['items', 2, 'correct']` → `items[2].correct`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Turns a zod error into content issues of one file, one per problem. */
export function zodIssues(file: string, error: z.ZodError, prefix: PropertyKey[] = []): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/** A human-readable report: one line per issue, grouped under its file. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const lines = [`${issues.length} content problem${issues.length === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const { field, message } of list) lines.push(`    ${field ? `${field}: ` : ''}${message}`);
  }
  return lines.join('\n');
}
