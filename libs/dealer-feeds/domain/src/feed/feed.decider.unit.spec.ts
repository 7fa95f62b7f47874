import { DeciderSpecification } from '@aftersales/event-sourcing';
import { AcceptVersion, RecordChunks, RejectSubmission } from './feed.commands';
import { feedDecider } from './feed.decider';
import type { FeedEvent, FeedRef, SubmissionAccepted } from './feed.events';

const spec = DeciderSpecification(feedDecider);
const feed = (submissionId: string): FeedRef => ({ submissionId, dealerCode: 'D0001', period: '2026-09', kind: 'repairs' });
const file = (submissionId: string, chunks: number): Omit<SubmissionAccepted, 'version'> => ({
  ...feed(submissionId), contentHash: 'a'.repeat(64), fileName: 'repairs.csv', format: 'csv', receivedAt: '2026-10-03T02:00:00.000Z',
  late: false, dueDate: '2026-10-10', rows: 2, recorded: 2, corrected: 0, withdrawn: 0, warnings: 0, chunks,
});
const accepted = (submissionId: string, version: number, chunks: number): FeedEvent => ({ type: 'SubmissionAccepted', data: { ...file(submissionId, chunks), version } });
const change = (key: string) => ({ change: 'recorded' as const, key, row: { record_no: key } });
const rowsChanged = (submissionId: string, version: number, chunk: number, chunks: number): FeedEvent => ({
  type: 'FeedRowsChanged', data: { ...feed(submissionId), version, chunk, chunks, changes: [change(`R${chunk}`)] },
});

describe('a dealer feed (dealer × period × kind): versions, their chunks, rejections', () => {
  it('given no version, when a file is accepted, then it is version 1 with its chunk count', () => {
    spec.given([]).when(new AcceptVersion(file('s1', 2), 0)).then([accepted('s1', 1, 2)]);
  });

  it('given version 1 whole, when a corrected file compared with version 1 is accepted, then it is version 2', () => {
    spec.given([accepted('s1', 1, 1), rowsChanged('s1', 1, 1, 1)]).when(new AcceptVersion(file('s2', 1), 1)).then([accepted('s2', 2, 1)]);
  });

  it('given version 1 still lacking a chunk, when another file comes, then it waits (conflict) and nothing is recorded', () => {
    spec.given([accepted('s1', 1, 2), rowsChanged('s1', 1, 1, 2)]).when(new AcceptVersion(file('s2', 1), 1)).thenThrows(/still being recorded/);
  });

  it('given version 2 accepted while a file was compared with version 1, then that file is refused as stale', () => {
    spec.given([accepted('s1', 1, 0), accepted('s2', 2, 0)]).when(new AcceptVersion(file('s3', 1), 1)).thenThrows(/send it again/);
  });

  it('given the submission accepted already, when it is accepted again (a retry), then nothing happens', () => {
    spec.given([accepted('s1', 1, 0)]).when(new AcceptVersion(file('s1', 0), 0)).thenNothingHappens();
  });

  it('when chunks come in order, then each is recorded once with the version\'s chunk count', () => {
    spec.given([accepted('s1', 1, 2)]).when(new RecordChunks(feed('s1'), 1, [{ chunk: 1, changes: [change('R1')] }, { chunk: 2, changes: [change('R2')] }]))
      .then([rowsChanged('s1', 1, 1, 2), rowsChanged('s1', 1, 2, 2)]);
  });

  it('given chunk 1 recorded before a crash, when the append is resumed from chunk 1, then only chunk 2 is recorded', () => {
    spec.given([accepted('s1', 1, 2), rowsChanged('s1', 1, 1, 2)])
      .when(new RecordChunks(feed('s1'), 1, [{ chunk: 1, changes: [change('R1')] }, { chunk: 2, changes: [change('R2')] }]))
      .then([rowsChanged('s1', 1, 2, 2)]);
  });

  it('refuses a chunk out of order, or past the version\'s count, or of a version never accepted', () => {
    spec.given([accepted('s1', 1, 2)]).when(new RecordChunks(feed('s1'), 1, [{ chunk: 2, changes: [] }])).thenThrows(/chunk 2 cannot follow chunk 0/);
    spec.given([accepted('s1', 1, 1)]).when(new RecordChunks(feed('s1'), 1, [{ chunk: 1, changes: [] }, { chunk: 2, changes: [] }])).thenThrows(/past version 1's 1 chunks/);
    spec.given([]).when(new RecordChunks(feed('s9'), 1, [{ chunk: 1, changes: [] }])).thenThrows(/never accepted/);
  });

  it('records a rejected file once, and it changes no version', () => {
    const rejected = { ...feed('s5'), contentHash: 'b'.repeat(64), fileName: 'bad.csv', receivedAt: '2026-10-03T02:00:00.000Z', errors: 3, warnings: 0 };
    spec.given([accepted('s1', 1, 0)]).when(new RejectSubmission(rejected)).then([{ type: 'SubmissionRejected', data: rejected }]);
    spec.given([{ type: 'SubmissionRejected', data: rejected }]).when(new RejectSubmission(rejected)).thenNothingHappens();
    spec.given([accepted('s1', 1, 0), { type: 'SubmissionRejected', data: rejected }]).when(new AcceptVersion(file('s6', 0), 1)).then([accepted('s6', 2, 0)]);
  });
});
