import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContentSources } from '../../src/content-check/read';
import { validateContent } from '../../src/content-check/validate';
import { coverageGaps } from '../../src/content-check/coverage';
import { formatIssues } from '../../src/content-check/issues';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checked = validateContent(readContentSources(root));
const sharedCurriculum = new URL('../../../shared/curriculum.md', import.meta.url);

describe('the course content', () => {
  it('passes every schema and cross-reference check', () => {
    expect(checked.issues, formatIssues(checked.issues)).toEqual([]);
  });

  it('has the same lessons, with the same IDs, in zh-CN and en', () => {
    const ids = (locale: string) => checked.lessons.filter((l) => l.locale === locale).map((l) => `${l.relPath} ${l.meta.id}`).sort();
    expect(ids('en')).toEqual(ids('zh-CN'));
    expect(ids('en').length).toBeGreaterThan(0);
  });

  it('teaches and assesses every curriculum concept of every module listed in course.yaml', () => {
    const gaps = coverageGaps(checked.course!, checked.curriculum!, checked.lessons, checked.quizzes.map((q) => q.quiz));
    expect(gaps).toEqual([]);
  });

  it('uses item IDs that are unique across all quizzes', () => {
    const ids = checked.quizzes.flatMap((q) => q.quiz.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('publishes every module of the curriculum, so the whole curriculum is taught', () => {
    const modules = new Set(checked.curriculum!.concepts.map((c) => c.module));
    expect(checked.course!.modules.map((m) => m.id).sort()).toEqual([...modules].sort());
  });

  it('ends every lesson outside the course guide in a quiz of at least six items', () => {
    const guides = new Set(checked.course!.modules.filter((m) => m.guide).map((m) => m.id));
    for (const lesson of checked.lessons.filter((l) => !guides.has(l.meta.module))) {
      expect(lesson.quizEmbeds.length, lesson.file).toBeGreaterThan(0);
      for (const id of lesson.quizEmbeds) {
        const quiz = checked.quizzes.find((q) => q.quiz.id === id)!.quiz;
        expect(quiz.items.length, `${id} in ${lesson.file}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it.runIf(existsSync(sharedCurriculum))('lists exactly the concept IDs of the shared curriculum.md', () => {
    const md = readFileSync(sharedCurriculum, 'utf8');
    const fromMd = [...md.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]).filter((id) => id !== 'id');
    expect(checked.curriculum!.concepts.map((c) => c.id)).toEqual(fromMd);
  });
});
