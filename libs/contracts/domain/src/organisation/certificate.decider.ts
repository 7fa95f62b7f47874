import { Decider, exhaustive, invalid, notFound } from '@aftersales/event-sourcing';

/** 維修員證: issued to a technician after training and an exam; its number is what the repairs feed's technician_id carries. */
export interface Certificate {
  dealerCode: string;
  technicianId: string;
  certificateNo: string;
  issuedOn: string;
  /** The last day it is valid. */
  expiresOn: string;
  trainingSessionId?: string;
}

export interface Revocation { dealerCode: string; certificateNo: string; revokedOn: string; reason: string }

export class IssueCertificate {
  constructor(readonly certificate: Certificate) {}
}

export class RevokeCertificate {
  constructor(readonly technicianId: string, readonly revocation: Revocation) {}
}

export type CertificateIssued = { type: 'CertificateIssued'; data: Certificate };
export type CertificateRevoked = { type: 'CertificateRevoked'; data: Revocation };
export type CertificateEvent = CertificateIssued | CertificateRevoked;
export type CertificateCommand = IssueCertificate | RevokeCertificate;

export type CertificateState = { issued?: Certificate; revoked?: Revocation };

/** One stream per certificate number, network-wide: a number is issued once in the whole network. */
export const certificateStreamId = (certificateNo: string) => `certificate-${certificateNo}`;

/**
 * Valid from issuedOn to expiresOn, both included, until the day it is revoked: from revokedOn
 * on it is no longer valid (the repairs of that day are not covered by it).
 */
export function certificateValidOn(certificate: Pick<Certificate, 'issuedOn' | 'expiresOn'> & { revokedOn?: string }, date: string): boolean {
  const { issuedOn, expiresOn, revokedOn } = certificate;
  return issuedOn <= date && date <= expiresOn && (revokedOn === undefined || date < revokedOn);
}

/**
 * A certificate number is unique across the network: issued again with the same details it is a
 * retried request (nothing happens); with any other detail it is refused. A revocation names the
 * technician's own certificate, on or after its issue; revoking it again the same way changes nothing.
 */
export const certificateDecider: Decider<CertificateCommand, CertificateEvent, CertificateState> = {
  initialState: () => ({}),
  decide(command, state) {
    return command instanceof IssueCertificate ? issue(command.certificate, state) : revoke(command, state);
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CertificateIssued': return { ...state, issued: event.data };
      case 'CertificateRevoked': return { ...state, revoked: event.data };
      default: return exhaustive(event, 'certificate event');
    }
  },
};

function issue(certificate: Certificate, { issued }: CertificateState): CertificateEvent[] {
  const { certificateNo, issuedOn, expiresOn } = certificate;
  if (expiresOn < issuedOn) throw invalid(`expiresOn ${expiresOn} is before issuedOn ${issuedOn}`, 'expiresOn');
  if (!issued) return [{ type: 'CertificateIssued', data: certificate }];
  if (sameCertificate(issued, certificate)) return [];
  throw invalid(`certificate number ${certificateNo} is already issued: a certificate number is unique across the network`, 'certificateNo');
}

function revoke({ technicianId, revocation }: RevokeCertificate, { issued, revoked }: CertificateState): CertificateEvent[] {
  const { certificateNo, revokedOn } = revocation;
  if (!issued || issued.dealerCode !== revocation.dealerCode || issued.technicianId !== technicianId) {
    throw notFound(`technician ${technicianId} of dealer ${revocation.dealerCode} holds no certificate ${certificateNo}`, 'certificateNo');
  }
  if (revokedOn < issued.issuedOn) throw invalid(`revokedOn ${revokedOn} is before the certificate was issued (${issued.issuedOn})`, 'revokedOn');
  if (!revoked) return [{ type: 'CertificateRevoked', data: revocation }];
  if (revoked.revokedOn === revokedOn && revoked.reason === revocation.reason) return [];
  throw invalid(`certificate ${certificateNo} was already revoked on ${revoked.revokedOn}`, 'revokedOn');
}

function sameCertificate(a: Certificate, b: Certificate): boolean {
  return a.dealerCode === b.dealerCode && a.technicianId === b.technicianId && a.issuedOn === b.issuedOn
    && a.expiresOn === b.expiresOn && (a.trainingSessionId ?? null) === (b.trainingSessionId ?? null);
}
