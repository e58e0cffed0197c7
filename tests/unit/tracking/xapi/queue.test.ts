import { describe, expect, it } from 'vitest';
import type { LrsClient, LrsResponse } from '../../../../src/lib/tracking/xapi/lrs';
import { createOutbox } from '../../../../src/lib/tracking/xapi/queue';
import type { Statement } from '../../../../src/lib/tracking/xapi/types';
import { memoryStorage } from './helpers';

/** An LRS in memory: stores by ID (409 for another content under a known ID), can be made to fail. */
function fakeLrs() {
  const stored = new Map<string, string>();
  const calls: string[] = [];
  let failWith: number | null = null;
  const store = (list: readonly Statement[]): number => {
    if (failWith !== null) return failWith;
    if (list.some((s) => !s.timestamp)) return 400;
    if (list.some((s) => stored.has(s.id) && stored.get(s.id) !== JSON.stringify(s))) return 409;
    for (const s of list) stored.set(s.id, JSON.stringify(s));
    return 200;
  };
  const answer = (status: number): LrsResponse => (status === 0 ? { status, message: 'Failed to fetch' } : { status, ...(status >= 300 && { message: `HTTP ${status}` }) });
  const client = {
    postStatements: async (batch: readonly Statement[]) => (calls.push(`POST ${batch.length}`), answer(store(batch))),
    putStatement: async (s: Statement) => {
      calls.push('PUT');
      const status = store([s]);
      return answer(status === 200 ? 204 : status);
    },
  } as unknown as LrsClient;
  return { client, stored, calls, fail: (status: number | null) => void (failWith = status) };
}

const statement = (n: number, over: Partial<Statement> = {}): { key: string; statement: Statement } => ({
  key: `e${n}`,
  statement: { id: `00000000-0000-5000-8000-${String(n).padStart(12, '0')}`, actor: { mbox: 'mailto:a@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } }, object: { id: `https://x.example/${n}` }, timestamp: '2026-03-02T08:00:00.000Z', ...over },
});

function setup(storage = memoryStorage(), lrs = fakeLrs(), online = { value: true }) {
  const outbox = createOutbox({ lrs: () => lrs.client, storage, key: 'outbox', online: () => online.value, batchSize: 3 });
  return { outbox, storage, lrs, online };
}

describe('the statement outbox', () => {
  it('sends queued statements in batches and keeps none once the LRS has them', async () => {
    const { outbox, lrs } = setup();
    outbox.add([1, 2, 3, 4, 5].map((n) => statement(n)));
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.calls).toEqual(['POST 3', 'POST 2']);
    expect(lrs.stored.size).toBe(5);
  });

  it('keeps statements while offline and sends each once when back online [F-NETWORK-OFFLINE-LRS]', async () => {
    const { outbox, lrs, online } = setup();
    online.value = false;
    outbox.add([statement(1), statement(2)]);
    expect(await outbox.flush()).toEqual({ pending: 2, rejected: 0, error: 'offline' });
    outbox.add([statement(2), statement(3)]); // 2 is queued already
    online.value = true;
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 0 });
    await outbox.flush();
    expect(lrs.calls).toEqual(['POST 3']);
  });

  it('keeps everything when the LRS does not answer or fails, and sends it later [F-LRS-DOWN]', async () => {
    const { outbox, lrs } = setup();
    lrs.fail(0);
    outbox.add([statement(1)]);
    expect(await outbox.flush()).toMatchObject({ pending: 1, error: 'Failed to fetch' });
    lrs.fail(503);
    expect(await outbox.flush()).toMatchObject({ pending: 1, error: 'HTTP 503' });
    lrs.fail(null);
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 0 });
  });

  it('counts a 409 for an ID the LRS already holds as sent, and still sends the rest of the batch [F-LRS-REJECTS-STATEMENT]', async () => {
    const { outbox, lrs } = setup();
    const known = statement(1);
    lrs.stored.set(known.statement.id, JSON.stringify({ ...known.statement, timestamp: '2026-01-01T00:00:00.000Z' }));
    outbox.add([known, statement(2)]);
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.calls).toEqual(['POST 2', 'PUT', 'PUT']);
    expect(lrs.stored.size).toBe(2);
    outbox.add([known]);
    await outbox.flush();
    expect(lrs.calls).toHaveLength(3); // not queued again
  });

  it('sets a statement the LRS refuses as invalid aside instead of blocking the others [F-LRS-REJECTS-STATEMENT]', async () => {
    const { outbox, lrs, storage } = setup();
    outbox.add([statement(1), statement(2, { timestamp: '' }), statement(3)]);
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 1 });
    expect(lrs.stored.size).toBe(2);
    expect(JSON.parse(storage.getItem('outbox')!).rejected).toHaveLength(1);
  });

  it('after a reload, sends what was pending and nothing that was sent [F-LRS-RELOAD-PENDING]', async () => {
    const storage = memoryStorage();
    const lrs = fakeLrs();
    const first = setup(storage, lrs);
    first.outbox.add([statement(1), statement(2)]);
    await first.outbox.flush();
    first.online.value = false;
    first.outbox.add([statement(3)]);
    await first.outbox.flush();
    const again = setup(storage, lrs); // a new page, the same storage
    expect(again.outbox.pending.map((s) => s.id)).toEqual([statement(3).statement.id]);
    again.outbox.add([statement(1), statement(2), statement(3)]);
    expect(await again.outbox.flush()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.calls).toEqual(['POST 2', 'POST 1']);
  });

  it('never runs two flushes at once (each statement is posted once)', async () => {
    const { outbox, lrs } = setup();
    outbox.add([statement(1), statement(2)]);
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(lrs.calls).toEqual(['POST 2']);
  });

  it('works in memory when storage throws [F-LRS-OUTBOX-BLOCKED]', async () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
    const outbox = createOutbox({ lrs: () => fakeLrs().client, storage: broken, key: 'k', online: () => true });
    outbox.add([statement(1)]);
    expect(await outbox.flush()).toEqual({ pending: 0, rejected: 0 });
  });
});
