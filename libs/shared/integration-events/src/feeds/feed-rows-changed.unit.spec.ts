import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope, FeedsEvents, MAX_ROWS_PER_CHUNK, parseEnvelope } from '../index';

const row = { record_no: 'R-1', serial_no: 'SN1', fault_level: 2, customer_signed: true };

function chunk(changes: unknown): EventEnvelope {
  return {
    eventId: uuidv7(), type: FeedsEvents.FeedRowsChanged.type, schemaVersion: 1, streamType: 'feed', streamId: 'feed-D0001-2026-10-repairs',
    version: 2, dealerCode: 'D0001', occurredAt: '2026-11-01T08:00:00.000Z', recordedAt: '2026-11-01T08:00:01.000Z',
    data: { submissionId: 'S1', dealerCode: 'D0001', period: '2026-10', kind: 'repairs', version: 1, chunk: 1, chunks: 1, changes: changes as never },
    metadata: { correlationId: 'c-1', causationId: null, actor: 'dealer' },
  };
}

const problemsOf = (changes: unknown) => {
  const parsed = parseEnvelope(JSON.parse(JSON.stringify(chunk(changes))));
  return parsed.ok ? [] : parsed.problems;
};

describe('feeds.FeedRowsChanged: the changes of a chunk', () => {
  it('accepts recorded, corrected and withdrawn rows as they are', () => {
    const changes = [{ change: 'recorded', key: 'R-1', row }, { change: 'corrected', key: 'R-2', row }, { change: 'withdrawn', key: 'R-3' }];
    const parsed = parseEnvelope(chunk(changes));
    expect(parsed.ok && parsed.envelope.data['changes']).toEqual(changes);
  });

  it('accepts a full chunk and refuses one row more', () => {
    const full = Array.from({ length: MAX_ROWS_PER_CHUNK }, (_, i) => ({ change: 'recorded', key: `R-${i}`, row }));
    expect(problemsOf(full)).toEqual([]);
    expect(problemsOf([...full, { change: 'recorded', key: 'R-x', row }])).toEqual([
      { field: 'data.changes', reason: `changes must contain no more than ${MAX_ROWS_PER_CHUNK} elements` },
    ]);
  });

  it.each([
    ['missing', undefined, 'changes is required'],
    ['no list', { change: 'recorded' }, 'changes must be an array'],
  ])('refuses changes that are %s', (_case, changes, reason) => {
    expect(problemsOf(changes)).toEqual([{ field: 'data.changes', reason }]);
  });

  it('names each wrong change by its index and field', () => {
    expect(problemsOf([
      { change: 'recorded', key: 'ok', row },
      { change: 'renamed', key: '', row: { nested: { a: 1 } } },
      { key: 'k', extra: 1 },
      'text',
      [],
    ])).toEqual([
      { field: 'data.changes.1.change', reason: 'change must be one of the following values: recorded, corrected, withdrawn' },
      { field: 'data.changes.1.key', reason: 'key must be a string of 1 to 200 characters' },
      { field: 'data.changes.1.row', reason: 'row must be a flat object of column keys to strings, numbers or booleans' },
      { field: 'data.changes.2.extra', reason: 'property extra should not exist' },
      { field: 'data.changes.2.change', reason: 'change is required' },
      { field: 'data.changes.3', reason: 'each value in changes must be an object' },
      { field: 'data.changes.4', reason: 'each value in changes must be an object' },
    ]);
  });

  it('names at most 20 problems of a wholly wrong chunk', () => {
    expect(problemsOf(Array.from({ length: 100 }, () => ({ change: 'x', key: 1 })))).toHaveLength(20);
  });

  it('still checks the other fields of the data and the envelope', () => {
    const bad = chunk([]);
    const envelope = parseEnvelope({ ...bad, dealerCode: '' });
    expect(!envelope.ok && envelope.problems.map((p) => p.field)).toEqual(['dealerCode']);
    const data = parseEnvelope({ ...bad, data: { ...bad.data, chunk: 0, changes: [{ change: 'withdrawn', key: '' }] } });
    expect(!data.ok && data.problems.map((p) => p.field)).toEqual(['data.chunk', 'data.changes.0.key']);
  });

  it('refuses an envelope whose data is missing or no object', () => {
    const { data: _data, ...missing } = chunk([]);
    expect(parseEnvelope(missing)).toMatchObject({ ok: false, problems: [{ field: 'data', reason: 'data is required' }] });
    expect(parseEnvelope({ ...chunk([]), data: [] })).toMatchObject({ ok: false, problems: [{ field: 'data', reason: 'data must be an object' }] });
  });
});
