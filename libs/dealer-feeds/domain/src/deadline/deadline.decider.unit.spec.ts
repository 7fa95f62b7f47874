import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { deadlineDecider, DeadlineEvent, RecordOverdue } from './deadline.decider';

const spec = DeciderSpecification(deadlineDecider);
/** D0001's September repairs are due on 10 October (feedDueDay 10). */
const check = (today: string) => new RecordOverdue('D0001', '2026-09', 'repairs', '2026-10-10', today);
const overdue = (recordedOn: string): DeadlineEvent => ({ type: 'FeedOverdue', data: { dealerCode: 'D0001', period: '2026-09', kind: 'repairs', dueDate: '2026-10-10', recordedOn } });

describe('a feed deadline (docs/feeds.md "Due dates, overdue and the matrix")', () => {
  it('given nothing recorded, when the check runs the day after the due date and no version is accepted, then the feed is overdue', () => {
    spec.given([]).when(check('2026-10-11'), { accepted: false }).then([overdue('2026-10-11')]);
  });

  it('given it is recorded overdue, when a second scheduler checks it too, then nothing happens: once per dealer × kind × period', () => {
    spec.given([overdue('2026-10-11')]).when(check('2026-10-12'), { accepted: false }).thenNothingHappens();
  });

  it('given nothing recorded, when the check finds an accepted version, then nothing happens', () => {
    spec.given([]).when(check('2026-10-11'), { accepted: true }).thenNothingHappens();
  });

  it('given nothing recorded, when a check runs on the due date itself, then it is refused: the day is not over on the dealer\'s calendar', () => {
    spec.given([]).when(check('2026-10-10'), { accepted: false })
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'today', message: expect.stringMatching(/due on 2026-10-10/) }));
  });
});
