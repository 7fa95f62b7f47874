import { Certificate, certificateDecider, CertificateState, certificateStreamId, IssueCertificate, Revocation, RevokeCertificate } from '@aftersales/contracts-domain';
import { handleCommand, notFound } from '@aftersales/event-sourcing';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { certificateEvents } from '../organisation-events.mapping';
import { OrganisationLookups } from '../organisation-lookups';
import { recorded } from '../organisation.fields';

export interface IssuedCertificate { created: boolean; certificate: Certificate }
export interface RevokedCertificate { created: boolean; revocation: Revocation }

/**
 * 維修員證 issued to a technician the dealer has in its organisation (404 otherwise, as the path
 * names both). The certificate's own stream makes its number unique across the network.
 */
@CommandHandler(IssueCertificate)
export class IssueCertificateHandler implements ICommandHandler<IssueCertificate, IssuedCertificate> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly lookups: OrganisationLookups) {}

  async execute(command: IssueCertificate): Promise<IssuedCertificate> {
    const { dealerCode, technicianId, certificateNo } = command.certificate;
    await this.lookups.dealer(dealerCode);
    const organisation = await this.lookups.organisation(dealerCode);
    if (!organisation.technicians[technicianId]) throw notFound(`technician ${technicianId} never joined dealer ${dealerCode}`, 'technicianId');
    const result = await handle(this.infra, dealerCode, certificateNo, command);
    return { created: result.events.length > 0, certificate: recorded(result.state.issued, `certificate ${certificateNo}`) };
  }
}

@CommandHandler(RevokeCertificate)
export class RevokeCertificateHandler implements ICommandHandler<RevokeCertificate, RevokedCertificate> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly lookups: OrganisationLookups) {}

  async execute(command: RevokeCertificate): Promise<RevokedCertificate> {
    const { dealerCode, certificateNo } = command.revocation;
    await this.lookups.dealer(dealerCode);
    const result = await handle(this.infra, dealerCode, certificateNo, command);
    return { created: result.events.length > 0, revocation: recorded(result.state.revoked, `revocation of ${certificateNo}`) };
  }
}

function handle(infra: ServiceInfrastructure, dealerCode: string, certificateNo: string, command: IssueCertificate | RevokeCertificate) {
  const stream = { streamType: 'certificate', streamId: certificateStreamId(certificateNo), dealerCode };
  return handleCommand<IssueCertificate | RevokeCertificate, Parameters<typeof certificateDecider.evolve>[1], CertificateState>(
    infra.store, certificateDecider, stream, command, commandContext(), certificateEvents);
}
