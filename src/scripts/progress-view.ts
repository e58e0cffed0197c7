/**
 * Progress on server-rendered pages, without a framework: fills placeholders from the
 * learner's events and records lesson views. Imported by an Astro `<script>` in the
 * base layout; it keeps the page live (quiz islands and other tabs update it).
 *
 * What the page renders (every part optional; a missing part is skipped):
 *
 * Data
 * - `<script type="application/json" id="course-outline">`: the CourseOutline in the
 *   page's locale (`outlineJson()` from src/lib/progress/outline.ts escapes `<`); on
 *   lesson and module pages only their module's part (`moduleOutline`), on pages
 *   without lesson, module or course placeholders none (Base's `outline` prop).
 * - `<script type="application/json" id="progress-labels">`: texts in the page's
 *   locale, `{ "not-started", "in-progress", "completed", "passed", "failed",
 *   "continue", "next"?, "start" }`. The last three may contain `{title}`; `next`
 *   falls back to `continue`. Without a label an element keeps its server text.
 * - `<body data-lesson-id="m1/x">` on lesson pages, and one `[data-lesson-end]` element
 *   at the end of the lesson.
 *
 * Placeholders (`data-status` is set on each, for styling)
 * - `[data-progress-lesson="<lessonId>"]`: text = label of not-started | in-progress | completed.
 * - `[data-progress-quiz="<quizId>"]`: text = label of not-started | in-progress | passed | failed.
 * - `[data-progress-module="<moduleId>"]` and `[data-progress-module-bar="<moduleId>"]`:
 *   a `<progress>`/`<meter>` gets max 100 and value = module percent; any other
 *   element gets the text `done / total` (lessons).
 * - `[data-progress-course]`: the same with the course percent (other elements: `NN%`).
 * - `[data-progress-course-text]`: text `NN%`.
 * - `a[data-resume]`: href and text (label continue | next | start, `{title}` filled)
 *   of the step to resume; `hidden` when there is none (course done) or it has no
 *   href. Also sets `data-reason` and `data-kind` (lesson | test).
 * - `[data-storage-warning]` (role="status", kept in the DOM and not `hidden`, so it
 *   is announced): text = its own `data-label-<code>` attribute (recovered |
 *   memory-only | unavailable; `{dropped}` is filled) while `$storageStatus.level`
 *   is `warning`, else empty (style `:empty` away); `data-level` = ok | warning.
 *
 * Recording on lesson pages: `experienced` on load (not again when it is already the
 * latest event, e.g. a reload), `completed` once ever when `[data-lesson-end]` first
 * scrolls into view.
 *
 * It runs once per page load: with Astro's <ClientRouter /> (view transitions), call
 * it again on `astro:page-load` (not needed while the site uses full page loads).
 */
import { courseProgress, lessonStatus, quizStatus } from '../lib/progress/derive';
import { parseOutline, type CourseOutline } from '../lib/progress/outline';
import { resumeTarget } from '../lib/progress/resume';
import { fill } from '../lib/template';
import { $events, $storageStatus, recordEvent, type StorageStatus } from '../stores/learner';

type Labels = Partial<Record<string, string>>;

function each(attr: string, fn: (el: HTMLElement, value: string) => void): void {
  document.querySelectorAll<HTMLElement>(`[${attr}]`).forEach((el) => fn(el, el.getAttribute(attr) ?? ''));
}

/** Set status, and the bar's value or the element's text. */
function show(el: HTMLElement, status: string, text: string | undefined, percent?: number): void {
  el.dataset.status = status;
  if (el instanceof HTMLProgressElement || el instanceof HTMLMeterElement) {
    if (percent === undefined) return;
    el.max = 100;
    el.value = percent;
  } else if (text !== undefined) el.textContent = text;
}

function render(outline: CourseOutline | null, labels: Labels): void {
  const events = $events.get();
  each('data-progress-quiz', (el, id) => {
    const { state } = quizStatus(events, id);
    show(el, state, labels[state]);
  });
  if (!outline) return;
  const lessons = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
  each('data-progress-lesson', (el, id) => {
    const status = lessonStatus(events, lessons.get(id) ?? { id, quizIds: [] }, outline.rules);
    show(el, status, labels[status]);
  });
  const course = courseProgress(events, outline);
  for (const attr of ['data-progress-module', 'data-progress-module-bar']) {
    each(attr, (el, id) => {
      const m = course.modules.find((x) => x.id === id);
      if (m) show(el, m.status, `${m.completedLessons} / ${m.totalLessons}`, m.percent);
    });
  }
  each('data-progress-course', (el) => show(el, course.status, `${course.percent}%`, course.percent));
  each('data-progress-course-text', (el) => show(el, course.status, `${course.percent}%`));
  const target = resumeTarget(events, outline);
  each('data-resume', (el) => {
    el.hidden = !target?.href;
    if (!target?.href) return;
    el.setAttribute('href', target.href);
    Object.assign(el.dataset, { reason: target.reason, kind: target.kind });
    const label = labels[target.reason] ?? labels.continue;
    if (label) el.textContent = fill(label, { title: target.title ?? target.id });
  });
}

function renderWarning(status: StorageStatus): void {
  each('data-storage-warning', (el) => {
    const label = status.level === 'warning' ? el.getAttribute(`data-label-${status.code}`) : null;
    el.dataset.level = status.level;
    el.textContent = label ? fill(label, { dropped: status.dropped }) : '';
  });
}

function trackLesson(id: string): void {
  const latest = $events.get().at(-1);
  if (!(latest?.verb === 'experienced' && latest.object.id === id)) {
    const locale = document.documentElement.lang;
    recordEvent({ verb: 'experienced', object: { type: 'lesson', id }, ...(locale && { context: { locale } }) });
  }
  const end = document.querySelector('[data-lesson-end]');
  if (!end || typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    const done = $events.get().some((e) => e.verb === 'completed' && e.object.type === 'lesson' && e.object.id === id);
    if (!done) recordEvent({ verb: 'completed', object: { type: 'lesson', id } });
  });
  observer.observe(end);
}

/** Wire the page: read its data blocks, subscribe, record the lesson view. */
function start(): void {
  const json = (id: string) => document.getElementById(id)?.textContent;
  const outline = parseOutline(json('course-outline'));
  let labels: Labels = {};
  try {
    labels = JSON.parse(json('progress-labels') ?? '{}') as Labels;
  } catch {
    // Keep the server's texts.
  }
  $events.subscribe(() => render(outline, labels));
  $storageStatus.subscribe(renderWarning);
  const lessonId = document.body.dataset.lessonId;
  if (lessonId) trackLesson(lessonId);
}

start();
