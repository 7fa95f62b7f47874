import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { Certificate, certificateDecider, CertificateEvent, certificateValidOn, IssueCertificate, RevokeCertificate } from './certificate.decider';

const spec = DeciderSpecification(certificateDecider);
const CERT: Certificate = { dealerCode: 'D0001', technicianId: 'T-01', certificateNo: 'CERT-0001', issuedOn: '2026-03-15', expiresOn: '2027-03-14' };
const issued: CertificateEvent = { type: 'CertificateIssued', data: CERT };
const revocation = (revokedOn: string, dealerCode = 'D0001') => ({ dealerCode, certificateNo: 'CERT-0001', revokedOn, reason: '離職' });

describe('維修員證: issued after training and an exam, valid until it expires or is revoked', () => {
  it('when CERT-0001 is issued to T-01 of D0001, then it is issued', () => {
    spec.given([]).when(new IssueCertificate(CERT)).then([issued]);
  });

  it('given CERT-0001 is issued, when it is issued again with the same details, then nothing happens', () => {
    spec.given([issued]).when(new IssueCertificate(CERT)).thenNothingHappens();
  });

  it('given CERT-0001 is issued to D0001, when D0002 is issued the same number, then it is refused: a number is unique across the network', () => {
    spec.given([issued]).when(new IssueCertificate({ ...CERT, dealerCode: 'D0002' }))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'certificateNo' }));
  });

  it('when a certificate expires before it is issued, then it is refused naming expiresOn', () => {
    spec.given([]).when(new IssueCertificate({ ...CERT, expiresOn: '2026-03-14' }))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'expiresOn' }));
  });

  it('given CERT-0001 is issued, when it is revoked on 2026-09-01, then it is revoked', () => {
    spec.given([issued]).when(new RevokeCertificate('T-01', revocation('2026-09-01'))).then([{ type: 'CertificateRevoked', data: revocation('2026-09-01') }]);
  });

  it('given CERT-0001 is issued to T-01 of D0001, when D0002 revokes it, then it is not found', () => {
    spec.given([issued]).when(new RevokeCertificate('T-01', revocation('2026-09-01', 'D0002')))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'not-found', field: 'certificateNo' }));
  });

  it('when a revocation is dated before the issue, then it is refused naming revokedOn', () => {
    spec.given([issued]).when(new RevokeCertificate('T-01', revocation('2026-03-14')))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'revokedOn' }));
  });

  it('given it was revoked on 2026-09-01, when it is revoked again on another day, then it is refused; the same revocation again changes nothing', () => {
    const revoked: CertificateEvent = { type: 'CertificateRevoked', data: revocation('2026-09-01') };
    spec.given([issued, revoked]).when(new RevokeCertificate('T-01', revocation('2026-09-02'))).thenThrows(DomainError);
    spec.given([issued, revoked]).when(new RevokeCertificate('T-01', revocation('2026-09-01'))).thenNothingHappens();
  });

  it.each([
    ['2026-03-14', false, 'the day before it is issued'], ['2026-03-15', true, 'the day it is issued'], ['2027-03-14', true, 'the day it expires'],
    ['2027-03-15', false, 'the day after it expires'],
  ])('is valid on %s: %s (%s)', (date, valid) => {
    expect(certificateValidOn(CERT, date)).toBe(valid);
  });

  it('is valid the day before it is revoked, and no longer from the day of the revocation', () => {
    expect([certificateValidOn({ ...CERT, revokedOn: '2026-09-01' }, '2026-08-31'), certificateValidOn({ ...CERT, revokedOn: '2026-09-01' }, '2026-09-01')])
      .toEqual([true, false]);
  });
});
