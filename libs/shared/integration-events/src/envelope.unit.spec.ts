import { IsIn, IsInt, IsString, Min } from 'class-validator';
import { v7 as uuidv7 } from 'uuid';
import { defineEvent, defineUpcaster, EventEnvelope, latestVersionOf, parseEnvelope, SettlementsEvents, upcast } from './index';

/** Test-only event: v1 counted whole yuan, v2 counts fen and names the unit (a breaking change). */
class ThingV1 {
  @IsString() name!: string;
  @IsInt() @Min(0) amountYuan!: number;
}
class ThingV2 {
  @IsString() name!: string;
  @IsInt() @Min(0) amountFen!: number;
  @IsIn(['fen']) unit!: 'fen';
}
defineEvent('test.Thing', 1, ThingV1);
defineEvent('test.Thing', 2, ThingV2);
defineUpcaster('test.Thing', 1, ({ amountYuan, ...rest }) => ({ ...rest, amountFen: Number(amountYuan) * 100, unit: 'fen' }));

function envelope(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    eventId: uuidv7(),
    type: SettlementsEvents.PaymentRecorded.type,
    schemaVersion: 1,
    streamType: 'payment',
    streamId: 'payment-P1',
    version: 1,
    dealerCode: 'D0001',
    occurredAt: '2026-07-01T08:00:00.000Z',
    recordedAt: '2026-07-01T08:00:01.000Z',
    data: {
      paymentId: 'P1', dealerCode: 'D0001', receivedOn: '2026-07-01', amountFen: 10_000_000, quarter: '2026Q3',
      agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300,
    },
    metadata: { correlationId: 'c-1', causationId: null, actor: 'finance@maker' },
    ...overrides,
  };
}

const withData = (data: Record<string, unknown>) => envelope({ data: { ...envelope().data, ...data } });

describe('parseEnvelope', () => {
  it('accepts a valid envelope as it is', () => {
    const raw = envelope();
    expect(parseEnvelope(JSON.parse(JSON.stringify(raw)))).toEqual({ ok: true, envelope: raw });
  });

  it('refuses an envelope missing a field, naming the field', () => {
    const { eventId: _missing, ...raw } = envelope();
    const parsed = parseEnvelope(raw);
    expect(parsed).toMatchObject({ ok: false, known: true });
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toContain('eventId');
  });

  it('refuses metadata without a correlation id, with the dotted path', () => {
    const parsed = parseEnvelope(envelope({ metadata: { causationId: null, actor: 'x' } as never }));
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toContain('metadata.correlationId');
  });

  it.each([
    ['a string amount', { amountFen: '12' }, 'data.amountFen'],
    ['a fractional amount', { amountFen: 12.5 }, 'data.amountFen'],
    ['an impossible date', { receivedOn: '2026-02-30' }, 'data.receivedOn'],
    ['a field the schema does not publish', { discountFen: 1 }, 'data.discountFen'],
  ])('refuses data with %s, naming data.<field>', (_case, data, field) => {
    const parsed = parseEnvelope(withData(data));
    expect(parsed).toMatchObject({ ok: false, known: true });
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toContain(field);
  });

  it('refuses what is not an object at all', () => {
    expect(parseEnvelope('{"type":"x"}')).toMatchObject({ ok: false, known: true });
    expect(parseEnvelope(null)).toMatchObject({ ok: false, known: true });
  });

  it('marks a type this build does not know as unknown, not malformed', () => {
    expect(parseEnvelope(envelope({ type: 'settlements.SomethingNew', data: { anything: 1 } })))
      .toMatchObject({ ok: false, known: false });
    expect(parseEnvelope(envelope({ schemaVersion: 9 }))).toMatchObject({ ok: false, known: false });
  });

  it('upcasts an old schema version to the latest before validating', () => {
    const parsed = parseEnvelope(envelope({ type: 'test.Thing', data: { name: 'oil filter', amountYuan: 12 } }));
    expect(parsed).toEqual({
      ok: true,
      envelope: expect.objectContaining({ type: 'test.Thing', schemaVersion: 2, data: { name: 'oil filter', amountFen: 1200, unit: 'fen' } }),
    });
  });

  it('validates upcast data against the latest schema', () => {
    const parsed = parseEnvelope(envelope({ type: 'test.Thing', data: { name: 'oil filter', amountYuan: -1 } }));
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toEqual(['data.amountFen']);
  });

  it('takes the latest version as it is', () => {
    const data = { name: 'gasket', amountFen: 5, unit: 'fen' };
    expect(parseEnvelope(envelope({ type: 'test.Thing', schemaVersion: 2, data }))).toMatchObject({ ok: true, envelope: { data } });
  });
});

describe('event registry', () => {
  it('knows the latest version of a type, and upcasts step by step', () => {
    expect(latestVersionOf('test.Thing')).toBe(2);
    expect(latestVersionOf('test.Nothing')).toBeUndefined();
    expect(upcast('test.Thing', 2, { a: 1 })).toEqual({ schemaVersion: 2, data: { a: 1 } });
  });

  it('refuses to define the same event version twice', () => {
    expect(() => defineEvent('test.Thing', 1, ThingV1)).toThrow(/defined twice/);
  });
});
