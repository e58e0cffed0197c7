// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { outlineJson } from '../../../src/lib/progress/outline';
import { RECORD_KEY } from '../../../src/lib/progress/storage';
import { lesson, OUTLINE, quiz, resetClock } from './fixtures';

const LABELS = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  passed: 'Passed',
  failed: 'Failed',
  continue: 'Continue: {title}',
  start: 'Start: {title}',
};

const PAGE = `
  <script type="application/json" id="course-outline">${outlineJson(OUTLINE)}</script>
  <script type="application/json" id="progress-labels">${JSON.stringify(LABELS)}</script>
  <div data-storage-warning role="status" data-label-recovered="{dropped} entries were set aside." data-label-memory-only="Storage is full."></div>
  <span data-progress-lesson="m1/a">Not started</span>
  <span data-progress-lesson="m1/b">Not started</span>
  <span data-progress-quiz="qb">Not started</span>
  <span data-progress-module="m1">0 / 2</span>
  <progress data-progress-module-bar="m1" max="100" value="0"></progress>
  <progress data-progress-course max="100" value="0"></progress>
  <span data-progress-course-text>0%</span>
  <a data-resume href="/en/lessons/m1/a/">Start the course</a>
  <p data-lesson-end>End</p>`;

/** IntersectionObserver stand-in: `intersect()` tells every observer its target came into view. */
class FakeObserver {
  static all: FakeObserver[] = [];
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {
    FakeObserver.all = FakeObserver.all.filter((o) => o !== this);
  }
  static intersect() {
    for (const o of [...FakeObserver.all]) o.callback([{ isIntersecting: true }]);
  }
}

/** Render the page, seed the record, and run the script as a page load would. */
async function openPage({ events = [] as LearnerEvent[], lessonId = '', html = PAGE } = {}) {
  localStorage.setItem(RECORD_KEY, JSON.stringify({ schemaVersion: 2, learnerId: 'l1', events }));
  document.body.innerHTML = html;
  if (lessonId) document.body.dataset.lessonId = lessonId;
  else delete document.body.dataset.lessonId;
  vi.resetModules();
  await import('../../../src/scripts/progress-view');
  return import('../../../src/stores/learner');
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const recorded = () => (JSON.parse(localStorage.getItem(RECORD_KEY)!) as { events: LearnerEvent[] }).events;

beforeEach(() => {
  resetClock();
  localStorage.clear();
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('progress-view', () => {
  it('fills lesson, quiz, module and course placeholders from the record', async () => {
    await openPage({ events: [lesson.open('m1/a'), lesson.read('m1/a'), quiz.start('qb', 1), quiz.end('qb', 1, 0.3)] });
    expect([$('[data-progress-lesson="m1/a"]').textContent, $('[data-progress-lesson="m1/a"]').dataset.status]).toEqual(['Completed', 'completed']);
    expect($('[data-progress-lesson="m1/b"]').textContent).toBe('In progress');
    expect([$('[data-progress-quiz="qb"]').textContent, $('[data-progress-quiz="qb"]').dataset.status]).toEqual(['Failed', 'failed']);
    expect($('[data-progress-module="m1"]').textContent).toBe('1 / 2');
    expect(($('[data-progress-module-bar="m1"]') as HTMLProgressElement).value).toBe(33);
    expect(($('[data-progress-course]') as HTMLProgressElement).value).toBe(25);
    expect($('[data-progress-course-text]').textContent).toBe('25%');
  });

  it.each([
    { name: 'starts a new learner at the first lesson', events: () => [], href: '/en/lessons/m1/a/', text: 'Start: A', hidden: false },
    { name: 'continues the lesson opened last', events: () => [lesson.open('m1/b')], href: '/en/lessons/m1/b/', text: 'Continue: B', hidden: false },
  ])('resume link $name', async ({ events, href, text, hidden }) => {
    await openPage({ events: events() });
    const link = $('[data-resume]');
    expect([link.getAttribute('href'), link.textContent, link.hidden]).toEqual([href, text, hidden]);
  });

  it('hides the resume link when the whole course is done', async () => {
    const all = ['m1/a', 'm1/b', 'm2/c'].flatMap((id) => [lesson.open(id), lesson.read(id)]);
    await openPage({ events: [...all, quiz.start('qb', 1), quiz.end('qb', 1, 1), quiz.start('t1', 1), quiz.end('t1', 1, 1)] });
    expect($('[data-resume]').hidden).toBe(true);
  });

  it('records the lesson as experienced on load, but not again on a reload', async () => {
    await openPage({ lessonId: 'm1/a' });
    expect(recorded().map((e) => `${e.verb} ${e.object.id}`)).toEqual(['experienced m1/a']);
    await openPage({ lessonId: 'm1/a', events: recorded() });
    expect(recorded()).toHaveLength(1);
  });

  it('records the lesson completed once when its end scrolls into view', async () => {
    await openPage({ lessonId: 'm1/a' });
    FakeObserver.intersect();
    FakeObserver.intersect();
    expect(recorded().map((e) => e.verb)).toEqual(['experienced', 'completed']);
    expect($('[data-progress-lesson="m1/a"]').textContent).toBe('Completed');
  });

  it('does not record completion again for a lesson completed before', async () => {
    await openPage({ lessonId: 'm1/a', events: [lesson.open('m1/a'), lesson.read('m1/a'), lesson.open('m1/b')] });
    FakeObserver.intersect();
    expect(recorded().filter((e) => e.verb === 'completed')).toHaveLength(1);
  });

  it('updates live when the quiz island records an event', async () => {
    const store = await openPage();
    store.recordEvent({ verb: 'attempted', object: { type: 'quiz', id: 'qb' }, context: { attempt: 1 } });
    expect($('[data-progress-quiz="qb"]').textContent).toBe('In progress');
    expect($('[data-progress-lesson="m1/b"]').textContent).toBe('In progress');
  });

  it('shows the storage warning from the element’s own label, filled in', async () => {
    localStorage.setItem(RECORD_KEY, JSON.stringify({ schemaVersion: 2, learnerId: 'l1', events: [{ bad: 1 }, { bad: 2 }] }));
    document.body.innerHTML = PAGE;
    vi.resetModules();
    await import('../../../src/scripts/progress-view');
    expect([$('[data-storage-warning]').textContent, $('[data-storage-warning]').dataset.level]).toEqual(['2 entries were set aside.', 'warning']);
  });

  it('leaves the storage warning empty while saving works', async () => {
    await openPage();
    expect([$('[data-storage-warning]').textContent, $('[data-storage-warning]').dataset.level]).toEqual(['', 'ok']);
  });

  it('keeps the server’s texts when the page has no labels, but still sets data-status', async () => {
    await openPage({ events: [lesson.open('m1/a')], html: PAGE.replace(/<script type="application\/json" id="progress-labels">.*?<\/script>/, '') });
    expect([$('[data-progress-lesson="m1/a"]').textContent, $('[data-progress-lesson="m1/a"]').dataset.status]).toEqual(['Not started', 'in-progress']);
  });
});
