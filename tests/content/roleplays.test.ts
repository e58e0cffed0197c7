import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContentSources } from '../../src/content-check/read';
import { validateContent } from '../../src/content-check/validate';
import { formatIssues } from '../../src/content-check/issues';
import { walk } from '../../src/lib/roleplay/explore';
import { pathOf, resultOf, review } from '../../src/lib/roleplay/results';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checked = validateContent(readContentSources(root));
const rolePlayIssues = checked.issues.filter((i) => i.file.startsWith('content/roleplays/'));
const COURSE_PASS_MARK = checked.course?.rules.passMark ?? 0.8;

describe('the role-play scenarios', () => {
  it('pass their schema and graph checks', () => {
    expect(rolePlayIssues, formatIssues(rolePlayIssues)).toEqual([]);
  });

  it('are at least nine', () => {
    expect(checked.rolePlays.length).toBeGreaterThanOrEqual(9);
  });

  for (const { file, rolePlay: rp } of checked.rolePlays) {
    describe(rp.id, () => {
      it('has at least 12 nodes and three endings that conversations reach', () => {
        const found = walk(rp);
        expect(found.nodes.size, file).toBeGreaterThanOrEqual(12);
        expect(found.endings.size, file).toBeGreaterThanOrEqual(3);
        expect(new Set(rp.endings.map((e) => e.outcome)).size, `${file}: endings with different outcomes`).toBeGreaterThanOrEqual(3);
      });

      it('passes its model path with the top score and fails its worst path', () => {
        const best = resultOf(rp, pathOf(rp, 'best'), COURSE_PASS_MARK)!;
        const worst = resultOf(rp, pathOf(rp, 'worst'), COURSE_PASS_MARK)!;
        expect(best.passed, `${file}: model path ends ${best.ending.id} at ${best.scaled}`).toBe(true);
        expect(best.scaled, `${file}: model path should reach (almost) every dimension's maximum`).toBeGreaterThanOrEqual(0.9);
        expect(worst.passed, file).toBe(false);
        expect(['leaves', 'escalates'], file).toContain(worst.ending.outcome);
      });

      it('offers a better reply somewhere on the worst path, so the review can coach', () => {
        const worst = pathOf(rp, 'worst');
        expect(review(rp, worst).filter((s) => s.better.length > 0).length, file).toBeGreaterThanOrEqual(2);
      });

      it('offers three or four replies at most nodes', () => {
        const rich = rp.nodes.filter((n) => n.replies.length >= 3).length;
        expect(rich / rp.nodes.length, file).toBeGreaterThanOrEqual(0.6);
      });
    });
  }
});
