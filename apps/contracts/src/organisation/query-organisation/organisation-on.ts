import { certificateValidOn } from '@aftersales/contracts-domain';
import { CertificateView, OrganisationChangeView } from '../read-model/organisation.views';

export interface ChangeRecord {
  kind: OrganisationChangeView['kind']; effectiveOn: string; notifiedOn: string; late: boolean; recordedAt: string;
  address?: string; hotline?: string; serviceManager?: string; technicianId?: string; name?: string;
}
export interface Technician { technicianId: string; name: string; joinedOn: string; leftOn?: string; inOrganisation: boolean }
export type CertificateStatus = 'valid' | 'expired' | 'revoked' | 'not-yet-valid';
export interface CertificateOn {
  certificateNo: string; issuedOn: string; expiresOn: string; trainingSessionId?: string; revokedOn?: string; revocationReason?: string;
  status: CertificateStatus;
}

export const recordOf = ({ kind, effectiveOn, notifiedOn, late, recordedAt, address, hotline, serviceManager, technicianId, name }: OrganisationChangeView): ChangeRecord =>
  ({ kind, effectiveOn, notifiedOn, late, recordedAt, address, hotline, serviceManager, technicianId, name });

/** The changes in the order they take effect (the same day: in the order notified). */
const byEffect = (changes: ChangeRecord[]) => changes.map((c, i) => ({ c, i })).sort((a, b) => a.c.effectiveOn.localeCompare(b.c.effectiveOn) || a.i - b.i).map(({ c }) => c);

/** Address, hotline and service manager in force on a date: the dealer's registration, then each change in effect. */
export function detailsOn(base: { address?: string; hotline?: string }, changes: ChangeRecord[], on: string) {
  const details: { address?: string; hotline?: string; serviceManager?: string } = { address: base.address, hotline: base.hotline };
  for (const change of byEffect(changes)) {
    if (change.kind !== 'organisation' || change.effectiveOn > on) continue;
    for (const key of ['address', 'hotline', 'serviceManager'] as const) if (change[key] !== undefined) details[key] = change[key];
  }
  return details;
}

/**
 * The technicians as on a date: their tenure then (joined, left), and those scheduled after it (a
 * join or a departure notified to take effect later), each marked whether it is in the organisation that day.
 */
export function techniciansOn(changes: ChangeRecord[], on: string): Technician[] {
  const byId = new Map<string, Technician>();
  const ordered = byEffect(changes);
  for (const change of [...ordered.filter((c) => c.effectiveOn <= on), ...ordered.filter((c) => c.effectiveOn > on)]) {
    const known = change.technicianId ? byId.get(change.technicianId) : undefined;
    if (change.kind === 'technician-joined' && change.technicianId && (!known || (change.effectiveOn <= on && known.leftOn !== undefined))) {
      byId.set(change.technicianId, { technicianId: change.technicianId, name: change.name ?? '', joinedOn: change.effectiveOn, inOrganisation: false });
    } else if (change.kind === 'technician-left' && known && known.leftOn === undefined) known.leftOn = change.effectiveOn;
  }
  for (const t of byId.values()) t.inOrganisation = t.joinedOn <= on && (t.leftOn === undefined || on < t.leftOn);
  return [...byId.values()].sort((a, b) => a.technicianId.localeCompare(b.technicianId));
}

export function certificateOn(view: CertificateView, on: string): CertificateOn {
  const certificate = { issuedOn: view.issuedOn ?? '', expiresOn: view.expiresOn ?? '', revokedOn: view.revokedOn };
  const status: CertificateStatus = certificateValidOn(certificate, on) ? 'valid'
    : view.revokedOn !== undefined && on >= view.revokedOn ? 'revoked' : on > certificate.expiresOn ? 'expired' : 'not-yet-valid';
  return { certificateNo: view._id, ...certificate, trainingSessionId: view.trainingSessionId, revocationReason: view.revocationReason, status };
}
