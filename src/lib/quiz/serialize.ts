import type { ViewItem } from './localize';
import type { Response } from './score';

/** Separator between list members, as in xAPI/SCORM 2004 responses. */
const LIST = '[,]';
/** Separator between the two sides of a pair. */
const PAIR = '[.]';

/** Key[.]value members for the pairs of a record, in the given key order. */
function pairs(keys: string[], record: Record<string, string>): string {
  return keys
    .filter((k) => record[k])
    .map((k) => `${k}${PAIR}${record[k]}`)
    .join(LIST);
}

/**
 * A response in xAPI/SCORM form: choices `a[,]c` (in option order), ordering
 * `b[,]a[,]c`, matching, categorise and case `left[.]right[,]…`, true/false
 * `true`/`false`, fill the text as typed.
 */
export function serializeResponse(item: ViewItem, response: Response): string {
  switch (response.type) {
    case 'single':
      return response.choice;
    case 'multiple': {
      const ids = item.type === 'multiple' ? item.options.map((o) => o.id) : response.choices;
      return ids.filter((id) => response.choices.includes(id)).join(LIST);
    }
    case 'truefalse':
      return String(response.value);
    case 'ordering':
      return response.order.join(LIST);
    case 'matching':
      return pairs(item.type === 'matching' ? item.pairs.map((p) => p.id) : Object.keys(response.pairs), response.pairs);
    case 'categorise':
      return pairs(item.type === 'categorise' ? item.entries.map((e) => e.id) : Object.keys(response.placements), response.placements);
    case 'case':
      return pairs(item.type === 'case' ? item.parts.map((p) => p.id) : Object.keys(response.answers), response.answers);
    case 'fill':
      return response.text;
  }
}

/** Members of a `[,]` list, without empties. */
const list = (text: string): string[] => text.split(LIST).filter(Boolean);

/** `left[.]right` members as a record, keeping only known keys and values. */
function record(text: string, keys: string[], values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const member of list(text)) {
    const [key = '', value = ''] = member.split(PAIR);
    if (keys.includes(key) && values.includes(value)) out[key] = value;
  }
  return out;
}

/**
 * The structured response behind a serialized one (the inverse of
 * `serializeResponse`), or null when it does not fit the item. Unknown IDs are
 * dropped, so a record survives small content edits.
 */
export function parseResponse(item: ViewItem, serialized: string): Response | null {
  switch (item.type) {
    case 'single':
      return item.options.some((o) => o.id === serialized) ? { type: 'single', choice: serialized } : null;
    case 'multiple': {
      const known = item.options.map((o) => o.id);
      return { type: 'multiple', choices: list(serialized).filter((id) => known.includes(id)) };
    }
    case 'truefalse':
      return serialized === 'true' || serialized === 'false' ? { type: 'truefalse', value: serialized === 'true' } : null;
    case 'ordering': {
      const order = list(serialized);
      const known = item.entries.map((e) => e.id);
      const valid = order.length === known.length && known.every((id) => order.includes(id));
      return valid ? { type: 'ordering', order } : null;
    }
    case 'matching': {
      const ids = item.pairs.map((p) => p.id);
      return { type: 'matching', pairs: record(serialized, ids, ids) };
    }
    case 'categorise': {
      const categories = item.categories.map((c) => c.id);
      return { type: 'categorise', placements: record(serialized, item.entries.map((e) => e.id), categories) };
    }
    case 'case': {
      const out: Record<string, string> = {};
      for (const member of list(serialized)) {
        const [key = '', value = ''] = member.split(PAIR);
        if (item.parts.find((p) => p.id === key)?.choices.some((c) => c.id === value)) out[key] = value;
      }
      return { type: 'case', answers: out };
    }
    case 'fill':
      return { type: 'fill', text: serialized };
  }
}
