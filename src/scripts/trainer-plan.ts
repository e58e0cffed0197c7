/**
 * The session plan page's small behaviours, without a framework: the agenda's clock times
 * follow the start time the trainer sets (kept in localStorage per module), discussion
 * answers collapse on screen (print always shows them, by CSS), and the Print button.
 */
import { agendaTimes, DEFAULT_START, formatTimeOfDay, parseTimeOfDay } from '../lib/trainer/agenda';
import { readSaved, writeSaved } from '../lib/trainer/saved';

/** localStorage, or null where touching it throws (blocked in some privacy modes). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const asStart = (d: unknown): number | null => (typeof d === 'number' && Number.isInteger(d) && d >= 0 && d < 1440 ? d : null);

/** Agenda times from the start input, restored and saved. */
function wireAgenda(section: HTMLElement): void {
  const input = section.querySelector<HTMLInputElement>('[data-start]');
  const status = section.querySelector<HTMLElement>('[data-start-status]');
  const rows = [...section.querySelectorAll<HTMLElement>('tr[data-minutes]')];
  const key = section.dataset.storageKey ?? '';
  if (!input) return;
  const render = (start: number) => {
    agendaTimes(rows.map((r) => Number(r.dataset.minutes)), start).forEach((t, i) => {
      const cell = rows[i]!.querySelector('[data-time]');
      if (cell) cell.textContent = `${formatTimeOfDay(t.start)}–${formatTimeOfDay(t.end)}`;
    });
  };
  const saved = readSaved(storage(), key, asStart, DEFAULT_START);
  input.value = formatTimeOfDay(saved);
  render(saved);
  input.addEventListener('change', () => {
    const start = parseTimeOfDay(input.value);
    if (start === null) return;
    render(start);
    writeSaved(storage(), key, start);
    if (status) status.textContent = (section.dataset.savedLabel ?? '{time}').replace('{time}', formatTimeOfDay(start));
  });
}

/** Show / hide buttons of the model answers; they start collapsed once the script runs. */
function wireAnswers(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-toggle]')) {
    const answer = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!answer) continue;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      button.textContent = (open ? button.dataset.hide : button.dataset.show) ?? '';
      answer.toggleAttribute('data-collapsed', !open);
    };
    set(false);
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  }
}

/** Wires every behaviour of the plan page. */
export function wirePlan(root: Document): void {
  const agenda = root.querySelector<HTMLElement>('[data-agenda]');
  if (agenda) wireAgenda(agenda);
  wireAnswers(root);
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-print]')) b.addEventListener('click', () => window.print());
}
