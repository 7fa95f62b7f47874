import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { BookingFacts, BookTrainingPlaces, TrainingPlacesEvent, trainingPlacesDecider, trainingSessionDecider, ScheduleTrainingSession } from './training.decider';

const places = DeciderSpecification(trainingPlacesDecider);
const SESSION = { trainingSessionId: 'TS-2026-10', title: '針式打印機維修', startsOn: '2026-10-12', days: 3 };
const FACTS: BookingFacts = { session: SESSION, agreementVersion: 1, freeTrainingPlaces: 2, maxTrainingDays: 7, placeFee: { operation: 'training-place', feeFen: 80_000 } };
const booked = (n: number, free: number, sessionId = SESSION.trainingSessionId, agreementVersion = 1): TrainingPlacesEvent => ({
  type: 'TrainingPlacesBooked',
  data: { dealerCode: 'D0001', trainingSessionId: sessionId, startsOn: SESSION.startsOn, places: n, freePlaces: free, chargeablePlaces: n - free,
    operation: 'training-place', feePerPlaceFen: 80_000, chargeFen: (n - free) * 80_000, agreementVersion },
});

describe('每套免費培訓二人: free training places per agreement version, the rest under the fee schedule', () => {
  it('given 2 free places, when D0001 books 3, then 2 are free and 1 is chargeable at 800.00', () => {
    places.given([]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 3), FACTS).then([booked(3, 2)]);
  });

  it('given 1 free place used under version 1, when D0001 books 2 in another session, then 1 is free and 1 chargeable', () => {
    places.given([booked(1, 1, 'TS-2026-09')]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 2), FACTS).then([booked(2, 1)]);
  });

  it('given version 1\'s free places used, when a session is booked under version 2, then its free places count again', () => {
    places.given([booked(2, 2, 'TS-2026-09')]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 2), { ...FACTS, agreementVersion: 2 }).then([booked(2, 2, 'TS-2026-10', 2)]);
  });

  it('given an agreement whose fee schedule has no training-place item, then the places beyond are chargeable at 0 fen, without an operation', () => {
    places.given([]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 3), { ...FACTS, placeFee: undefined }).then([{
      type: 'TrainingPlacesBooked',
      data: { dealerCode: 'D0001', trainingSessionId: 'TS-2026-10', startsOn: '2026-10-12', places: 3, freePlaces: 2, chargeablePlaces: 1, feePerPlaceFen: 0, chargeFen: 0, agreementVersion: 1 },
    }]);
  });

  it('given D0001 booked 3 places, when it books 3 again, then nothing happens; 4, then it is refused naming places', () => {
    places.given([booked(3, 2)]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 3), FACTS).thenNothingHappens();
    places.given([booked(3, 2)]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 4), FACTS)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'places' }));
  });

  it('given maxTrainingDays 2, when a 3-day session is booked, then it is refused', () => {
    places.given([]).when(new BookTrainingPlaces('TS-2026-10', 'D0001', 1), { ...FACTS, maxTrainingDays: 2 })
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/maxTrainingDays/) }));
  });
});

describe('training sessions', () => {
  const sessions = DeciderSpecification(trainingSessionDecider);
  it('is scheduled once; the same again changes nothing; other details conflict', () => {
    sessions.given([]).when(new ScheduleTrainingSession(SESSION)).then([{ type: 'TrainingSessionScheduled', data: SESSION }]);
    sessions.given([{ type: 'TrainingSessionScheduled', data: SESSION }]).when(new ScheduleTrainingSession(SESSION)).thenNothingHappens();
    sessions.given([{ type: 'TrainingSessionScheduled', data: SESSION }]).when(new ScheduleTrainingSession({ ...SESSION, days: 4 }))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'conflict' }));
  });
});
