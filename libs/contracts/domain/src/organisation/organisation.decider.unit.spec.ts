import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import {
  ChangeServiceOrganisation, JoinTechnician, OrganisationEvent, organisationDecider, RecordTechnicianDeparture,
} from './organisation.decider';

const spec = DeciderSpecification(organisationDecider);
const D = 'D0001';
const SEVEN_DAYS = { noticeDays: 7 };
const notice = (effectiveOn: string, notifiedOn: string) => ({ dealerCode: D, effectiveOn, notifiedOn });
const joined = (technicianId: string, effectiveOn: string): OrganisationEvent =>
  ({ type: 'TechnicianJoined', data: { ...notice(effectiveOn, '2026-01-01'), late: false, technicianId, name: '王建國' } });

describe('第二條 1-2: the service organisation changes on a date, notified noticeDays ahead', () => {
  it('given noticeDays 7, when a new hotline is notified on 2026-10-01 effective 2026-10-08 (7 days ahead), then it is recorded on time', () => {
    spec.given([]).when(new ChangeServiceOrganisation(notice('2026-10-08', '2026-10-01'), { hotline: '020-1234' }), SEVEN_DAYS)
      .then([{ type: 'ServiceOrganisationChanged', data: { ...notice('2026-10-08', '2026-10-01'), late: false, hotline: '020-1234' } }]);
  });

  it('given noticeDays 7, when it is notified on 2026-10-02 effective 2026-10-08 (6 days ahead), then it is recorded and flagged late', () => {
    spec.given([]).when(new ChangeServiceOrganisation(notice('2026-10-08', '2026-10-02'), { serviceManager: '李志強' }), SEVEN_DAYS)
      .then([{ type: 'ServiceOrganisationChanged', data: { ...notice('2026-10-08', '2026-10-02'), late: true, serviceManager: '李志強' } }]);
  });

  it('given no agreement in force on the effective date, when a change is notified the day before, then it is not late: no notice period binds the dealer', () => {
    spec.given([]).when(new ChangeServiceOrganisation(notice('2025-01-02', '2025-01-01'), { address: '廣州' }), {})
      .then([{ type: 'ServiceOrganisationChanged', data: { ...notice('2025-01-02', '2025-01-01'), late: false, address: '廣州' } }]);
  });

  it('given the change was recorded, when the same change is sent again, then nothing happens (a retried request)', () => {
    const first = new ChangeServiceOrganisation(notice('2026-10-08', '2026-10-01'), { hotline: '020-1234' });
    spec.given([{ type: 'ServiceOrganisationChanged', data: { ...first.notice, late: false, hotline: '020-1234' } }]).when(first, SEVEN_DAYS).thenNothingHappens();
  });

  it('when a change names nothing to change, then it is refused naming the fields', () => {
    spec.given([]).when(new ChangeServiceOrganisation(notice('2026-10-08', '2026-10-01'), {}), SEVEN_DAYS)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'address' }));
  });
});

describe('第二條 1: technicians join and leave the organisation', () => {
  it('when technician T-01 joins effective 2026-10-05, notified 2026-10-01, then it joins, flagged late under 7 days of notice', () => {
    spec.given([]).when(new JoinTechnician(notice('2026-10-05', '2026-10-01'), 'T-01', '王建國'), SEVEN_DAYS)
      .then([{ type: 'TechnicianJoined', data: { ...notice('2026-10-05', '2026-10-01'), late: true, technicianId: 'T-01', name: '王建國' } }]);
  });

  it('given T-01 is in the organisation, when it joins again on another date, then it is refused naming technicianId', () => {
    spec.given([joined('T-01', '2026-01-05')]).when(new JoinTechnician(notice('2026-03-01', '2026-01-01'), 'T-01', '王建國'), SEVEN_DAYS)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'technicianId' }));
  });

  it('given T-01 joined on 2026-01-05, when it leaves on 2026-09-30, then it leaves', () => {
    spec.given([joined('T-01', '2026-01-05')]).when(new RecordTechnicianDeparture(notice('2026-09-30', '2026-09-01'), 'T-01'), SEVEN_DAYS)
      .then([{ type: 'TechnicianLeft', data: { ...notice('2026-09-30', '2026-09-01'), late: false, technicianId: 'T-01' } }]);
  });

  it('given T-01 joined on 2026-01-05, when it leaves on 2026-01-04, then it is refused naming effectiveOn', () => {
    spec.given([joined('T-01', '2026-01-05')]).when(new RecordTechnicianDeparture(notice('2026-01-04', '2026-01-01'), 'T-01'), SEVEN_DAYS)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'effectiveOn' }));
  });

  it('when a technician who never joined leaves, then it is not found', () => {
    spec.given([]).when(new RecordTechnicianDeparture(notice('2026-01-04', '2026-01-01'), 'T-09'), SEVEN_DAYS)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'not-found', field: 'technicianId' }));
  });

  it('given T-01 left on 2026-09-30, when it rejoins on 2026-11-01, then it joins again', () => {
    const left: OrganisationEvent = { type: 'TechnicianLeft', data: { ...notice('2026-09-30', '2026-09-01'), late: false, technicianId: 'T-01' } };
    spec.given([joined('T-01', '2026-01-05'), left]).when(new JoinTechnician(notice('2026-11-01', '2026-10-01'), 'T-01', '王建國'), SEVEN_DAYS)
      .then([{ type: 'TechnicianJoined', data: { ...notice('2026-11-01', '2026-10-01'), late: false, technicianId: 'T-01', name: '王建國' } }]);
  });
});
